/** The cultivation queries of the enterprise pages, each under one cache key. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { PipelineJson, PipelineMembers, PolicyBook, PolicyCounts } from '../../api/types.ts';
import { useDefaultYear, useSettings } from '../../app/settings.ts';
import type { MemberCategory } from './enterprise-params.ts';

export function usePipeline(year: number | undefined) {
  return useQuery({
    queryKey: ['cultivation', 'pipeline', year],
    queryFn: () => apiGet<PipelineJson>('/api/cultivation/pipeline', { year }),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface MembersQuery {
  year: number | undefined;
  tier: string;
  category: MemberCategory;
  region?: string | undefined;
  cluster?: string | undefined;
  page: number;
  pageSize: number;
}

export function usePipelineMembers(q: MembersQuery) {
  return useQuery({
    queryKey: ['cultivation', 'members', q],
    queryFn: () => apiGet<PipelineMembers>('/api/cultivation/pipeline/enterprises', { ...q }),
    enabled: q.year !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePolicyBook() {
  return useQuery({ queryKey: ['cultivation', 'policies'], queryFn: () => apiGet<PolicyBook>('/api/cultivation/policies'), staleTime: 60 * 60_000 });
}

export function usePolicyCounts(year: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['cultivation', 'policy-counts', year],
    queryFn: () => apiGet<PolicyCounts>('/api/cultivation/policies/counts', { year }),
    enabled: enabled && year !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** The plan's years to choose from, and the year shown unless one is chosen: the last year with approved data. */
export function useCultivationYears(): { years: number[]; fallback: number | undefined } {
  const settings = useSettings();
  const fallback = useDefaultYear();
  const plan = settings.data?.plan;
  const years: number[] = [];
  if (plan) for (let y = plan.baseYear; y <= plan.targetYear; y++) years.push(y);
  return { years, fallback };
}
