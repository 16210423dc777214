/**
 * The regional breakdown of one indicator, pure: its rows of the evaluation (one per region
 * observed), largest latest value first, and whether the regions add up to the province in
 * the latest year checked.
 */
import type { FullEvaluation, EvaluatedIndicator } from '../../api/types.ts';

export function regionalRows(evaluation: Pick<FullEvaluation, 'regional'>, indicatorId: string): EvaluatedIndicator[] {
  return evaluation.regional
    .filter((r) => r.id === indicatorId)
    .sort((a, b) => (b.latest?.value ?? Number.NEGATIVE_INFINITY) - (a.latest?.value ?? Number.NEGATIVE_INFINITY) || a.region.localeCompare(b.region));
}

export type SumCheck = FullEvaluation['regionalSums'][number];

/** The check of the latest year at or before the evaluation year, if the unit adds up. */
export function latestSumCheck(evaluation: Pick<FullEvaluation, 'regionalSums' | 'year'>, indicatorId: string): SumCheck | null {
  const checks = evaluation.regionalSums.filter((c) => c.indicatorId === indicatorId && c.year <= evaluation.year).sort((a, b) => b.year - a.year);
  return checks[0] ?? null;
}
