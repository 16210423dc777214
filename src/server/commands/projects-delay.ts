/**
 * Whether a key project is delayed: its latest year's completed investment is below 60 % of
 * the planned, or one of its milestones is past due and not done. Pure.
 */
import type { MilestoneRecord, ProgressRecord } from '../../store/project-queries.ts';

/** Completed investment below this share of the planned counts as behind. */
export const INVESTMENT_BEHIND_RATIO = 0.6;

export interface ProjectDelay {
  delayed: boolean;
  /** Completed investment below 60 % of planned in the latest year reported. */
  investmentBehind: boolean;
  /** Completed in % of planned, latest year; null without both figures or with nothing planned. */
  completionPct: number | null;
  /** Milestones due before today and not done. */
  overdueMilestones: number;
}

export function isOverdue(milestone: Pick<MilestoneRecord, 'dueOn' | 'doneOn'>, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn < today;
}

export function projectDelay(latest: ProgressRecord | null, milestones: readonly MilestoneRecord[], today: string): ProjectDelay {
  const planned = latest?.plannedInvestment ?? null;
  const completed = latest?.completedInvestment ?? null;
  const comparable = planned !== null && completed !== null && planned > 0;
  const investmentBehind = comparable && completed < planned * INVESTMENT_BEHIND_RATIO;
  const completionPct = comparable ? Math.round((completed / planned) * 1000) / 10 : null;
  const overdueMilestones = milestones.filter((m) => isOverdue(m, today)).length;
  return { delayed: investmentBehind || overdueMilestones > 0, investmentBehind, completionPct, overdueMilestones };
}
