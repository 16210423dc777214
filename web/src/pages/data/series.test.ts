import { describe, expect, it } from 'vitest';
import { importContext } from '../../../../src/ingest/import-context.ts';
import { seriesValueRules } from '../../../../src/ingest/kinds/observation-rows.ts';
import { checkValue, defaultSeriesFor } from './series.ts';
import { hainan } from './test-plan.ts';

describe('the series of the entry form', () => {
  it('are the plan’s indicators and statistics with the rules the API checks values by', async () => {
    const { plan, data } = await hainan();
    const server = importContext(plan).series.all;
    expect(data.series.map((s) => s.id)).toEqual(server.map((s) => s.id));
    for (const s of data.series) {
      const twin = server.find((x) => x.id === s.id)!;
      expect({ id: s.id, rules: seriesValueRules(s), measurement: s.measurement, assigned: s.assignedTarget }).toEqual({
        id: s.id,
        rules: seriesValueRules(twin),
        measurement: twin.measurement,
        assigned: twin.assignedTarget,
      });
    }
  });

  it('a region reports amounts and counts measured directly; the province its shares too', async () => {
    const { data } = await hainan();
    const region = defaultSeriesFor(data.series, false).map((s) => s.id);
    const province = defaultSeriesFor(data.series, true).map((s) => s.id);
    expect(region).toContain('hitech-revenue');
    expect(region).toContain('gdp');
    expect(region).not.toContain('hitech-value-added-share'); // a ratio: computed
    expect(region).not.toContain('above-size-hte'); // counted from the enterprise registry
    expect(region).not.toContain('energy-intensity-reduction'); // a percentage: the province's
    expect(province).toContain('energy-intensity-reduction');
    expect(province.length).toBeGreaterThan(region.length);
  });

  it('checks a typed value as an import checks a cell', async () => {
    const { data } = await hainan();
    const revenue = data.seriesById.get('hitech-revenue')!;
    const count = data.seriesById.get('green-factories')!;
    const percent = data.seriesById.get('energy-intensity-reduction')!;
    expect(checkValue('', revenue)).toEqual({ kind: 'empty' });
    expect(checkValue('  ', revenue)).toEqual({ kind: 'empty' });
    expect(checkValue('1,234.5', revenue)).toEqual({ kind: 'ok', value: 1234.5 });
    expect(checkValue('１２３４．５', revenue)).toEqual({ kind: 'ok', value: 1234.5 });
    expect(checkValue('1234亿元', revenue)).toEqual({ kind: 'ok', value: 1234 });
    expect(checkValue('abc', revenue)).toMatchObject({ kind: 'invalid', reason: 'not_a_number', expected: { zh: '不小于0的数字（单位：亿元）' } });
    expect(checkValue('-1', revenue)).toMatchObject({ kind: 'invalid', reason: 'out_of_range' });
    expect(checkValue('2.5', count)).toMatchObject({ kind: 'invalid', reason: 'not_whole' });
    expect(checkValue('12', count)).toEqual({ kind: 'ok', value: 12 });
    expect(checkValue('3.2%', percent)).toEqual({ kind: 'ok', value: 3.2 });
    expect(checkValue('-3.2', percent)).toEqual({ kind: 'ok', value: -3.2 });
    expect(checkValue('1200', percent)).toMatchObject({ kind: 'invalid', reason: 'out_of_range' });
    expect(checkValue('5%', revenue)).toMatchObject({ kind: 'invalid', reason: 'not_a_number' });
  });
});
