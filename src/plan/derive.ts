/**
 * Values the plan implies but does not write down: baselines derived from a target and a
 * growth rate, the required growth from baseline to target, and the required path year by
 * year. Pure.
 */
import { compoundRate, grow, roundTo } from './growth.ts';
import type { Indicator, PlanDocument, Source, Text } from './schema.ts';

export type BaselineOrigin = 'plan' | 'derived';

export interface ResolvedBaseline {
  year: number;
  value: number;
  /** True when computed as target / (1 + growth)^(years), not stated by the plan. */
  derived: boolean;
  origin: BaselineOrigin;
  source: Source | null;
  method: Text;
}

export interface PathPoint {
  year: number;
  value: number;
}

export interface ResolvedIndicator extends Omit<Indicator, 'baseline'> {
  baseline: ResolvedBaseline | null;
  targetYear: number;
  /** Constant annual growth (%) that takes the baseline to the target, when both are known. */
  requiredGrowthPct: number | null;
  /** Expected value each year from the base year to the target year on that growth. */
  requiredPath: PathPoint[] | null;
}

export type Plan = Omit<PlanDocument, 'indicators'> & { indicators: ResolvedIndicator[] };

export function derivePlan(doc: PlanDocument): Plan {
  return { ...doc, indicators: doc.indicators.map((indicator) => resolveIndicator(indicator, doc)) };
}

function resolveIndicator(indicator: Indicator, doc: PlanDocument): ResolvedIndicator {
  const targetYear = indicator.target.year ?? doc.targetYear;
  const baseline = resolveBaseline(indicator, doc.baseYear, targetYear);
  const target = indicator.target.value;
  let requiredGrowthPct: number | null = null;
  let requiredPath: PathPoint[] | null = null;
  if (baseline && target !== null && baseline.value > 0 && target > 0 && targetYear > baseline.year) {
    const rate = compoundRate(baseline.value, target, targetYear - baseline.year);
    requiredGrowthPct = roundTo(rate * 100, 4);
    requiredPath = [];
    for (let year = baseline.year; year <= targetYear; year++) {
      requiredPath.push({ year, value: roundTo(grow(baseline.value, rate, year - baseline.year), 4) });
    }
  }
  return { ...indicator, baseline, targetYear, requiredGrowthPct, requiredPath };
}

function resolveBaseline(indicator: Indicator, baseYear: number, targetYear: number): ResolvedBaseline | null {
  if (indicator.baseline) {
    return {
      year: indicator.baseline.year,
      value: indicator.baseline.value,
      derived: false,
      origin: 'plan',
      source: indicator.baseline.source,
      method: { zh: '规划文本所述基期值', en: 'Stated by the plan' },
    };
  }
  const target = indicator.target.value;
  const growth = indicator.annualGrowthPct;
  if (target === null || growth === null || targetYear <= baseYear) return null;
  const years = targetYear - baseYear;
  const value = roundTo(grow(target, growth / 100, -years), 2);
  return {
    year: baseYear,
    value,
    derived: true,
    origin: 'derived',
    source: null,
    method: {
      zh: `由目标值与年均增长率推算：${target} ÷ (1 + ${growth}%)^${years} = ${value}`,
      en: `Derived from the target and the average annual growth: ${target} ÷ (1 + ${growth}%)^${years} = ${value}`,
    },
  };
}
