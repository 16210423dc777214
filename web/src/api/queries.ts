/**
 * Queries several pages share, each under one cache key so the plan is fetched once per
 * visit and an approval that invalidates ['evaluation'] refreshes every page showing it.
 */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client.ts';
import type {
  EvaluationDocument, Items, PlanCluster, PlanIndicator, PlanPark, PlanPole, PlanProgramme, PlanProject, PlanRegion, PlanSummary,
} from './types.ts';

const PLAN_STALE_MS = 60 * 60_000;

export const usePlanSummary = () =>
  useQuery({ queryKey: ['plan'], queryFn: () => apiGet<PlanSummary>('/api/plan'), staleTime: PLAN_STALE_MS });

function usePlanItems<T>(kind: string) {
  return useQuery({
    queryKey: ['plan', kind],
    queryFn: async () => (await apiGet<Items<T>>(`/api/plan/${kind}`)).items,
    staleTime: PLAN_STALE_MS,
  });
}

export const usePlanIndicators = () => usePlanItems<PlanIndicator>('indicators');
export const usePlanClusters = () => usePlanItems<PlanCluster>('clusters');
export const usePlanRegions = () => usePlanItems<PlanRegion>('regions');
export const usePlanPoles = () => usePlanItems<PlanPole>('poles');
export const usePlanParks = () => usePlanItems<PlanPark>('parks');
export const usePlanProjects = () => usePlanItems<PlanProject>('projects');
export const usePlanProgrammes = () => usePlanItems<PlanProgramme>('programmes');

export interface EvaluationOptions {
  year?: number | undefined;
  includePending?: boolean | undefined;
  /** Anonymous readers of the public portal read the published evaluation. */
  publicPortal?: boolean | undefined;
  refetchIntervalMs?: number | undefined;
}

/** The evaluation as GET /api/evaluation gives it (the latest year with data unless one is chosen). */
export function useEvaluation(options: EvaluationOptions = {}) {
  const path = options.publicPortal ? '/api/public/evaluation.json' : '/api/evaluation';
  return useQuery({
    queryKey: ['evaluation', path, options.year ?? null, options.includePending ?? false],
    queryFn: () => apiGet<EvaluationDocument>(path, { year: options.year, includePending: options.includePending || undefined }),
    // The year is required; until the default year is known there is nothing to ask.
    enabled: options.year !== undefined,
    refetchInterval: options.refetchIntervalMs,
  });
}
