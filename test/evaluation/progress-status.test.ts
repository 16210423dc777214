import { describe, expect, it } from 'vitest';
import { assessProgress, type ProgressInput } from '../../src/evaluation/progress-status.ts';

const thresholds = { onTrack: 0.95, fair: 0.5, limited: -0.1 };

/** Digital economy core revenue: derived baseline 2611.68 (2025) → at least 4000 (2030), r = 8.9 %. */
function digital(latest: number | null, overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    baseline: { year: 2025, value: 2611.68 },
    latest: latest === null ? null : { year: 2027, value: latest },
    target: { year: 2030, value: 4000, kind: 'at_least', direction: 'increase' },
    thresholds,
    tolerancePct: 2,
    ...overrides,
  };
}

describe('UN SDG progress status, on worked numbers', () => {
  it('the issue’s example: 3000 in 2027 grows 7.18 %/yr against the 8.90 % needed, R = 0.806 → fair', () => {
    const result = assessProgress(digital(3000));
    expect(result.cagrRequired!).toBeCloseTo(0.0890003, 6);
    expect(result.cagrActual!).toBeCloseTo(0.0717677, 6);
    expect(result.ratio!).toBeCloseTo(0.806375, 5);
    expect(result.status).toBe('fair');
  });

  it('each band of R, at the boundaries of the default thresholds', () => {
    const r = 0.0890003155796537;
    // The value in 2027 that gives exactly ratio R: B·(1 + R·r)^2.
    const valueFor = (ratio: number) => 2611.68 * (1 + ratio * r) ** 2;
    expect(assessProgress(digital(valueFor(0.95))).status).toBe('on_track');
    expect(assessProgress(digital(valueFor(0.9499))).status).toBe('fair');
    expect(assessProgress(digital(valueFor(0.5))).status).toBe('fair');
    expect(assessProgress(digital(valueFor(0.4999))).status).toBe('limited');
    expect(assessProgress(digital(valueFor(-0.1))).status).toBe('limited');
    expect(assessProgress(digital(valueFor(-0.1001))).status).toBe('deterioration');
  });

  it('thresholds are the plan’s settings', () => {
    const strict = assessProgress(digital(3000, { thresholds: { onTrack: 0.95, fair: 0.9, limited: 0 } }));
    expect(strict.status).toBe('limited');
    const lenient = assessProgress(digital(3000, { thresholds: { onTrack: 0.8, fair: 0.5, limited: 0 } }));
    expect(lenient.status).toBe('on_track');
  });

  it('the target reached → achieved, whatever the growth', () => {
    expect(assessProgress(digital(4000)).status).toBe('achieved');
    // Just short of it, two years early: growing far faster than needed.
    expect(assessProgress(digital(3999.99)).status).toBe('on_track');
  });

  it('a 左右 target counts as reached within the tolerance', () => {
    const about = (value: number) =>
      assessProgress({ ...digital(value), target: { year: 2030, value: 4000, kind: 'approximately', direction: 'increase' } });
    expect(about(3920).status).toBe('achieved');
    expect(about(3919).status).not.toBe('achieved');
  });

  it('no observation after the baseline → no_data; no baseline → no_baseline', () => {
    expect(assessProgress(digital(null)).status).toBe('no_data');
    expect(assessProgress(digital(2700, { latest: { year: 2025, value: 2700 } })).status).toBe('no_data');
    expect(assessProgress(digital(3000, { baseline: null })).status).toBe('no_baseline');
    expect(assessProgress(digital(null, { baseline: null })).status).toBe('no_baseline');
    // Reaching the target needs no baseline to be recognised.
    expect(assessProgress(digital(4100, { baseline: null })).status).toBe('achieved');
  });

  it('a zero base is replaced by 0.001: 0 → 1 in two years against 0 → 10 in five', () => {
    const result = assessProgress({
      baseline: { year: 2025, value: 0 },
      latest: { year: 2027, value: 1 },
      target: { year: 2030, value: 10, kind: 'reach', direction: 'increase' },
      thresholds,
      tolerancePct: 2,
    });
    expect(result.cagrActual!).toBeCloseTo(30.6227766, 6);
    expect(result.cagrRequired!).toBeCloseTo(5.3095734, 6);
    expect(result.ratio!).toBeCloseTo(5.7674645, 6);
    expect(result.status).toBe('on_track');
  });

  it('a zero target is replaced by 0.001 (a falling indicator driven to zero)', () => {
    const result = assessProgress({
      baseline: { year: 2025, value: 10 },
      latest: { year: 2027, value: 5 },
      target: { year: 2030, value: 0, kind: 'at_most', direction: 'decrease' },
      thresholds,
      tolerancePct: 2,
    });
    expect(result.cagrRequired!).toBeCloseTo((0.001 / 10) ** (1 / 5) - 1, 10);
    expect(result.status).toBe('limited');
  });

  it('a base and a latest value of different signs → not_assessable, with the reason', () => {
    const result = assessProgress({
      baseline: { year: 2025, value: -20 },
      latest: { year: 2027, value: 15 },
      target: { year: 2030, value: 50, kind: 'reach', direction: 'increase' },
      thresholds,
      tolerancePct: 2,
    });
    expect(result.status).toBe('not_assessable');
    expect(result.ratio).toBeNull();
    expect(result.reason!.en).toContain('different signs');
    expect(result.reason!.zh).toContain('正负号不同');
  });

  it('a decreasing indicator uses the signs of both rates: 0.62 → 0.5 by 2028', () => {
    const energy = (value: number) =>
      assessProgress({
        baseline: { year: 2025, value: 0.62 },
        latest: { year: 2026, value },
        target: { year: 2028, value: 0.5, kind: 'at_most', direction: 'decrease' },
        thresholds,
        tolerancePct: 3,
      });
    expect(energy(0.58).cagrRequired!).toBeCloseTo(-0.0691934, 6);
    expect(energy(0.58).ratio!).toBeCloseTo(0.932402, 5);
    expect(energy(0.58).status).toBe('fair');
    expect(energy(0.56).status).toBe('on_track');
    expect(energy(0.6).status).toBe('limited');
    expect(energy(0.65).ratio!).toBeCloseTo(-0.699302, 5);
    expect(energy(0.65).status).toBe('deterioration');
    expect(energy(0.5).status).toBe('achieved');
  });

  it('a baseline that already met the target, then fell short → deterioration, with the reason', () => {
    const result = assessProgress({
      baseline: { year: 2025, value: 95 },
      latest: { year: 2027, value: 88 },
      target: { year: 2030, value: 90, kind: 'reach', direction: 'increase' },
      thresholds,
      tolerancePct: 2,
    });
    expect(result.status).toBe('deterioration');
    expect(result.reason!.en).toContain('already met');
  });
});
