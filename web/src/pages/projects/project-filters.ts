/**
 * The filters of the key-project views, kept in the URL's search parameters so that a view
 * (tab and filters) can be bookmarked and shared. Column, cluster, region, stage and "delayed
 * only" go to the API; the search text is matched here, on the plan's own words.
 */
import type { ProjectSummary } from '../../api/types.ts';
import { oneOf, positiveInt, setParam } from '../../app/search-params.ts';
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
  return {
    column: positiveInt(params.get('column')),
    cluster: text(params.get('cluster')),
    region: text(params.get('region')),
    stage: oneOf(projectStages, params.get('stage')),
    delayed: params.get('delayed') === '1' ? true : undefined,
    // Kept as typed (a space between two words is on its way); matching splits on spaces.
    q: params.get('q') || undefined,
  };
}

export function viewFromParams(params: URLSearchParams): ProjectView {
  return oneOf(projectViews, params.get('view')) ?? 'table';
}

/** The search parameters of a view: empty filters and the default tab leave no trace. */
export function paramsOf(filters: ProjectFilters, view: ProjectView): URLSearchParams {
  const params = new URLSearchParams();
  setParam(params, 'view', view, 'table');
  setParam(params, 'column', filters.column);
  setParam(params, 'cluster', filters.cluster);
  setParam(params, 'region', filters.region);
  setParam(params, 'stage', filters.stage);
  setParam(params, 'delayed', filters.delayed ? '1' : undefined);
  setParam(params, 'q', filters.q);
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
