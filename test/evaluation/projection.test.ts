import { describe, expect, it } from 'vitest';
import { projectToYear } from '../../src/evaluation/projection.ts';
import { studentTCdf, studentTQuantile } from '../../src/evaluation/student-t.ts';

describe('Student’s t', () => {
  it('quantiles match the printed tables', () => {
    const table: [number, number, number][] = [
      [0.9, 1, 3.077684],
      [0.9, 2, 1.885618],
      [0.9, 3, 1.637744],
      [0.9, 10, 1.372184],
      [0.9, 30, 1.310415],
      [0.975, 1, 12.706205],
      [0.975, 5, 2.570582],
      [0.975, 120, 1.979930],
    ];
    for (const [p, df, t] of table) expect(studentTQuantile(p, df), `t(${p}, ${df})`).toBeCloseTo(t, 5);
    expect(studentTQuantile(0.1, 4)).toBeCloseTo(-1.533206, 5);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('the CDF is symmetric and inverts the quantile', () => {
    expect(studentTCdf(0, 3)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(-2, 6) + studentTCdf(2, 6)).toBeCloseTo(1, 12);
    expect(studentTCdf(studentTQuantile(0.8, 9), 9)).toBeCloseTo(0.8, 10);
  });
});

describe('projection to the target year', () => {
  it('two points: constant growth — 100 (2025) → 118 (2027) gives 118·1.18^1.5 = 151.25 in 2030, no interval', () => {
    const fit = projectToYear(
      [
        { year: 2025, value: 100 },
        { year: 2027, value: 118 },
      ],
      2030,
    )!;
    expect(fit.method).toBe('constant_growth');
    expect(fit.value).toBeCloseTo(151.2534, 3);
    expect(fit.low).toBeNull();
    expect(fit.high).toBeNull();
  });

  it('three points: least squares on ln(value) with an 80 % prediction interval (t = 3.0777, 1 df)', () => {
    const fit = projectToYear(
      [
        { year: 2025, value: 100 },
        { year: 2026, value: 110 },
        { year: 2027, value: 118 },
      ],
      2030,
    )!;
    expect(fit.method).toBe('log_linear');
    expect(fit.points).toBe(3);
    expect(fit.value).toBeCloseTo(151.8876, 3);
    expect(fit.low!).toBeCloseTo(137.9333, 3);
    expect(fit.high!).toBeCloseTo(167.2535, 3);
    expect(fit.annualGrowth).toBeCloseTo(0.086278, 5);
  });

  it('four points narrow the interval (t = 1.8856, 2 df)', () => {
    const fit = projectToYear(
      [
        { year: 2025, value: 100 },
        { year: 2026, value: 110 },
        { year: 2027, value: 118 },
        { year: 2028, value: 131 },
      ],
      2030,
    )!;
    expect(fit.value).toBeCloseTo(155.397, 2);
    expect(fit.low!).toBeCloseTo(149.8933, 3);
    expect(fit.high!).toBeCloseTo(161.1027, 3);
  });

  it('a wider level gives a wider interval', () => {
    const points = [
      { year: 2025, value: 100 },
      { year: 2026, value: 110 },
      { year: 2027, value: 118 },
    ];
    const p80 = projectToYear(points, 2030)!;
    const p95 = projectToYear(points, 2030, 0.95)!;
    expect(p95.high! - p95.low!).toBeGreaterThan(p80.high! - p80.low!);
  });

  it('exact exponential growth has a zero-width interval', () => {
    const fit = projectToYear([2025, 2026, 2027].map((year, i) => ({ year, value: 50 * 1.1 ** i })), 2030)!;
    expect(fit.value).toBeCloseTo(50 * 1.1 ** 5, 8);
    expect(fit.high! - fit.low!).toBeCloseTo(0, 8);
  });

  it('negative series are fitted on |value| and keep their sign', () => {
    const fit = projectToYear(
      [
        { year: 2025, value: -100 },
        { year: 2026, value: -110 },
        { year: 2027, value: -118 },
      ],
      2030,
    )!;
    expect(fit.value).toBeCloseTo(-151.8876, 3);
    expect(fit.low!).toBeCloseTo(-167.2535, 3);
    expect(fit.high!).toBeCloseTo(-137.9333, 3);
  });

  it('no projection from one point, from a zero, or across a change of sign', () => {
    expect(projectToYear([{ year: 2026, value: 5 }], 2030)).toBeNull();
    expect(projectToYear([{ year: 2025, value: 0 }, { year: 2026, value: 5 }], 2030)).toBeNull();
    expect(projectToYear([{ year: 2025, value: -2 }, { year: 2026, value: 5 }], 2030)).toBeNull();
  });
});
