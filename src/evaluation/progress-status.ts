/**
 * The UN SDG progress assessment: the growth achieved so far against the growth the target
 * needs. CAGR_a = (V / B)^(1/(t − t0)) − 1, r = (T / B)^(1/(T_year − t0)) − 1, R = CAGR_a / r.
 * Direction needs no special case: for a falling target both rates are negative and R is
 * positive when the value falls, negative when it rises.
 */
import type { EvaluationSettings, Text } from '../plan/schema.ts';
import { annualRate, COMPARISON_EPSILON, signConflict } from './rate-inputs.ts';
import type { ProgressStatus } from './statuses.ts';
import { reachesTarget, type TargetSpec } from './target-reached.ts';

export interface YearValue {
  year: number;
  value: number;
}

export interface ProgressInput {
  baseline: YearValue | null;
  /** The latest observation after the base year, or null. */
  latest: YearValue | null;
  target: TargetSpec & { year: number };
  thresholds: EvaluationSettings['sdgThresholds'];
  /** Tolerance (%) that lets a 左右 target count as reached. */
  tolerancePct: number;
}

export interface ProgressAssessment {
  status: ProgressStatus;
  /** Fractions (0.072 = 7.2 %), null when they cannot be computed. */
  cagrActual: number | null;
  cagrRequired: number | null;
  /** R = CAGR_a / r. */
  ratio: number | null;
  reason: Text | null;
}

export const BASELINE_MET_REASON: Text = {
  zh: '基期已达到目标，但最新值已回落到目标之外',
  en: 'the baseline already met the target, but the latest value has fallen short of it',
};

export const TARGET_YEAR_REASON: Text = {
  zh: '目标年不晚于基期年，或目标与基期值相同，无法计算所需增速',
  en: 'the target year is not after the base year, or the target equals the baseline, so no required growth exists',
};

export function assessProgress(input: ProgressInput): ProgressAssessment {
  const { baseline, target, thresholds } = input;
  const latest = input.latest && (!baseline || input.latest.year > baseline.year) ? input.latest : null;
  const result = (status: ProgressStatus, rates: Omit<ProgressAssessment, 'status' | 'reason'>, reason: Text | null = null) => ({
    status,
    ...rates,
    reason,
  });
  const none = { cagrActual: null, cagrRequired: null, ratio: null };

  if (!latest) return result(baseline ? 'no_data' : 'no_baseline', none);
  const rates = baseline ? growthRates(baseline, latest, target) : null;
  if (reachesTarget(latest.value, target, input.tolerancePct)) return result('achieved', rates ?? none);
  if (!baseline) return result('no_baseline', none);
  const conflict = signConflict(baseline.value, latest.value, target.value);
  if (conflict) return result('not_assessable', none, conflict);
  if (!rates) return result('not_assessable', none, TARGET_YEAR_REASON);
  // r = 0 means the target equals the baseline to machine precision: already met at the start.
  if (reachesTarget(baseline.value, target, input.tolerancePct) || rates.cagrRequired === 0) {
    return result('deterioration', { ...rates, ratio: null }, BASELINE_MET_REASON);
  }
  const ratio = rates.ratio;
  if (ratio === null) return result('not_assessable', rates, TARGET_YEAR_REASON);
  const status: ProgressStatus =
    ratio >= thresholds.onTrack - COMPARISON_EPSILON
      ? 'on_track'
      : ratio >= thresholds.fair - COMPARISON_EPSILON
        ? 'fair'
        : ratio >= thresholds.limited - COMPARISON_EPSILON
          ? 'limited'
          : 'deterioration';
  return result(status, rates);
}

function growthRates(baseline: YearValue, latest: YearValue, target: YearValue) {
  if (signConflict(baseline.value, latest.value, target.value) || target.year <= baseline.year) return null;
  const cagrActual = annualRate(baseline.value, latest.value, latest.year - baseline.year);
  const cagrRequired = annualRate(baseline.value, target.value, target.year - baseline.year);
  return { cagrActual, cagrRequired, ratio: cagrRequired === 0 ? null : cagrActual / cagrRequired };
}
