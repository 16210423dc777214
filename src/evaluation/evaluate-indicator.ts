/**
 * Everything the evaluation says about one indicator in one place (the province or a
 * region): baseline, required path, SDG status, schedule, remaining growth, projection,
 * explanation. Composes the single-method modules; numbers are rounded here, once, for
 * every door to show alike (statuses are decided on the unrounded values).
 */
import type { ResolvedBaseline, ResolvedIndicator } from '../plan/derive.ts';
import { roundTo } from '../plan/growth.ts';
import type { EvaluationSettings, Text, TargetKind, Unit } from '../plan/schema.ts';
import { assessAssigned, type AssignedAssessment } from './assigned-target.ts';
import { chooseBaseline, type BaselineSource } from './baseline.ts';
import { explain } from './explanation.ts';
import type { SeriesPoint } from './observation.ts';
import { assessProgress, type YearValue } from './progress-status.ts';
import { projectToYear, type ProjectionMethod } from './projection.ts';
import { annualRate, signConflict } from './rate-inputs.ts';
import { growthPath, type PathPoint } from './required-path.ts';
import { assessSchedule } from './schedule.ts';
import type { ProgressStatus, ScheduleStatus } from './statuses.ts';
import { directionSign, reachesTarget, type Direction, type TargetSpec } from './target-reached.ts';

/** The plan's target, or — for a region, which has none — the province's required rate applied to the region's baseline. */
export type TargetRule =
  | { origin: 'plan'; year: number; value: number | null }
  | { origin: 'implied'; year: number; rate: number | null };

export interface IndicatorInput {
  indicator: ResolvedIndicator;
  unit: Unit;
  region: string;
  place: Text | null;
  /** Actual values up to the evaluation year, in year order. */
  series: SeriesPoint[];
  /** Assigned yearly targets (完成下达目标), in year order. */
  assignedSeries: SeriesPoint[];
  plannedBaseline: ResolvedBaseline | null;
  target: TargetRule;
  year: number;
  baseYear: number;
  settings: EvaluationSettings;
}

export interface ProjectionResult {
  year: number;
  value: number;
  low: number | null;
  high: number | null;
  likelyMet: boolean;
  /** By how much the projection misses the target (in the unit, and in % of the target); null when met. */
  shortfall: number | null;
  shortfallPct: number | null;
  method: ProjectionMethod;
  points: number;
}

export interface IndicatorEvaluation {
  id: string;
  name: Text;
  category: string;
  unit: string;
  direction: Direction;
  binding: boolean;
  measurement: ResolvedIndicator['measurement']['kind'];
  region: string;
  baseline: { year: number; value: number; source: BaselineSource } | null;
  plannedBaseline: { year: number; value: number; source: BaselineSource } | null;
  baselineDeviationPct: number | null;
  /** `pending`: the value awaits approval (only when pending values were asked for). */
  latest: { year: number; value: number; origin: SeriesPoint['origin']; pending: boolean } | null;
  target: { year: number; value: number | null; kind: TargetKind; origin: TargetRule['origin'] };
  statedGrowthPct: number | null;
  completionPct: number | null;
  timeElapsedPct: number | null;
  cagrActualPct: number | null;
  cagrRequiredPct: number | null;
  /** R = CAGR actual / CAGR required. */
  ratio: number | null;
  status: ProgressStatus;
  statusReason: Text | null;
  schedule: ScheduleStatus;
  /** E_t, the required path's value in the latest year. */
  expectedValue: number | null;
  scheduleGapPct: number | null;
  /** Growth a year needed from the latest value to the target, %. */
  requiredGrowthPct: number | null;
  remainingYears: number | null;
  projection: ProjectionResult | null;
  assigned: AssignedAssessment | null;
  path: { required: PathPoint[] | null; stated: PathPoint[] | null };
  series: SeriesPoint[];
  explanation: Text;
}

export const ASSIGNED_REASON: Text = {
  zh: '目标逐年下达，按年度判断是否完成',
  en: 'the target is assigned year by year and judged as met or not met each year',
};

export const NO_PROVINCE_RATE_REASON: Text = {
  zh: '全省缺少所需增速（无基期值或目标值），无法推算本地区目标',
  en: 'the province has no required growth (no baseline or target), so no regional target can be implied',
};

export function evaluateIndicator(input: IndicatorInput): IndicatorEvaluation {
  const { indicator, series, settings, baseYear, year } = input;
  const choice = chooseBaseline(series, input.plannedBaseline, baseYear);
  const baseline = choice.baseline;
  const startYear = baseline?.year ?? baseYear;
  const latestPoint = series.filter((p) => p.year > startYear && p.year <= year).at(-1) ?? null;
  const latest: YearValue | null = latestPoint ? { year: latestPoint.year, value: latestPoint.value } : null;
  const targetYear = input.target.year;
  const targetValue =
    input.target.origin === 'plan'
      ? input.target.value
      : baseline && input.target.rate !== null
        ? baseline.value * Math.pow(1 + input.target.rate, targetYear - baseline.year)
        : null;
  const tolerancePct = settings.scheduleTolerancePct;
  const isAssigned = indicator.target.kind === 'assigned';

  let status: ProgressStatus;
  let schedule: ScheduleStatus;
  let statusReason: Text | null = null;
  let cagrActual: number | null = null;
  let cagrRequired: number | null = null;
  let ratio: number | null = null;
  let expected: number | null = null;
  let gapPct: number | null = null;
  let completionPct: number | null = null;
  let timeElapsedPct: number | null = null;
  let assigned: AssignedAssessment | null = null;
  let spec: (TargetSpec & { year: number }) | null = null;

  if (isAssigned) {
    assigned = assessAssigned(series, input.assignedSeries, indicator.direction, baseYear + 1, year);
    status = schedule = assigned.latest ? 'not_assessable' : 'no_data';
    statusReason = assigned.latest ? ASSIGNED_REASON : null;
  } else if (targetValue === null) {
    status = schedule = baseline ? 'not_assessable' : 'no_baseline';
    statusReason = baseline ? NO_PROVINCE_RATE_REASON : null;
  } else {
    spec = { value: targetValue, kind: indicator.target.kind, direction: indicator.direction, year: targetYear };
    const progress = assessProgress({ baseline, latest, target: spec, thresholds: settings.sdgThresholds, tolerancePct });
    const timing = assessSchedule({ baseline, latest, target: spec, tolerancePct, baseYear });
    ({ status, cagrActual, cagrRequired, ratio } = progress);
    statusReason = progress.reason ?? timing.reason;
    ({ schedule, expected, gapPct, completionPct, timeElapsedPct } = timing);
  }

  let requiredRemaining: number | null = null;
  if (spec && latest && latest.year < targetYear && !signConflict(latest.value, null, spec.value)) {
    requiredRemaining = annualRate(latest.value, spec.value, targetYear - latest.year);
  }

  const requiredRate =
    baseline && targetValue !== null && targetYear > baseline.year && !signConflict(baseline.value, null, targetValue)
      ? annualRate(baseline.value, targetValue, targetYear - baseline.year)
      : null;
  const path = {
    required: baseline && requiredRate !== null ? roundPath(growthPath(baseline.value, baseline.year, requiredRate, targetYear)) : null,
    stated:
      baseline && indicator.annualGrowthPct !== null && input.target.origin === 'plan'
        ? roundPath(growthPath(baseline.value, baseline.year, indicator.annualGrowthPct / 100, targetYear))
        : null,
  };

  const projection = spec && latest && latest.year < targetYear ? projectIndicator(baseline, series, startYear, year, spec, tolerancePct) : null;

  const explanation = explain({
    name: indicator.name,
    unit: input.unit,
    place: input.place,
    baseYear: startYear,
    latest,
    target: { year: targetYear, value: targetValue, implied: input.target.origin === 'implied' },
    status,
    statusReason,
    schedule,
    cagrActual,
    cagrRequired,
    ratio,
    requiredRemaining,
    completionPct,
    timeElapsedPct,
    assigned,
  });

  return {
    id: indicator.id,
    name: indicator.name,
    category: indicator.category,
    unit: indicator.unit,
    direction: indicator.direction,
    binding: indicator.binding,
    measurement: indicator.measurement.kind,
    region: input.region,
    baseline: baseline && { ...baseline, value: round(baseline.value, 4) },
    plannedBaseline: choice.planned && { ...choice.planned, value: round(choice.planned.value, 4) },
    baselineDeviationPct: round(choice.deviationPct, 2),
    latest: latestPoint && { year: latestPoint.year, value: round(latestPoint.value, 4), origin: latestPoint.origin, pending: latestPoint.pending === true },
    target: { year: targetYear, value: round(targetValue, 4), kind: indicator.target.kind, origin: input.target.origin },
    statedGrowthPct: input.target.origin === 'plan' ? indicator.annualGrowthPct : null,
    completionPct: round(completionPct, 2),
    timeElapsedPct: round(timeElapsedPct, 2),
    cagrActualPct: pct(cagrActual),
    cagrRequiredPct: pct(cagrRequired),
    ratio: round(ratio, 3),
    status,
    statusReason,
    schedule,
    expectedValue: round(expected, 4),
    scheduleGapPct: round(gapPct, 2),
    requiredGrowthPct: pct(requiredRemaining),
    remainingYears: latest && spec ? Math.max(0, targetYear - latest.year) : null,
    projection,
    assigned,
    path,
    series: series.map((p) => ({ ...p, value: round(p.value, 4) })),
    explanation,
  };
}

function projectIndicator(
  baseline: YearValue | null,
  series: readonly SeriesPoint[],
  startYear: number,
  year: number,
  target: TargetSpec & { year: number },
  tolerancePct: number,
): ProjectionResult | null {
  // The baseline is the first point even when it is the plan's estimate: it is the
  // reference every rate is measured from, and with one observation it is the only other.
  const points = [...(baseline ? [baseline] : []), ...series.filter((p) => p.year > startYear && p.year <= year)];
  const fit = projectToYear(points, target.year);
  if (!fit) return null;
  const likelyMet = reachesTarget(fit.value, target, tolerancePct);
  const shortfall = likelyMet ? null : directionSign(target.direction) * (target.value - fit.value);
  return {
    year: fit.year,
    value: roundTo(fit.value, 2),
    low: round(fit.low, 2),
    high: round(fit.high, 2),
    likelyMet,
    shortfall: round(shortfall, 2),
    shortfallPct: shortfall === null || target.value === 0 ? null : roundTo((shortfall / Math.abs(target.value)) * 100, 2),
    method: fit.method,
    points: fit.points,
  };
}

function round(value: number, digits: number): number;
function round(value: number | null, digits: number): number | null;
function round(value: number | null, digits: number): number | null {
  return value === null ? null : roundTo(value, digits);
}

function pct(fraction: number | null): number | null {
  return fraction === null ? null : roundTo(fraction * 100, 2);
}

function roundPath(points: PathPoint[]): PathPoint[] {
  return points.map((p) => ({ year: p.year, value: roundTo(p.value, 4) }));
}
