import { describe, expect, it } from 'vitest';
import { daysUntil, groupCalendar, type CalendarItem } from './calendar-groups.ts';

function item(indicatorId: string, regionCode: string, period: string, state: CalendarItem['state'], dueOn = '2027-03-31'): CalendarItem {
  return { indicatorId, regionCode, parkId: null, period, dueOn, state, observationStatus: state === 'done' ? 'approved' : null };
}

describe('the reporting calendar grouped', () => {
  it('by period, latest first, then region (the province first), overdue items first, with counts', () => {
    const groups = groupCalendar(
      [
        item('gdp', '460100', '2026', 'done'),
        item('hitech-revenue', '460100', '2026', 'overdue', '2027-03-31'),
        item('gdp', '460000', '2026', 'due', '2027-04-30'),
        item('gdp', '460100', '2027', 'due', '2028-03-31'),
        item('hitech-revenue', '460100', '2027', 'due', '2028-02-28'),
      ],
      '460000',
    );
    expect(groups.map((g) => g.period)).toEqual(['2027', '2026']);
    expect(groups[1]!.regions.map((r) => r.regionCode)).toEqual(['460000', '460100']);
    expect(groups[1]!.counts).toEqual({ done: 1, due: 1, overdue: 1 });
    const haikou = groups[1]!.regions[1]!;
    expect(haikou.items.map((i) => i.state)).toEqual(['overdue', 'done']);
    expect(haikou.counts).toEqual({ done: 1, due: 0, overdue: 1 });
    expect(haikou.nextDue).toBe('2027-03-31');
    expect(groups[0]!.regions[0]!.nextDue).toBe('2028-02-28');
  });

  it('has no next due date once everything is in', () => {
    expect(groupCalendar([item('gdp', '460100', '2026', 'done')], '460000')[0]!.regions[0]!.nextDue).toBeNull();
  });

  it('counts days to a due date, negative once past', () => {
    expect(daysUntil('2027-03-31', '2027-03-30')).toBe(1);
    expect(daysUntil('2027-03-31', '2027-04-02')).toBe(-2);
    expect(daysUntil('2027-03-31', '2027-03-31')).toBe(0);
  });
});
