/** What kind of number a series holds, read from its unit: it decides rounding and regional splitting. */
import type { Plan } from '../plan/derive.ts';
import type { Unit } from '../plan/schema.ts';

const COUNT_SYMBOLS = new Set(['个', '家', '项', '件', '人', '座', '台']);

export interface SeriesUnit {
  /** Regions add up to the province. */
  additive: boolean;
  /** Whole numbers (enterprises, platforms, projects). */
  count: boolean;
  /** A percentage, kept within 0..100. */
  percent: boolean;
  /** Decimals kept: 0 for counts, 2 otherwise. */
  digits: number;
}

export function seriesUnit(plan: Plan, unitId: string): SeriesUnit {
  const unit: Unit | undefined = plan.units.find((u) => u.id === unitId);
  const count = unit !== undefined && (unit.id === 'count' || COUNT_SYMBOLS.has(unit.symbol));
  return {
    additive: unit?.additive ?? false,
    count,
    percent: unit?.symbol === '%',
    digits: count ? 0 : 2,
  };
}

export function roundDigits(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
