import { describe, expect, it } from 'vitest';
import { parseYearParam, yearChoices } from './evaluation-years.ts';

describe('evaluation years', () => {
  it('offers the plan period, newest first', () => {
    expect(yearChoices(2025, 2030)).toEqual([2030, 2029, 2028, 2027, 2026, 2025]);
  });
  it('keeps a default year that lies outside the period', () => {
    expect(yearChoices(2025, 2027, 2031)).toEqual([2031, 2027, 2026, 2025]);
  });
  it('reads only a year that is offered', () => {
    const years = yearChoices(2025, 2030);
    expect(parseYearParam('2028', years)).toBe(2028);
    expect(parseYearParam('2040', years)).toBeUndefined();
    expect(parseYearParam('20x8', years)).toBeUndefined();
    expect(parseYearParam(null, years)).toBeUndefined();
  });
});
