import { describe, expect, it } from 'vitest';
import { parseYear, planYears } from './page-year.ts';

describe('the page’s year', () => {
  it('offers the plan period', () => {
    expect(planYears(2025, 2030)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('reads a year of the period from the address and ignores anything else', () => {
    const years = planYears(2025, 2030);
    expect(parseYear('2027', years)).toBe(2027);
    for (const bad of [null, '', '2024', '20x7', '2027.5', ' 2027']) expect(parseYear(bad, years)).toBeUndefined();
  });
});
