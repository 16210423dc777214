/**
 * Guards shared by the growth-rate methods. A growth rate is a ratio of two values, so a
 * zero makes it undefined and a change of sign makes it meaningless; Open SDG's handling
 * is followed: zero base or target → 0.001, different signs → not assessable.
 */
import type { Text } from '../plan/schema.ts';

export const ZERO_REPLACEMENT = 0.001;

/**
 * Slack when comparing a computed ratio or gap with a threshold, so a status never hinges on
 * binary rounding noise (e.g. 0.9499999999999999 against 0.95).
 */
export const COMPARISON_EPSILON = 1e-9;

export function nonZero(value: number): number {
  return value === 0 ? ZERO_REPLACEMENT : value;
}

/** Why a rate cannot be computed from these values, or null when it can. */
export function signConflict(base: number, latest: number | null, target: number | null): Text | null {
  const b = nonZero(base);
  if (latest !== null && latest !== 0 && Math.sign(latest) !== Math.sign(b)) {
    return {
      zh: `基期值（${base}）与最新值（${latest}）正负号不同，增速无意义`,
      en: `the baseline (${base}) and the latest value (${latest}) have different signs, so a growth rate is meaningless`,
    };
  }
  if (target !== null && Math.sign(nonZero(target)) !== Math.sign(b)) {
    return {
      zh: `基期值（${base}）与目标值（${target}）正负号不同，所需增速无意义`,
      en: `the baseline (${base}) and the target (${target}) have different signs, so a required growth rate is meaningless`,
    };
  }
  return null;
}

/** Annual compound rate from `from` to `to` over `years`, with zeros replaced. */
export function annualRate(from: number, to: number, years: number): number {
  return Math.pow(nonZero(to) / nonZero(from), 1 / years) - 1;
}
