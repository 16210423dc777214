/**
 * The base-year value of every series the demo writes: the plan's baseline (stated or
 * derived) where it has one, else a value from the options (GDP and two shares for Hainan),
 * else a plausible guess from the target — e.g. a new cluster with no stated base is put
 * where reaching its target takes 25–40 % growth a year, like commercial aerospace heading
 * for 500 亿元 from ~100.
 */
import type { Plan, ResolvedIndicator } from '../plan/derive.ts';
import type { DemoOptions } from './demo-options.ts';
import { hashString, streamFor, streamTags } from './random.ts';
import { roundDigits, seriesUnit } from './series-units.ts';

export type DemoBaselineOrigin = 'plan' | 'derived' | 'option' | 'plausible';

export interface SeriesBaseline {
  value: number;
  origin: DemoBaselineOrigin;
}

/** Indicators whose values the demo draws as a path (not counted from enterprises, not assigned yearly). */
export function hasPath(indicator: ResolvedIndicator): boolean {
  return indicator.target.kind !== 'assigned' && indicator.measurement.kind !== 'enterprise_count';
}

export function resolveSeriesBaselines(plan: Plan, options: DemoOptions): Map<string, SeriesBaseline> {
  const result = new Map<string, SeriesBaseline>();
  for (const indicator of plan.indicators) {
    if (!hasPath(indicator)) continue;
    result.set(indicator.id, indicatorBaseline(plan, options, indicator));
  }
  for (const statistic of plan.statistics) {
    const hint = options.seriesBaselines[statistic.id];
    const unit = seriesUnit(plan, statistic.unit);
    if (hint !== undefined) result.set(statistic.id, { value: hint, origin: 'option' });
    else {
      const rng = streamFor(options.seed, streamTags.baselines, hashString(statistic.id));
      // A statistic with nothing to go on: a mid-sized amount or count; ratios derive numerators from it.
      result.set(statistic.id, { value: roundDigits((unit.count ? 200 : 2000) * rng.range(0.8, 1.2), unit.digits), origin: 'plausible' });
    }
  }
  return result;
}

function indicatorBaseline(plan: Plan, options: DemoOptions, indicator: ResolvedIndicator): SeriesBaseline {
  const unit = seriesUnit(plan, indicator.unit);
  if (indicator.measurement.kind !== 'ratio' && indicator.baseline) {
    return { value: indicator.baseline.value, origin: indicator.baseline.derived ? 'derived' : 'plan' };
  }
  const hint = options.seriesBaselines[indicator.id];
  if (hint !== undefined) return { value: hint, origin: 'option' };
  if (indicator.measurement.kind === 'ratio' && indicator.baseline) return { value: indicator.baseline.value, origin: 'plan' };
  // As if the target asked for a brisk but believable yearly change: 25–40 % for a young
  // industry's revenue, 10–18 % for a count, 5–9 % for a share.
  const target = indicator.target.value ?? 0;
  const years = Math.max(1, indicator.targetYear - plan.baseYear);
  const rng = streamFor(options.seed, streamTags.baselines, hashString(indicator.id));
  const rate = indicator.measurement.kind === 'ratio' || !unit.additive ? rng.range(0.05, 0.09) : unit.count ? rng.range(0.1, 0.18) : rng.range(0.25, 0.4);
  const factor = (1 + rate) ** (indicator.direction === 'decrease' ? years : -years);
  const value = roundDigits(target * factor, unit.digits);
  return { value: unit.count ? Math.max(1, value) : value, origin: 'plausible' };
}
