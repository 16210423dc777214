/**
 * Schedule (时序进度), the Chinese mid-term practice: is the latest value where the required
 * path says it should be by now? Compare V with E_t = B·(1 + r)^(t − t0): reached → achieved
 * (提前实现); better than E_t by the tolerance or more → ahead (快于预期); within ±tolerance →
 * on_schedule (基本符合预期); worse → behind (滞后). The gap is taken relative to |E_t| and in
 * the better direction, so a falling target reads the same way as a rising one.
 */
import type { Text } from '../plan/schema.ts';
import { BASELINE_MET_REASON, TARGET_YEAR_REASON, type YearValue } from './progress-status.ts';
import { annualRate, COMPARISON_EPSILON, signConflict } from './rate-inputs.ts';
import { expectedValue } from './required-path.ts';
import type { ScheduleStatus } from './statuses.ts';
import { directionSign, reachesTarget, type TargetSpec } from './target-reached.ts';

export interface ScheduleInput {
  baseline: YearValue | null;
  latest: YearValue | null;
  target: TargetSpec & { year: number };
  tolerancePct: number;
  /** The plan's base year, for the time elapsed when there is no baseline. */
  baseYear: number;
}

export interface ScheduleAssessment {
  schedule: ScheduleStatus;
  /** E_t: where the required path stands in the latest year. */
  expected: number | null;
  /** How far V is from E_t, in % of |E_t|, positive when better. */
  gapPct: number | null;
  /** (V − B) / (T − B), %. */
  completionPct: number | null;
  /** (t − t0) / (T_year − t0), %. */
  timeElapsedPct: number | null;
  reason: Text | null;
}

export function assessSchedule(input: ScheduleInput): ScheduleAssessment {
  const { baseline, target, tolerancePct } = input;
  const latest = input.latest && (!baseline || input.latest.year > baseline.year) ? input.latest : null;
  const startYear = baseline?.year ?? input.baseYear;
  const timeElapsedPct =
    latest && target.year > startYear ? ((latest.year - startYear) / (target.year - startYear)) * 100 : null;
  const completionPct =
    latest && baseline && target.value !== baseline.value
      ? ((latest.value - baseline.value) / (target.value - baseline.value)) * 100
      : null;
  const result = (schedule: ScheduleStatus, extra: Partial<ScheduleAssessment> = {}): ScheduleAssessment => ({
    schedule,
    expected: null,
    gapPct: null,
    completionPct,
    timeElapsedPct,
    reason: null,
    ...extra,
  });

  if (!latest) return result(baseline ? 'no_data' : 'no_baseline');
  if (reachesTarget(latest.value, target, tolerancePct)) return result('achieved');
  if (!baseline) return result('no_baseline');
  const conflict = signConflict(baseline.value, latest.value, target.value);
  if (conflict) return result('not_assessable', { reason: conflict });
  if (target.year <= baseline.year) return result('not_assessable', { reason: TARGET_YEAR_REASON });
  const rate = annualRate(baseline.value, target.value, target.year - baseline.year);
  if (reachesTarget(baseline.value, target, tolerancePct) || rate === 0) return result('behind', { reason: BASELINE_MET_REASON });

  const expected = expectedValue(baseline.value, rate, latest.year - baseline.year);
  const gapPct = ((directionSign(target.direction) * (latest.value - expected)) / Math.abs(expected)) * 100;
  const tolerance = tolerancePct + COMPARISON_EPSILON;
  const schedule: ScheduleStatus = gapPct >= tolerancePct - COMPARISON_EPSILON ? 'ahead' : gapPct >= -tolerance ? 'on_schedule' : 'behind';
  return result(schedule, { expected, gapPct });
}
