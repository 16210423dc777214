/**
 * The milestone timeline's data: one row per project (those with milestones), each milestone
 * with its due date, its done date and its state, and the time axis spanning whole years
 * around every date and today. Pure, so the chart only draws.
 */
import type { ProjectSummary } from '../../api/types.ts';
import { milestoneState, type MilestoneState } from './project-shape.ts';

export interface TimelinePoint {
  row: number;
  projectId: string;
  milestone: string;
  dueOn: string;
  doneOn: string | null;
  state: MilestoneState;
  days: number;
}

export interface TimelineData {
  rows: Pick<ProjectSummary, 'id' | 'name'>[];
  points: TimelinePoint[];
  /** First and last day of the axis: 1 January and 31 December of the years spanned. */
  from: string;
  to: string;
}

export function projectsWithMilestones<T extends Pick<ProjectSummary, 'milestones'>>(projects: readonly T[]): T[] {
  return projects.filter((p) => p.milestones.length > 0);
}

export function timelineData(projects: readonly Pick<ProjectSummary, 'id' | 'name' | 'milestones'>[], today: string): TimelineData {
  const rows = projectsWithMilestones(projects);
  const points = rows.flatMap((p, row) =>
    [...p.milestones]
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((m) => ({ row, projectId: p.id, milestone: m.name, dueOn: m.dueOn, doneOn: m.doneOn, ...milestoneState(m, today) })),
  );
  const dates = [today, ...points.flatMap((p) => (p.doneOn ? [p.dueOn, p.doneOn] : [p.dueOn]))].sort();
  return { rows: rows.map(({ id, name }) => ({ id, name })), points, from: `${dates[0]!.slice(0, 4)}-01-01`, to: `${dates.at(-1)!.slice(0, 4)}-12-31` };
}

/** Overdue milestones, the longest overdue first. */
export function overduePoints(points: readonly TimelinePoint[]): TimelinePoint[] {
  return points.filter((p) => p.state === 'overdue').sort((a, b) => b.days - a.days);
}
