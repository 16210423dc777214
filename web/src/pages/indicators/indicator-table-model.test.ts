import { describe, expect, it } from 'vitest';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { byNumber, bySchedule, byStatus, filterRows, filtersFromParams } from './indicator-table-model.ts';

const row = (id: string, fields: Partial<EvaluatedIndicator>) =>
  ({ id, name: { zh: id, en: id }, category: 'scale', status: 'on_track', schedule: 'on_schedule', completionPct: null, ...fields }) as EvaluatedIndicator;

const rows = [
  row('hitech-revenue', { name: { zh: '高新技术产业营收', en: 'High-tech industry revenue' }, completionPct: 54 }),
  row('green-factories', { name: { zh: '绿色工厂数量', en: 'Green factories' }, category: 'green', status: 'limited', schedule: 'behind', completionPct: 15 }),
  row('energy', { name: { zh: '能耗下降', en: 'Energy' }, category: 'green', status: 'not_assessable', schedule: 'not_assessable' }),
];

describe('the indicator list', () => {
  it('filters by category, status, schedule and a name in either language', () => {
    expect(filterRows(rows, { category: 'green' }).map((r) => r.id)).toEqual(['green-factories', 'energy']);
    expect(filterRows(rows, { status: 'limited' }).map((r) => r.id)).toEqual(['green-factories']);
    expect(filterRows(rows, { schedule: 'on_schedule' }).map((r) => r.id)).toEqual(['hitech-revenue']);
    expect(filterRows(rows, { query: '营收' }).map((r) => r.id)).toEqual(['hitech-revenue']);
    expect(filterRows(rows, { query: ' GREEN ' }).map((r) => r.id)).toEqual(['green-factories']);
    expect(filterRows(rows, {})).toHaveLength(3);
  });

  it('sorts numbers with the missing ones last in both directions', () => {
    const compare = byNumber((r) => r.completionPct);
    const ascending = [...rows].sort((a, b) => compare(a, b, 'ascend')).map((r) => r.id);
    expect(ascending).toEqual(['green-factories', 'hitech-revenue', 'energy']);
    // antd sorts descending by negating the comparator's result.
    const descending = [...rows].sort((a, b) => -compare(a, b, 'descend')).map((r) => r.id);
    expect(descending).toEqual(['hitech-revenue', 'green-factories', 'energy']);
  });

  it('orders statuses from best to worst', () => {
    expect([...rows].sort(byStatus).map((r) => r.status)).toEqual(['on_track', 'limited', 'not_assessable']);
    expect([...rows].sort(bySchedule).map((r) => r.schedule)).toEqual(['on_schedule', 'behind', 'not_assessable']);
  });

  it('reads filters from the address', () => {
    expect(filtersFromParams(new URLSearchParams('status=behind&q=营收&year=2028'))).toEqual({ category: undefined, status: 'behind', schedule: undefined, query: '营收' });
  });
});
