/**
 * The path the plan needs: constant growth r from the baseline to the target,
 * r = (T / B)^(1/(targetYear − baseYear)) − 1, and E_t = B·(1 + r)^(t − baseYear).
 * Where the plan states its own growth rate, that path is shown beside it.
 */
import { grow } from '../plan/growth.ts';
import { annualRate, nonZero } from './rate-inputs.ts';

export interface PathPoint {
  year: number;
  value: number;
}

export function requiredRate(base: number, baseYear: number, target: number, targetYear: number): number {
  return annualRate(base, target, targetYear - baseYear);
}

/** E_t on the constant-growth path (a zero base is replaced as in the rate itself). */
export function expectedValue(base: number, rate: number, years: number): number {
  return grow(nonZero(base), rate, years);
}

export function growthPath(base: number, baseYear: number, rate: number, toYear: number): PathPoint[] {
  const points: PathPoint[] = [];
  for (let year = baseYear; year <= toYear; year++) {
    points.push({ year, value: year === baseYear ? base : expectedValue(base, rate, year - baseYear) });
  }
  return points;
}
