import { describe, expect, it } from 'vitest';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { chartYears, geometricBridge, indicatorChartOption, statedDiffers, type ChartWords } from './indicator-chart-option.ts';

const words: ChartWords = {
  observed: 'observed', baseline: 'baseline', required: 'required', stated: 'stated', projection: 'projection', interval: 'interval', target: 'target',
  assigned: 'assigned', display: (v) => v, format: (v) => String(v), formatDisplayed: (v) => String(v), axisUnit: '亿元', color: '#389e0d',
};

const row = {
  series: [
    { year: 2025, value: 100, origin: 'observed' },
    { year: 2026, value: 110, origin: 'observed' },
    { year: 2027, value: 120, origin: 'observed', pending: true },
  ],
  baseline: { year: 2025, value: 100, source: 'observed' },
  latest: { year: 2027, value: 120, origin: 'observed', pending: true },
  target: { year: 2030, value: 160, kind: 'at_least', origin: 'plan' },
  path: {
    required: [2025, 2026, 2027, 2028, 2029, 2030].map((year, i) => ({ year, value: 100 * Math.pow(1.6, i / 5) })),
    stated: null,
  },
  projection: { year: 2030, value: 150, low: 140, high: 162, likelyMet: false, shortfall: 10, shortfallPct: 6.25, method: 'log_linear', points: 3 },
} as unknown as EvaluatedIndicator;

describe('the indicator chart', () => {
  it('spans the base year to the target year', () => {
    expect(chartYears(row, 2025, 2030)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('bridges two values at constant growth', () => {
    const bridge = geometricBridge([2026, 2027, 2028, 2029], 2027, 100, 2029, 121);
    expect(bridge[0]).toBeNull();
    expect(bridge[1]).toBe(100);
    expect(bridge[2]).toBeCloseTo(110, 9);
    expect(bridge[3]).toBeCloseTo(121, 9);
  });

  it('draws the stated path only where it departs from the required one', () => {
    expect(statedDiffers(row)).toBe(false);
    const stated = row.path.required!.map((p) => ({ year: p.year, value: p.value * 1.0001 }));
    expect(statedDiffers({ ...row, path: { required: row.path.required, stated } })).toBe(false);
    expect(statedDiffers({ ...row, path: { required: row.path.required, stated: stated.map((p) => ({ ...p, value: p.value * 1.05 })) } })).toBe(true);
  });

  it('has the observations, the interval band from the latest year, the projection and the target', () => {
    const option = indicatorChartOption(row, 2025, 2030, words);
    const series = option.series as { name: string; data: unknown[] }[];
    const byName = (name: string) => series.filter((s) => s.name === name);
    expect(byName('observed')[0]!.data).toEqual([100, 110, { value: 120, itemStyle: { color: '#fa8c16' }, symbol: 'emptyCircle' }, null, null, null]);
    const [low, width] = byName('interval');
    expect(low!.data.slice(0, 2)).toEqual([null, null]);
    expect(low!.data[2]).toBe(120);
    expect(low!.data[5]).toBeCloseTo(140, 9);
    expect(width!.data[2]).toBe(0);
    expect(width!.data[5]).toBeCloseTo(22, 9);
    expect((byName('projection')[0]!.data[5] as number)).toBeCloseTo(150, 9);
    expect(byName('target')[0]!.data).toEqual([null, null, null, null, null, 160]);
    expect(byName('baseline')[0]!.data).toEqual([100, null, null, null, null, null]);
    expect(byName('stated')).toHaveLength(0);
  });
});
