import { describe, expect, it } from 'vitest';
import { parseYear, planYears, yearChoices } from './plan-years.ts';

describe('the years a reader may choose', () => {
  it('offers the plan period', () => {
    expect(planYears(2025, 2030)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('offers the evaluation years newest first', () => {
    expect(yearChoices(2025, 2030)).toEqual([2030, 2029, 2028, 2027, 2026, 2025]);
  });
  it('keeps a default year that lies outside the period', () => {
    expect(yearChoices(2025, 2027, 2031)).toEqual([2031, 2027, 2026, 2025]);
  });
  it('reads a year of the choices from the address and ignores anything else', () => {
    const years = planYears(2025, 2030);
    expect(parseYear('2027', years)).toBe(2027);
    for (const bad of [null, '', '2024', '2040', '20x7', '2027.5', ' 2027']) expect(parseYear(bad, years)).toBeUndefined();
    expect(parseYear('2028', yearChoices(2025, 2030))).toBe(2028);
  });
});
