import { describe, expect, it } from 'vitest';
import { byUrgency, columnsOf, completionPct, daysBetween, delayReasons, latestInvestment, milestoneState, stageCounts } from './project-shape.ts';

const progress = (year: number, planned: number | null, completed: number | null) => ({
  year, stage: 'construction' as const, plannedInvestment: planned, completedInvestment: completed, startOn: null, completionOn: null, note: null, isDemo: false, updatedBy: 'x', updatedAt: '',
});

describe('milestones in days', () => {
  it('counts whole days across months and years', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
  });

  it('tells done on time, done late, overdue and open', () => {
    expect(milestoneState({ dueOn: '2026-05-14', doneOn: '2026-05-14' }, '2026-11-29')).toEqual({ state: 'done-on-time', days: 0 });
    expect(milestoneState({ dueOn: '2026-05-14', doneOn: '2026-04-01' }, '2026-11-29')).toEqual({ state: 'done-on-time', days: 0 });
    expect(milestoneState({ dueOn: '2026-05-14', doneOn: '2026-05-24' }, '2026-11-29')).toEqual({ state: 'done-late', days: 10 });
    expect(milestoneState({ dueOn: '2026-11-19', doneOn: null }, '2026-11-29')).toEqual({ state: 'overdue', days: 10 });
    expect(milestoneState({ dueOn: '2026-11-29', doneOn: null }, '2026-11-29')).toEqual({ state: 'open', days: 0 });
  });
});

describe('projects summed up', () => {
  it('gives the delay reasons the API judged', () => {
    const base = { delayed: true, delay: { investmentBehind: true, completionPct: 20, overdueMilestones: 1 }, latest: progress(2028, 1, 0.2), milestones: [] };
    expect(delayReasons(base)).toEqual({ delayed: true, investmentPct: 20, overdueMilestones: 1, noData: false });
    expect(delayReasons({ ...base, delayed: false, delay: { investmentBehind: false, completionPct: 90, overdueMilestones: 0 } }).investmentPct).toBeNull();
    expect(delayReasons({ ...base, latest: null }).noData).toBe(true);
  });

  it('counts every stage, in the plan’s order', () => {
    expect(stageCounts([{ stage: 'operating' }, { stage: 'operating' }, { stage: 'planned' }])).toEqual({ planned: 1, advancing: 0, construction: 0, operating: 2 });
  });

  it('names each column by its clusters, most projects first', () => {
    const columns = columnsOf([
      { column: 13, clusterId: 'hydrogen' }, { column: 1, clusterId: 'digital-economy' }, { column: 13, clusterId: 'bci' }, { column: 13, clusterId: 'bci' }, { column: 12, clusterId: null },
    ]);
    expect(columns).toEqual([
      { column: 1, clusterIds: ['digital-economy'], projects: 1 },
      { column: 12, clusterIds: [], projects: 1 },
      { column: 13, clusterIds: ['bci', 'hydrogen'], projects: 3 },
    ]);
  });

  it('sums the investment of the most recent year only, of projects reporting both figures', () => {
    const total = latestInvestment([{ latest: progress(2028, 1.5, 0.5) }, { latest: progress(2028, 2, null) }, { latest: progress(2027, 9, 9) }, { latest: null }, { latest: progress(2028, 0.1, 0.2) }]);
    expect(total).toEqual({ year: 2028, planned: 1.6, completed: 0.7, projects: 2 });
    expect(latestInvestment([{ latest: null }])).toBeNull();
  });

  it('puts completion in %, none without a positive plan', () => {
    expect(completionPct(0.9, 0.18)).toBe(20);
    expect(completionPct(0, 1)).toBeNull();
    expect(completionPct(null, 1)).toBeNull();
  });

  it('lists delayed projects first, the most overdue first, otherwise keeping the order', () => {
    const p = (id: string, delayed: boolean, overdue: number) => ({ id, delayed, delay: { investmentBehind: false, completionPct: null, overdueMilestones: overdue } });
    expect(byUrgency([p('a', false, 0), p('b', true, 1), p('c', true, 2), p('d', false, 0)]).map((x) => x.id)).toEqual(['c', 'b', 'a', 'd']);
  });
});
