/** One enterprise, its assessment of every tier and its policy matches for a year, each under its own key. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { AssessmentJson, EnterpriseDetail, PolicyMatchJson } from '../../api/types.ts';

const path = (cc: string) => `/api/enterprises/${encodeURIComponent(cc)}`;

export function useEnterprise(creditCode: string) {
  return useQuery({ queryKey: ['enterprise', creditCode], queryFn: () => apiGet<EnterpriseDetail>(path(creditCode)) });
}

export function useAssessment(creditCode: string, year: number | undefined) {
  return useQuery({
    queryKey: ['enterprise', creditCode, 'assessment', year],
    queryFn: () => apiGet<AssessmentJson[]>(`${path(creditCode)}/assessment`, { year }),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });
}

export interface PolicyMatchesDocument {
  creditCode: string;
  date: string;
  dataYear: number;
  eligible: string[];
  matches: PolicyMatchJson[];
}

export function usePolicyMatches(creditCode: string, year: number | undefined) {
  return useQuery({
    queryKey: ['enterprise', creditCode, 'policies', year],
    queryFn: () => apiGet<PolicyMatchesDocument>(`${path(creditCode)}/policies`, { year }),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });
}
