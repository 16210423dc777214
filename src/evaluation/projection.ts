/**
 * Where the series is heading by the target year. Two points: constant growth between
 * them (the only honest reading of two numbers). Three or more: least squares of ln|value|
 * on the year, with a prediction interval from Student's t — growth is multiplicative, so
 * the fit is linear in the logarithm.
 */
import { studentTQuantile } from './student-t.ts';

export interface ProjectionPoint {
  year: number;
  value: number;
}

export type ProjectionMethod = 'constant_growth' | 'log_linear';

export interface ProjectionFit {
  year: number;
  value: number;
  /** Bounds of the prediction interval; null with two points (no residual to measure). */
  low: number | null;
  high: number | null;
  method: ProjectionMethod;
  points: number;
  /** Fitted annual growth, a fraction. */
  annualGrowth: number;
}

export const PREDICTION_LEVEL = 0.8;

/**
 * Null when fewer than two distinct years, or when values are zero or change sign (a
 * logarithm needs one sign throughout).
 */
export function projectToYear(points: readonly ProjectionPoint[], year: number, level = PREDICTION_LEVEL): ProjectionFit | null {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  if (new Set(sorted.map((p) => p.year)).size !== sorted.length || sorted.length < 2) return null;
  const sign = Math.sign(sorted[0]!.value);
  if (sign === 0 || sorted.some((p) => Math.sign(p.value) !== sign)) return null;

  if (sorted.length === 2) {
    const [first, last] = sorted as [ProjectionPoint, ProjectionPoint];
    const annualGrowth = Math.pow(last.value / first.value, 1 / (last.year - first.year)) - 1;
    const value = last.value * Math.pow(1 + annualGrowth, year - last.year);
    return { year, value, low: null, high: null, method: 'constant_growth', points: 2, annualGrowth };
  }

  const n = sorted.length;
  const xs = sorted.map((p) => p.year);
  const ys = sorted.map((p) => Math.log(Math.abs(p.value)));
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i]! - (intercept + slope * xs[i]!)) ** 2;
  const s = Math.sqrt(sse / (n - 2));
  const fitted = intercept + slope * year;
  const halfWidth = studentTQuantile((1 + level) / 2, n - 2) * s * Math.sqrt(1 + 1 / n + (year - meanX) ** 2 / sxx);
  const bounds = [sign * Math.exp(fitted - halfWidth), sign * Math.exp(fitted + halfWidth)];
  return {
    year,
    value: sign * Math.exp(fitted),
    low: Math.min(...bounds),
    high: Math.max(...bounds),
    method: 'log_linear',
    points: n,
    annualGrowth: Math.exp(slope) - 1,
  };
}
