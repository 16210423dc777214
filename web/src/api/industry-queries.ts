/**
 * What the industry and map pages read beyond the shared plan and evaluation queries: the
 * registry's tallies (GET /api/industry/…) and the key projects with their progress. The
 * project list sits under ['projects', …] so a progress update elsewhere refreshes it too.
 */
import { useQuery } from '@tanstack/react-query';
import { apiGet } from './client.ts';
import { asFullEvaluation } from './evaluation-reading.ts';
import type { EvaluationDocument, IndustryClusterRegistry, IndustryStructure, Items, PipelineJson, ProjectSummary } from './types.ts';

export const useIndustryStructure = (year: number | undefined) =>
  useQuery({
    queryKey: ['industry', 'structure', year ?? null],
    queryFn: () => apiGet<IndustryStructure>('/api/industry/structure', { year }),
    enabled: year !== undefined,
  });

/** One cluster in the registry; `known`: the plan has the cluster (an unknown id is not asked, so no 404 is logged). */
export const useIndustryCluster = (id: string, year: number | undefined, known: boolean, top = 3) =>
  useQuery({
    queryKey: ['industry', 'cluster', id, year ?? null, top],
    queryFn: () => apiGet<IndustryClusterRegistry>(`/api/industry/clusters/${encodeURIComponent(id)}`, { year, top }),
    enabled: year !== undefined && known,
  });

export const useProjectList = () =>
  useQuery({
    queryKey: ['projects', 'all', 'with-progress'],
    queryFn: async () => (await apiGet<Items<ProjectSummary>>('/api/projects')).items,
  });

/**
 * The evaluation of a year, typed whole, under the shared query's key (so the cache is one),
 * but only once the year is known: without a year the API answers 400.
 */
export const useYearEvaluation = (year: number | undefined) =>
  useQuery({
    queryKey: ['evaluation', '/api/evaluation', year ?? null, false],
    queryFn: async () => asFullEvaluation(await apiGet<EvaluationDocument>('/api/evaluation', { year })),
    enabled: year !== undefined,
  });

/** The cultivation pipeline of a year (candidates and near misses by region), under the enterprise pages' key. */
export const usePipelineOfYear = (year: number | undefined) =>
  useQuery({
    queryKey: ['cultivation', 'pipeline', year],
    queryFn: () => apiGet<PipelineJson>('/api/cultivation/pipeline', { year }),
    enabled: year !== undefined,
  });
