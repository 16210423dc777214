/** Observations: base-year values from the plan, regions adding up, stories ahead and behind, ratios left to the evaluation. */
import { describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/records/observation.ts';
import { cagr, demoOf, fen, hainan } from './demo-fixtures.ts';

const demo = demoOf(hainan);
const province = hainan.province.code;
const regionCodes = hainan.regions.map((r) => r.code);

function value(series: string, region: string, year: number, kind: ObservationInput['kind'] = 'actual'): number | undefined {
  return demo.observations.find((o) => o.seriesId === series && o.regionCode === region && o.period === String(year) && o.kind === kind)?.value;
}

const additiveUnits = new Set(hainan.units.filter((u) => u.additive).map((u) => u.id));
const additiveSeries = [
  ...hainan.indicators.filter((i) => additiveUnits.has(i.unit) && i.measurement.kind !== 'ratio').map((i) => i.id),
  ...hainan.statistics.filter((s) => additiveUnits.has(s.unit)).map((s) => s.id),
];

describe('observations', () => {
  it('are unique per (series, region, period, kind)', () => {
    const keys = demo.observations.map((o) => `${o.seriesId}|${o.regionCode}|${o.period}|${o.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cover every additive series for the province and all 19 regions, 2025–2028, adding up exactly', () => {
    expect(additiveSeries.length).toBeGreaterThan(20);
    expect(regionCodes).toHaveLength(19);
    for (const id of additiveSeries) {
      for (const year of [2025, 2026, 2027, 2028]) {
        const total = value(id, province, year);
        expect(total, `${id} ${year}`).toBeDefined();
        const parts = regionCodes.map((code) => value(id, code, year));
        expect(parts.every((p) => p !== undefined && p >= 0), `${id} ${year} regions`).toBe(true);
        expect(parts.reduce<number>((s, p) => s + fen(p!), 0), `${id} ${year}`).toBe(fen(total!));
      }
    }
  });

  it('keep two decimals for amounts and whole numbers for counts', () => {
    for (const o of demo.observations) {
      const unit = [...hainan.indicators, ...hainan.statistics].find((s) => s.id === o.seriesId)!.unit;
      if (unit === 'count') expect(Number.isInteger(o.value), o.seriesId).toBe(true);
      else expect(fen(o.value) / 100).toBe(o.value);
    }
  });

  it('start from the plan’s baseline, stated or derived, in the base year', () => {
    let checked = 0;
    for (const indicator of hainan.indicators) {
      if (!indicator.baseline || indicator.measurement.kind === 'ratio') continue;
      expect(value(indicator.id, province, 2025), indicator.id).toBe(indicator.baseline.value);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(value('gdp', province, 2025)).toBe(8108.85);
  });

  it('give plausible values where the plan states none', () => {
    const aerospace = value('commercial-aerospace-revenue', province, 2025)!;
    expect(aerospace).toBeGreaterThan(60);
    expect(aerospace).toBeLessThan(160);
    expect(value('commercial-aerospace-revenue', province, 2028)!).toBeGreaterThan(aerospace * 1.3);
  });

  it('write the parts of each ratio, not the ratio, and the parts make a plausible share', () => {
    const ratios = hainan.indicators.filter((i) => i.measurement.kind === 'ratio');
    expect(ratios.length).toBeGreaterThanOrEqual(3);
    for (const r of ratios) {
      expect(demo.observations.some((o) => o.seriesId === r.id), r.id).toBe(false);
      if (r.measurement.kind !== 'ratio') continue;
      for (const year of [2025, 2028]) {
        const numerator = value(r.measurement.numerator, province, year)!;
        const denominator = value(r.measurement.denominator, province, year)!;
        expect(numerator).toBeLessThan(denominator);
        // A share of the same thing is never above 100 % in any region either.
        for (const code of regionCodes) expect(value(r.measurement.numerator, code, year)!).toBeLessThanOrEqual(value(r.measurement.denominator, code, year)!);
      }
    }
    const share = (100 * value('hitech-value-added', province, 2025)!) / value('gdp', province, 2025)!;
    expect(share).toBeGreaterThanOrEqual(14);
    expect(share).toBeLessThanOrEqual(16);
    const rd = (100 * value('rd-expenditure', province, 2025)!) / value('gdp', province, 2025)!;
    expect(rd).toBeGreaterThanOrEqual(1.4);
    expect(rd).toBeLessThanOrEqual(1.6);
    const gdpGrowth = cagr(value('gdp', province, 2025)!, value('gdp', province, 2028)!, 3);
    expect(gdpGrowth).toBeGreaterThan(0.035);
    expect(gdpGrowth).toBeLessThan(0.065);
  });

  it('put some clusters ahead of their required path, some behind, and one going backwards', () => {
    const ratios = hainan.clusters.flatMap((cluster) => {
      const indicator = hainan.indicators.find((i) => i.id === cluster.indicatorId);
      if (!indicator) return [];
      const base = value(indicator.id, province, 2025)!;
      const required = cagr(base, indicator.target.value!, indicator.targetYear - 2025);
      return [cagr(base, value(indicator.id, province, 2028)!, 3) / required];
    });
    expect(ratios.length).toBeGreaterThanOrEqual(10);
    expect(ratios.filter((r) => r >= 1.1).length).toBeGreaterThanOrEqual(2);
    expect(ratios.filter((r) => r >= 0.95 && r < 1.1).length).toBeGreaterThanOrEqual(2);
    expect(ratios.filter((r) => r < 0.6).length).toBeGreaterThanOrEqual(2);
    expect(ratios.filter((r) => r < -0.1).length).toBeGreaterThanOrEqual(1);
  });

  it('make regions differ: a cluster sits where the plan puts it, and shares drift between years', () => {
    const shareOf = (id: string, code: string, year: number) => value(id, code, year)! / value(id, province, year)!;
    const largest = (id: string) => [...regionCodes].sort((a, b) => value(id, b, 2025)! - value(id, a, 2025)!)[0];
    expect(largest('petrochem-materials-revenue')).toBe('460400'); // 儋州 (with 洋浦)
    expect(largest('commercial-aerospace-revenue')).toBe('469005'); // 文昌
    expect(largest('nanfan-seeds-revenue')).toBe('460200'); // 三亚
    expect(largest('gdp')).toBe('460100'); // 海口
    const petrochemWest = ['460400', '469007', '469023'].reduce((s, code) => s + shareOf('petrochem-materials-revenue', code, 2025), 0);
    expect(petrochemWest).toBeGreaterThan(0.5);
    const drift = regionCodes.map((code) => Math.abs(shareOf('digital-economy-revenue', code, 2028) - shareOf('digital-economy-revenue', code, 2025)));
    expect(Math.max(...drift)).toBeGreaterThan(0.001);
  });

  it('give each assigned target a yearly target and an actual, one year missed', () => {
    const assigned = hainan.indicators.filter((i) => i.target.kind === 'assigned');
    expect(assigned.length).toBeGreaterThanOrEqual(1);
    for (const indicator of assigned) {
      const years = [2026, 2027, 2028];
      const met = years.map((year) => {
        const target = value(indicator.id, province, year, 'target')!;
        const actual = value(indicator.id, province, year)!;
        expect(target).toBeGreaterThanOrEqual(2.5);
        expect(target).toBeLessThanOrEqual(3.5);
        return indicator.direction === 'decrease' ? actual <= target : actual >= target;
      });
      expect(met.filter((m) => !m)).toHaveLength(1);
      expect(demo.observations.filter((o) => o.seriesId === indicator.id && o.regionCode !== province)).toHaveLength(0);
    }
  });
});
