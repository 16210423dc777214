/**
 * What the key-project views derive from the API's projects, pure: each milestone's state in
 * days, why a project counts as delayed, the plan's columns named by their clusters, counts
 * per stage and the investment of the latest year summed.
 */
import type { ProjectSummary } from '../../api/types.ts';
import { projectStages, type ProjectStageId } from '../../../../src/records/project-progress.ts';

export type MilestoneState = 'done-on-time' | 'done-late' | 'overdue' | 'open';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Done on time or late, overdue (due before today, not done) or open — with the days that tell how much. */
export function milestoneState(m: { dueOn: string; doneOn: string | null }, today: string): { state: MilestoneState; days: number } {
  if (m.doneOn !== null) {
    const late = daysBetween(m.dueOn, m.doneOn);
    return late > 0 ? { state: 'done-late', days: late } : { state: 'done-on-time', days: 0 };
  }
  const left = daysBetween(today, m.dueOn);
  return left < 0 ? { state: 'overdue', days: -left } : { state: 'open', days: left };
}

export interface DelayReasons {
  delayed: boolean;
  /** Completed in % of planned, when the investment is behind. */
  investmentPct: number | null;
  overdueMilestones: number;
  /** Neither progress nor milestones: nothing to judge on. */
  noData: boolean;
}

/** The API's delay verdict with the reasons to say in words. */
export function delayReasons(p: Pick<ProjectSummary, 'delayed' | 'delay' | 'latest' | 'milestones'>): DelayReasons {
  return {
    delayed: p.delayed,
    investmentPct: p.delay.investmentBehind ? p.delay.completionPct : null,
    overdueMilestones: p.delay.overdueMilestones,
    noData: p.latest === null && p.milestones.length === 0,
  };
}

/** Projects per current stage, every stage present, in the plan's order. */
export function stageCounts(projects: readonly Pick<ProjectSummary, 'stage'>[]): Record<ProjectStageId, number> {
  const counts = Object.fromEntries(projectStages.map((s) => [s, 0])) as Record<ProjectStageId, number>;
  for (const p of projects) counts[p.stage]++;
  return counts;
}

export interface ColumnInfo {
  column: number;
  /** The clusters its projects belong to, most projects first. */
  clusterIds: string[];
  projects: number;
}

/** The plan's columns (专栏) in order, each with the clusters of its projects — the plan numbers its columns but the API does not name them. */
export function columnsOf(projects: readonly Pick<ProjectSummary, 'column' | 'clusterId'>[]): ColumnInfo[] {
  const byColumn = new Map<number, Map<string, number>>();
  const sizes = new Map<number, number>();
  for (const p of projects) {
    const clusters = byColumn.get(p.column) ?? new Map<string, number>();
    if (p.clusterId) clusters.set(p.clusterId, (clusters.get(p.clusterId) ?? 0) + 1);
    byColumn.set(p.column, clusters);
    sizes.set(p.column, (sizes.get(p.column) ?? 0) + 1);
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, clusters]) => ({
      column,
      clusterIds: [...clusters.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
      projects: sizes.get(column) ?? 0,
    }));
}

export interface InvestmentTotal {
  year: number;
  planned: number;
  completed: number;
  /** Projects whose latest year is `year` and report both figures. */
  projects: number;
}

/** Planned and completed investment summed over the projects whose latest report is of the most recent year. */
export function latestInvestment(projects: readonly Pick<ProjectSummary, 'latest'>[]): InvestmentTotal | null {
  const years = projects.map((p) => p.latest?.year).filter((y): y is number => y !== undefined);
  if (years.length === 0) return null;
  const year = Math.max(...years);
  let planned = 0;
  let completed = 0;
  let count = 0;
  for (const p of projects) {
    const l = p.latest;
    if (!l || l.year !== year || l.plannedInvestment === null || l.completedInvestment === null) continue;
    planned += l.plannedInvestment;
    completed += l.completedInvestment;
    count++;
  }
  return count === 0 ? null : { year, planned: round(planned), completed: round(completed), projects: count };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Completed in % of planned, one decimal; null without a positive plan. */
export function completionPct(planned: number | null, completed: number | null): number | null {
  if (planned === null || completed === null || planned <= 0) return null;
  return Math.round((completed / planned) * 1000) / 10;
}

/** Delayed projects first, then by column and the plan's order. */
export function byUrgency<T extends Pick<ProjectSummary, 'delayed' | 'delay'>>(projects: readonly T[]): T[] {
  return [...projects].sort((a, b) => Number(b.delayed) - Number(a.delayed) || b.delay.overdueMilestones - a.delay.overdueMilestones);
}
