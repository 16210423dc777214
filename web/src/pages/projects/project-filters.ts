/**
 * The filters of the key-project views, kept in the URL's search parameters so that a view
 * (tab and filters) can be bookmarked and shared. Column, cluster, region, stage and "delayed
 * only" go to the API; the search text is matched here, on the plan's own words.
 */
import type { ProjectSummary } from '../../api/types.ts';
import { projectStages, type ProjectStageId } from '../../../../src/records/project-progress.ts';

export const projectViews = ['table', 'board', 'timeline'] as const;
export type ProjectView = (typeof projectViews)[number];

export interface ProjectFilters {
  column?: number | undefined;
  cluster?: string | undefined;
  region?: string | undefined;
  stage?: ProjectStageId | undefined;
  delayed?: boolean | undefined;
  q?: string | undefined;
}

const text = (value: string | null): string | undefined => (value && value.trim() ? value.trim() : undefined);

export function filtersFromParams(params: URLSearchParams): ProjectFilters {
  const column = Number(params.get('column'));
  const stage = params.get('stage');
  return {
    column: Number.isInteger(column) && column > 0 ? column : undefined,
    cluster: text(params.get('cluster')),
    region: text(params.get('region')),
    stage: (projectStages as readonly string[]).includes(stage ?? '') ? (stage as ProjectStageId) : undefined,
    delayed: params.get('delayed') === '1' ? true : undefined,
    // Kept as typed (a space between two words is on its way); matching splits on spaces.
    q: params.get('q') || undefined,
  };
}

export function viewFromParams(params: URLSearchParams): ProjectView {
  const view = params.get('view');
  return (projectViews as readonly string[]).includes(view ?? '') ? (view as ProjectView) : 'table';
}

/** The search parameters of a view: empty filters and the default tab leave no trace. */
export function paramsOf(filters: ProjectFilters, view: ProjectView): URLSearchParams {
  const params = new URLSearchParams();
  if (view !== 'table') params.set('view', view);
  if (filters.column !== undefined) params.set('column', String(filters.column));
  if (filters.cluster) params.set('cluster', filters.cluster);
  if (filters.region) params.set('region', filters.region);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.delayed) params.set('delayed', '1');
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** GET /api/projects's query for the filters it knows. */
export function apiQueryOf(filters: ProjectFilters): Record<string, string | number | undefined> {
  return {
    column: filters.column,
    cluster: filters.cluster,
    region: filters.region,
    stage: filters.stage,
    delayed: filters.delayed ? 'true' : undefined,
  };
}

export function hasFilters(filters: ProjectFilters): boolean {
  return Object.values(filters).some((v) => v !== undefined);
}

/** Every word of the search in the project's names, its heading, id or the plan's quote (any case). */
export function matchesSearch(project: Pick<ProjectSummary, 'id' | 'name' | 'heading'> & { source?: { quote: string } }, q: string | undefined): boolean {
  if (!q) return true;
  const haystack = [project.id, project.name.zh, project.name.en, project.heading, project.source?.quote ?? ''].join('\n').toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
