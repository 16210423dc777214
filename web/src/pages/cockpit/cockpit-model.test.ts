import { describe, expect, it } from 'vitest';
import type { Calendar, EvaluatedIndicator, PlanCluster, PlanIndicator, ProjectSummary } from '../../api/types.ts';
import {
  delayedProjects, groupByCategory, headlineIds, headlineRows, indicatorAlerts, overdueByRegion, pace, pendingCount, scheduleCounts, statusCounts, tierColumns,
} from './cockpit-model.ts';

function row(id: string, fields: Partial<EvaluatedIndicator> = {}): EvaluatedIndicator {
  return {
    id,
    name: { zh: id, en: id },
    category: 'scale',
    status: 'on_track',
    schedule: 'on_schedule',
    scheduleGapPct: 0,
    completionPct: 50,
    timeElapsedPct: 60,
    assigned: null,
    latest: { year: 2028, value: 1, origin: 'observed', pending: false },
    ...fields,
  } as EvaluatedIndicator;
}

function planIndicator(id: string, category: string, tableRow: number | null): PlanIndicator {
  return { id, category, table: tableRow === null ? null : { ref: '表2-1', row: tableRow } } as PlanIndicator;
}

describe('headline targets', () => {
  const indicators = [
    planIndicator('digital-core-share', 'scale', null),
    planIndicator('hitech-value-added-share', 'scale', 2),
    planIndicator('hitech-revenue', 'scale', 1),
    planIndicator('cluster-a', 'cluster', 3),
  ];
  it('puts the industry system’s total first, then its category’s table rows', () => {
    expect(headlineIds({ industrySystem: { totalIndicatorId: 'hitech-revenue' } as never }, indicators)).toEqual(['hitech-revenue', 'hitech-value-added-share']);
  });
  it('falls back to the first indicator without an industry system', () => {
    expect(headlineIds({ industrySystem: null }, indicators, 1)).toEqual(['digital-core-share']);
    expect(headlineIds({ industrySystem: null }, [])).toEqual([]);
  });
  it('takes the headline targets from the evaluation, leaving out one it lacks', () => {
    const summary = { industrySystem: { totalIndicatorId: 'hitech-revenue' } as never };
    expect(headlineRows(summary, indicators, [row('cluster-a'), row('hitech-value-added-share'), row('hitech-revenue')]).map((r) => r.id)).toEqual(['hitech-revenue', 'hitech-value-added-share']);
    expect(headlineRows(summary, indicators, [row('hitech-value-added-share')]).map((r) => r.id)).toEqual(['hitech-value-added-share']);
  });
});

describe('status counts', () => {
  it('keeps the five progress statuses and only the quiet ones that occur', () => {
    const counts = statusCounts({ achieved: 0, on_track: 12, fair: 3, limited: 7, deterioration: 2, no_data: 0, no_baseline: 0, not_assessable: 2 });
    expect(counts.map((c) => c.status)).toEqual(['achieved', 'on_track', 'fair', 'limited', 'deterioration', 'not_assessable']);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(26);
    const schedule = scheduleCounts({ achieved: 0, ahead: 6, on_schedule: 6, behind: 12, no_data: 1, no_baseline: 0, not_assessable: 0 });
    expect(schedule.map((c) => c.status)).toEqual(['achieved', 'ahead', 'on_schedule', 'behind', 'no_data']);
  });
});

describe('grouping and alerts', () => {
  it('groups indicators by the plan’s categories, dropping empty ones', () => {
    const groups = groupByCategory(
      [{ id: 'scale', name: { zh: '规模目标', en: 'Scale' } }, { id: 'green', name: { zh: '绿色目标', en: 'Green' } }],
      [row('a'), row('b', { category: 'unknown' }), row('c')],
    );
    expect(groups.map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([['scale', ['a', 'c']], ['other', ['b']]]);
  });

  it('lists deteriorating indicators, then the furthest behind, then missed assigned targets', () => {
    const alerts = indicatorAlerts([
      row('ok'),
      row('slightly-behind', { schedule: 'behind', scheduleGapPct: -3 }),
      row('far-behind', { schedule: 'behind', scheduleGapPct: -20 }),
      row('falling', { status: 'deterioration', schedule: 'behind', scheduleGapPct: -30 }),
      row('missed', { status: 'not_assessable', schedule: 'not_assessable', assigned: { years: [], met: 0, notMet: 1, latest: { year: 2028, assigned: 2, actual: 1, status: 'not_met' } } }),
    ]);
    expect(alerts.map((a) => [a.kind, a.row.id])).toEqual([
      ['deterioration', 'falling'],
      ['behind', 'far-behind'],
      ['behind', 'slightly-behind'],
      ['assigned_not_met', 'missed'],
    ]);
  });

  it('counts overdue submissions by region, the longest overdue first', () => {
    const item = (regionCode: string, indicatorId: string, dueOn: string, state: 'done' | 'due' | 'overdue'): Calendar['items'][number] => ({
      indicatorId, regionCode, parkId: null, period: '2027', dueOn, state, observationStatus: null,
    });
    expect(
      overdueByRegion([
        item('460100', 'a', '2028-03-31', 'overdue'),
        item('460100', 'b', '2028-03-31', 'overdue'),
        item('460200', 'a', '2028-01-31', 'overdue'),
        item('460300', 'a', '2027-01-31', 'done'),
      ]),
    ).toEqual([
      { regionCode: '460200', count: 1, oldestDue: '2028-01-31', indicatorIds: ['a'] },
      { regionCode: '460100', count: 2, oldestDue: '2028-03-31', indicatorIds: ['a', 'b'] },
    ]);
  });

  it('orders delayed projects by overdue milestones, then investment completion', () => {
    const project = (id: string, delayed: boolean, overdueMilestones: number, completionPct: number | null) =>
      ({ id, delayed, delay: { investmentBehind: false, completionPct, overdueMilestones } }) as ProjectSummary;
    expect(delayedProjects([project('a', true, 0, 40), project('b', false, 3, 10), project('c', true, 1, 90), project('d', true, 0, 20)]).map((p) => p.id)).toEqual([
      'c', 'd', 'a',
    ]);
  });
});

describe('half the time, half the task', () => {
  it('compares completion with time elapsed within the tolerance', () => {
    expect(pace({ completionPct: 54.4, timeElapsedPct: 60 })).toBe('behind');
    expect(pace({ completionPct: 59, timeElapsedPct: 60 })).toBe('even');
    expect(pace({ completionPct: 84.8, timeElapsedPct: 60 })).toBe('ahead');
    expect(pace({ completionPct: null, timeElapsedPct: 60 })).toBe('unknown');
  });
});

describe('the 345X strip and pending values', () => {
  it('puts each cluster under its tier with its evaluation', () => {
    const columns = tierColumns(
      [{ id: 't1000', name: { zh: '千亿级', en: 't1000' } }, { id: 'future', name: { zh: '未来', en: 'future' } }] as never,
      [
        { id: 'de', name: { zh: '数字经济', en: 'Digital' }, tier: 't1000', indicatorId: 'de-revenue', target: null },
        { id: 'h2', name: { zh: '氢能', en: 'Hydrogen' }, tier: 'future', indicatorId: null, target: null },
      ] as unknown as PlanCluster[],
      [row('de-revenue')],
    );
    expect(columns.map((c) => [c.id, c.clusters.map((cl) => [cl.id, cl.row?.id ?? null])])).toEqual([
      ['t1000', [['de', 'de-revenue']]],
      ['future', [['h2', null]]],
    ]);
  });
  it('counts latest values awaiting approval', () => {
    expect(pendingCount([row('a'), row('b', { latest: { year: 2028, value: 1, origin: 'observed', pending: true } }), row('c', { latest: null })])).toBe(1);
  });
});
