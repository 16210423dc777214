import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { Observation } from '../../api/types.ts';
import type { CalendarItem } from './calendar-groups.ts';
import { entryRows, rowKey, valuesOfPlace } from './entry-rows.ts';
import { fieldErrorsOf, missingRequired, notesWithoutValue, plannedWrites } from './entry-save.ts';
import { hainan } from './test-plan.ts';

function stored(indicatorId: string, value: number, status: Observation['status'], fields: Partial<Observation> = {}): Observation {
  return { id: value, indicatorId, regionCode: '460100', parkId: null, period: '2029', kind: 'actual', value, status, editable: status === 'draft' || status === 'returned', note: null, ...fields } as Observation;
}

function due(indicatorId: string): CalendarItem {
  return { indicatorId, regionCode: '460100', parkId: null, period: '2029', dueOn: '2030-03-31', state: 'due', observationStatus: null };
}

describe('the rows of the entry form', () => {
  it('are the calendar’s series when it lists some, plus any series already holding a value', async () => {
    const { data } = await hainan();
    const rows = entryRows({
      series: data.series,
      calendar: [due('hitech-revenue'), due('gdp')],
      existing: [stored('green-factories', 12, 'approved')],
      previous: [stored('hitech-revenue', 2635.11, 'approved', { period: '2028' })],
      province: false,
      showAll: false,
      canWrite: true,
    });
    expect(rows.map((r) => r.key)).toEqual(['hitech-revenue~actual', 'green-factories~actual', 'gdp~actual']);
    expect(rows[0]).toMatchObject({ editable: true, existing: null, previous: { value: 2635.11 }, calendar: { indicatorId: 'hitech-revenue' } });
    // An approved value is locked.
    expect(rows[1]).toMatchObject({ editable: false, calendar: null });
  });

  it('fall back to what such a place reports, list every series on request, and are read-only for readers', async () => {
    const { data } = await hainan();
    const base = { series: data.series, calendar: [], existing: [], previous: [], province: false, canWrite: true };
    const region = entryRows({ ...base, showAll: false });
    expect(region.some((r) => r.series.id === 'hitech-value-added-share')).toBe(false);
    const all = entryRows({ ...base, showAll: true });
    // Assigned targets take a second row for the yearly assigned value.
    expect(all.filter((r) => r.series.id === 'energy-intensity-reduction').map((r) => r.kind)).toEqual(['actual', 'target']);
    expect(all.length).toBe(data.series.length + data.series.filter((s) => s.assignedTarget).length);
    expect(entryRows({ ...base, showAll: false, canWrite: false }).every((r) => !r.editable)).toBe(true);
  });

  it('keep a region’s values apart from its parks’', () => {
    const list = [stored('gdp', 1, 'draft'), stored('gdp', 2, 'draft', { parkId: 'hainan-hong-kong-cooperation-zone' })];
    expect(valuesOfPlace(list, null).map((o) => o.value)).toEqual([1]);
    expect(valuesOfPlace(list, 'hainan-hong-kong-cooperation-zone').map((o) => o.value)).toEqual([2]);
  });
});

describe('saving the entry form', () => {
  it('creates what is new, changes what differs, leaves the rest', async () => {
    const { data } = await hainan();
    const rows = entryRows({
      series: data.series,
      calendar: [due('hitech-revenue'), due('gdp'), due('green-factories'), due('digital-economy-revenue')],
      existing: [stored('gdp', 2000, 'draft'), stored('green-factories', 12, 'returned', { note: 'old' }), stored('digital-economy-revenue', 5, 'submitted')],
      previous: [],
      province: false,
      showAll: false,
      canWrite: true,
    });
    const writes = plannedWrites(rows, {
      [rowKey('hitech-revenue', 'actual')]: { value: '2,900', note: ' why ' },
      [rowKey('gdp', 'actual')]: { value: '2000', note: '' },
      [rowKey('green-factories', 'actual')]: { value: '13', note: 'old' },
      [rowKey('digital-economy-revenue', 'actual')]: { value: '6' },
    });
    expect(writes.map((w) => (w.op === 'create' ? [w.op, w.row.series.id, w.value, w.note] : [w.op, w.row.series.id, w.id, w.change]))).toEqual([
      ['create', 'hitech-revenue', 2900, 'why'],
      ['update', 'green-factories', 12, { value: 13 }],
    ]);
  });

  it('asks for the calendar’s values before submitting, and for a value beside a note', async () => {
    const { data } = await hainan();
    const rows = entryRows({ series: data.series, calendar: [due('hitech-revenue'), due('gdp')], existing: [], previous: [], province: false, showAll: false, canWrite: true });
    const typed = { [rowKey('hitech-revenue', 'actual')]: { value: '1' }, [rowKey('gdp', 'actual')]: { value: '', note: 'later' } };
    expect(missingRequired(rows, typed).map((r) => r.series.id)).toEqual(['gdp']);
    expect(notesWithoutValue(rows, typed).map((r) => r.series.id)).toEqual(['gdp']);
  });

  it('places the API’s refusal under the field it names, in the reader’s language', () => {
    const zh = (t: { zh: string }) => t.zh;
    const refused = new ApiError(400, 'validation_failed', { zh: '数据与规划不符', en: 'The value does not fit the plan' }, [
      { field: 'value', value: 2.5, expected: { zh: '不小于0的整数（单位：个）', en: 'a whole number ≥ 0 (count)' } },
      { field: 'note', message: { zh: '备注太长', en: 'note too long' } },
    ]);
    expect(fieldErrorsOf(refused, zh)).toEqual([
      { field: 'value', message: '数据与规划不符：应为不小于0的整数（单位：个）' },
      { field: 'note', message: '备注太长' },
    ]);
    const forbidden = new ApiError(403, 'forbidden_region', { zh: '无权操作地区 460200 的数据', en: 'You may not act on the data of region 460200' }, [{ field: 'regionCode', value: '460200' }]);
    expect(fieldErrorsOf(forbidden, (t) => t.en)).toEqual([{ field: 'value', message: 'You may not act on the data of region 460200' }]);
  });
});
