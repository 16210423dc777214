/**
 * The plan's key projects joined with what the store holds about them: every year's
 * progress, the latest one, the milestones and whether the project is delayed today.
 */
import type { Plan } from '../../plan/derive.ts';
import type { Project } from '../../plan/schema.ts';
import type { ProjectStageId } from '../../records/project-progress.ts';
import type { Db } from '../../store/open-database.ts';
import { milestonesOf, progressOf, type MilestoneRecord, type ProgressRecord } from '../../store/project-queries.ts';
import { projectDelay, type ProjectDelay } from './projects-delay.ts';

export interface ProjectView {
  project: Project;
  /** Every year reported, oldest first. */
  progress: ProgressRecord[];
  latest: ProgressRecord | null;
  /** The latest reported stage, else the plan's. */
  stage: ProjectStageId;
  milestones: MilestoneRecord[];
  delay: ProjectDelay;
  /** The day `delay` and overdue milestones were judged on. */
  today: string;
}

export interface ProjectFilters {
  column?: number;
  cluster?: string;
  region?: string;
  park?: string;
  stage?: ProjectStageId;
  delayed?: boolean;
}

function groupBy<T extends { projectId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.projectId) ?? [];
    list.push(row);
    out.set(row.projectId, list);
  }
  return out;
}

/** Views of the given projects, in their order. Reads all progress at once when given many. */
export async function projectViews(db: Db, plan: Plan, projects: readonly Project[], today: string): Promise<ProjectView[]> {
  // One project: ask for its rows; many: read the plan's (a few hundred rows) and group.
  const ids = projects.length === 1 ? projects.map((p) => p.id) : undefined;
  const progress = groupBy(await progressOf(db, plan.id, ids));
  const milestones = groupBy(await milestonesOf(db, plan.id, ids));
  return projects.map((project) => {
    const rows = progress.get(project.id) ?? [];
    const latest = rows.at(-1) ?? null;
    const ownMilestones = milestones.get(project.id) ?? [];
    return {
      project,
      progress: rows,
      latest,
      stage: latest?.stage ?? project.stage,
      milestones: ownMilestones,
      delay: projectDelay(latest, ownMilestones, today),
      today,
    };
  });
}

/** The plan's projects a filter on the plan's own fields keeps (before reading the store). */
export function projectsMatching(plan: Plan, filters: ProjectFilters, parkScope: string | null): Project[] {
  return plan.projects.filter(
    (p) =>
      (filters.column === undefined || p.column === filters.column) &&
      (filters.cluster === undefined || p.clusterId === filters.cluster) &&
      (filters.region === undefined || p.regions.includes(filters.region)) &&
      (filters.park === undefined || p.parks.includes(filters.park)) &&
      (parkScope === null || p.parks.includes(parkScope)),
  );
}

/** The filters that depend on what has happened: the current stage and the delay. */
export function viewMatches(view: ProjectView, filters: ProjectFilters): boolean {
  return (filters.stage === undefined || view.stage === filters.stage) && (filters.delayed === undefined || view.delay.delayed === filters.delayed);
}
