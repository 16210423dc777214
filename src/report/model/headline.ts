/**
 * The headline of a mid-term review: 时间过半、任务过半? Judged from the schedule status
 * of every indicator that has one (提前实现, 快于预期, 基本符合预期, 滞后) — the same status
 * the evaluation shows, which compares the latest value with the required path — and the
 * share of the plan period elapsed. Rules (docs/report.md):
 *
 * - 时间过半 when at least half the period has elapsed by the end of the evaluation year;
 * - verdict `met` when at most a quarter of the assessed indicators are behind,
 *   `mostly` when at most half are, `not_met` otherwise (and `none` with nothing assessed).
 */
import type { PlanEvaluation } from '../../evaluation/evaluate-plan.ts';

export type Verdict = 'met' | 'mostly' | 'not_met' | 'none';

export interface Headline {
  yearsElapsed: number;
  yearsTotal: number;
  timeElapsedPct: number;
  timeHalf: boolean;
  indicators: number;
  achieved: number;
  ahead: number;
  onSchedule: number;
  behind: number;
  /** Indicators with a schedule status other than no data / not assessable. */
  assessed: number;
  assignedMet: number;
  assignedNotMet: number;
  /** Neither assessed nor judged as an assigned target: no data, no baseline, not assessable. */
  unassessed: number;
  /** Median completion (%) of the assessed indicators, null without any. */
  medianCompletionPct: number | null;
  verdict: Verdict;
}

export const VERDICT_MET_MAX_BEHIND_SHARE = 0.25;
export const VERDICT_MOSTLY_MAX_BEHIND_SHARE = 0.5;

export function headline(evaluation: PlanEvaluation): Headline {
  const s = evaluation.summary;
  const yearsTotal = evaluation.targetYear - evaluation.baseYear;
  const yearsElapsed = Math.max(0, Math.min(yearsTotal, evaluation.year - evaluation.baseYear));
  const timeElapsedPct = yearsTotal > 0 ? Math.round((yearsElapsed / yearsTotal) * 10000) / 100 : 100;
  const achieved = s.bySchedule.achieved;
  const ahead = s.bySchedule.ahead;
  const onSchedule = s.bySchedule.on_schedule;
  const behind = s.bySchedule.behind;
  const assessed = achieved + ahead + onSchedule + behind;
  const assignedMet = s.byAssigned.met;
  const assignedNotMet = s.byAssigned.not_met;
  const completions = evaluation.indicators
    .filter((row) => ['achieved', 'ahead', 'on_schedule', 'behind'].includes(row.schedule) && row.completionPct !== null)
    .map((row) => row.completionPct!)
    .sort((a, b) => a - b);
  return {
    yearsElapsed,
    yearsTotal,
    timeElapsedPct,
    timeHalf: timeElapsedPct >= 50,
    indicators: s.indicators,
    achieved,
    ahead,
    onSchedule,
    behind,
    assessed,
    assignedMet,
    assignedNotMet,
    unassessed: s.indicators - assessed - assignedMet - assignedNotMet,
    medianCompletionPct: median(completions),
    verdict: verdictOf(assessed, behind),
  };
}

export function verdictOf(assessed: number, behind: number): Verdict {
  if (assessed === 0) return 'none';
  const share = behind / assessed;
  if (share <= VERDICT_MET_MAX_BEHIND_SHARE) return 'met';
  if (share <= VERDICT_MOSTLY_MAX_BEHIND_SHARE) return 'mostly';
  return 'not_met';
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
}
