import { describe, expect, it } from 'vitest';
import { previousPeriod, valueChange } from './value-change.ts';

describe('a value against the one before', () => {
  it('gives old → new, the difference and the change in per cent', () => {
    expect(valueChange(100, 110)).toEqual({ old: 100, new: 110, delta: 10, pct: 10, large: false });
    expect(valueChange(100, 70)).toMatchObject({ delta: -30, pct: -30, large: true });
    expect(valueChange(-50, -25)).toMatchObject({ pct: 50, large: true });
  });

  it('has no ratio against zero, and flags anything new against zero', () => {
    expect(valueChange(0, 5)).toMatchObject({ pct: null, large: true });
    expect(valueChange(0, 0)).toMatchObject({ pct: null, large: false });
  });

  it('reads percentages in points', () => {
    expect(valueChange(3.2, 8, { percentUnit: true })).toMatchObject({ large: false });
    expect(valueChange(3.2, 15, { percentUnit: true })).toMatchObject({ large: true });
  });

  it('needs both values', () => {
    expect(valueChange(null, 5)).toBeNull();
    expect(valueChange(5, undefined)).toBeNull();
    expect(valueChange(5, Number.NaN)).toBeNull();
  });

  it('compares a year with the year before, a quarter with the same quarter a year before', () => {
    expect(previousPeriod('2029')).toBe('2028');
    expect(previousPeriod('2029Q3')).toBe('2028Q3');
    expect(previousPeriod('nonsense')).toBe('nonsense');
  });
});
