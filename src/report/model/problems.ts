/**
 * What the report raises as problems, derived from the data by fixed rules (docs/report.md):
 *
 * - an indicator lags when its schedule is 滞后 (behind) or its SDG status is 倒退
 *   (deterioration); lagging indicators are ordered by their gap to the required path;
 * - an assigned target is a problem when its latest judged year was not met;
 * - an indicator without a usable status (no data, no baseline, not assessable) is a data gap;
 * - key projects: delayed projects (project-facts.ts), and a year whose completed investment
 *   is below `INVESTMENT_RATE_FLOOR` % of the planned;
 * - regions: those lagging on the total indicator (region-facts.ts);
 * - data: reporting-calendar entries overdue on the report's day, values still pending.
 */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import type { PlanEvaluation } from '../../evaluation/evaluate-plan.ts';

export const INVESTMENT_RATE_FLOOR = 90;

export function isLagging(row: IndicatorEvaluation): boolean {
  return !row.assigned && (row.schedule === 'behind' || row.status === 'deterioration');
}

export function laggingIndicators(evaluation: PlanEvaluation): IndicatorEvaluation[] {
  return evaluation.indicators
    .filter(isLagging)
    .sort((a, b) => (a.scheduleGapPct ?? 0) - (b.scheduleGapPct ?? 0) || a.id.localeCompare(b.id));
}

export function unmetAssigned(evaluation: PlanEvaluation): IndicatorEvaluation[] {
  return evaluation.indicators.filter((row) => row.assigned?.latest?.status === 'not_met');
}

export function dataGaps(evaluation: PlanEvaluation): IndicatorEvaluation[] {
  return evaluation.indicators.filter((row) =>
    row.assigned ? row.assigned.latest === null : ['no_data', 'no_baseline', 'not_assessable'].includes(row.status),
  );
}
