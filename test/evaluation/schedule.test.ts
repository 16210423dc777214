import { describe, expect, it } from 'vitest';
import { assessSchedule, type ScheduleInput } from '../../src/evaluation/schedule.ts';
import { expectedValue, growthPath, requiredRate } from '../../src/evaluation/required-path.ts';

function digital(latest: number | null, overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    baseline: { year: 2025, value: 2611.68 },
    latest: latest === null ? null : { year: 2027, value: latest },
    target: { year: 2030, value: 4000, kind: 'at_least', direction: 'increase' },
    tolerancePct: 2,
    baseYear: 2025,
    ...overrides,
  };
}

describe('the required path', () => {
  it('r = (T / B)^(1/5) − 1 = 8.9 % and E_2027 = B·(1 + r)^2 = 3097.25 for the digital economy', () => {
    const r = requiredRate(2611.68, 2025, 4000, 2030);
    expect(r).toBeCloseTo(0.0890003, 6);
    expect(expectedValue(2611.68, r, 2)).toBeCloseTo(3097.248, 2);
    const path = growthPath(2611.68, 2025, r, 2030);
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(path[0]!.value).toBe(2611.68);
    expect(path[5]!.value).toBeCloseTo(4000, 6);
  });
});

describe('schedule (时序进度), on worked numbers', () => {
  it('3000 in 2027 is 3.14 % below E_2027 = 3097.25 → behind; completion 27.97 %, time elapsed 40 %', () => {
    const result = assessSchedule(digital(3000));
    expect(result.expected!).toBeCloseTo(3097.248, 2);
    expect(result.gapPct!).toBeCloseTo(-3.1398, 3);
    expect(result.schedule).toBe('behind');
    expect(result.completionPct!).toBeCloseTo(27.9705, 3);
    expect(result.timeElapsedPct).toBe(40);
  });

  it('within ±tolerance → on_schedule; at or above E_t·(1 + tol) → ahead', () => {
    const e = 3097.247952372766;
    expect(assessSchedule(digital(e * 0.98)).schedule).toBe('on_schedule');
    expect(assessSchedule(digital(e * 0.979)).schedule).toBe('behind');
    expect(assessSchedule(digital(e)).schedule).toBe('on_schedule');
    expect(assessSchedule(digital(e * 1.0199)).schedule).toBe('on_schedule');
    expect(assessSchedule(digital(e * 1.02)).schedule).toBe('ahead');
  });

  it('the tolerance is the plan’s setting', () => {
    expect(assessSchedule(digital(3000, { tolerancePct: 5 })).schedule).toBe('on_schedule');
  });

  it('target reached → achieved (提前实现)', () => {
    expect(assessSchedule(digital(4000)).schedule).toBe('achieved');
  });

  it('no_data and no_baseline where it cannot be computed; time elapsed still shown without a baseline', () => {
    expect(assessSchedule(digital(null)).schedule).toBe('no_data');
    const noBaseline = assessSchedule(digital(3000, { baseline: null }));
    expect(noBaseline.schedule).toBe('no_baseline');
    expect(noBaseline.completionPct).toBeNull();
    expect(noBaseline.timeElapsedPct).toBe(40);
  });

  it('different signs → not_assessable with the reason', () => {
    const result = assessSchedule({ ...digital(5), baseline: { year: 2025, value: -3 }, target: { year: 2030, value: 10, kind: 'reach', direction: 'increase' } });
    expect(result.schedule).toBe('not_assessable');
    expect(result.reason!.en).toContain('different signs');
  });

  it('a decreasing indicator: 0.62 → 0.5 by 2028, E_2026 = 0.5771; lower is ahead', () => {
    const energy = (value: number) =>
      assessSchedule({
        baseline: { year: 2025, value: 0.62 },
        latest: { year: 2026, value },
        target: { year: 2028, value: 0.5, kind: 'at_most', direction: 'decrease' },
        tolerancePct: 3,
        baseYear: 2025,
      });
    expect(energy(0.56).expected!).toBeCloseTo(0.5771, 4);
    expect(energy(0.56).gapPct!).toBeCloseTo(2.9631, 3);
    expect(energy(0.56).schedule).toBe('on_schedule');
    expect(energy(0.55).schedule).toBe('ahead');
    expect(energy(0.6).schedule).toBe('behind');
    expect(energy(0.5).schedule).toBe('achieved');
    expect(energy(0.56).completionPct!).toBeCloseTo(50, 6);
    expect(energy(0.56).timeElapsedPct!).toBeCloseTo(33.333, 2);
  });
});
