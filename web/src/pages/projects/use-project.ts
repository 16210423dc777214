/** One project and its history, and what a write does to the cache: the answer replaces the project, lists and history refetch. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { ProjectDetail, ProjectHistory } from '../../api/types.ts';

export const projectKey = (id: string) => ['project', id] as const;

export function useProject(id: string) {
  return useQuery({ queryKey: projectKey(id), queryFn: () => apiGet<ProjectDetail>(`/api/projects/${encodeURIComponent(id)}`), retry: false });
}

export function useProjectHistory(id: string) {
  return useQuery({ queryKey: [...projectKey(id), 'history'], queryFn: () => apiGet<ProjectHistory>(`/api/projects/${encodeURIComponent(id)}/history`) });
}

export interface WriteResult {
  created: boolean;
  changed: string[];
  project: ProjectDetail;
}

export function useAfterProjectWrite(id: string) {
  const client = useQueryClient();
  return (result: WriteResult) => {
    client.setQueryData(projectKey(id), result.project);
    void client.invalidateQueries({ queryKey: [...projectKey(id), 'history'] });
    void client.invalidateQueries({ queryKey: ['projects'] });
  };
}
