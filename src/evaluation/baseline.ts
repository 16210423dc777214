/**
 * The baseline an evaluation measures from: the observed base-year value when there is one
 * (the latest official figure beats an estimate), else the plan's stated baseline, else the
 * one derived from the plan's target and growth rate.
 */
import type { ResolvedBaseline } from '../plan/derive.ts';
import type { SeriesPoint } from './observation.ts';

export type BaselineSource = 'observed' | 'plan' | 'derived';

export interface EvaluatedBaseline {
  year: number;
  value: number;
  source: BaselineSource;
}

export interface BaselineChoice {
  baseline: EvaluatedBaseline | null;
  /** The plan's own baseline (stated or derived), kept for comparison. */
  planned: EvaluatedBaseline | null;
  /** (observed − planned) / |planned| in %, when both exist. */
  deviationPct: number | null;
}

export function chooseBaseline(series: readonly SeriesPoint[], planned: ResolvedBaseline | null, baseYear: number): BaselineChoice {
  const plannedBaseline: EvaluatedBaseline | null = planned
    ? { year: planned.year, value: planned.value, source: planned.origin }
    : null;
  const observed = series.find((p) => p.year === baseYear);
  if (!observed) return { baseline: plannedBaseline, planned: plannedBaseline, deviationPct: null };
  const deviationPct =
    plannedBaseline && plannedBaseline.value !== 0
      ? ((observed.value - plannedBaseline.value) / Math.abs(plannedBaseline.value)) * 100
      : null;
  return { baseline: { year: baseYear, value: observed.value, source: 'observed' }, planned: plannedBaseline, deviationPct };
}
