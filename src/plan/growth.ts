/**
 * Compound-growth arithmetic shared by the plan (derived baselines, required paths) and
 * the evaluation. Rates are fractions here (0.1 = 10 %); callers convert to percent.
 */

/** The constant annual rate that takes `from` to `to` in `years` years. */
export function compoundRate(from: number, to: number, years: number): number {
  if (years <= 0) throw new RangeError(`years must be positive, got ${years}`);
  return Math.pow(to / from, 1 / years) - 1;
}

/** The value after growing `value` at `rate` for `years` years (negative years go back). */
export function grow(value: number, rate: number, years: number): number {
  return value * Math.pow(1 + rate, years);
}

/** Round for presentation without binary noise (e.g. 6209.213230591549 → 6209.21). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
