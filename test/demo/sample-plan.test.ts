/** Nothing in the generator is Hainan's: the made-up city plan gets complete, consistent demo data too. */
import { describe, expect, it } from 'vitest';
import { isCreditCode } from '../../src/records/credit-code.ts';
import { collect, demoOf, fen, samplePlan } from './demo-fixtures.ts';

describe('demo data for the sample city plan', () => {
  const demo = demoOf(samplePlan, { enterprises: 600 });
  const enterprises = collect(demo);

  it('writes every non-ratio indicator and every statistic, the regions adding up', () => {
    const province = samplePlan.province.code;
    for (const indicator of samplePlan.indicators) {
      const rows = demo.observations.filter((o) => o.seriesId === indicator.id);
      if (indicator.measurement.kind === 'ratio') expect(rows).toHaveLength(0);
      else expect(rows.filter((o) => o.regionCode === province).map((o) => o.period)).toEqual(['2025', '2026', '2027', '2028']);
    }
    const additive = new Set(samplePlan.units.filter((u) => u.additive).map((u) => u.id));
    for (const id of [...samplePlan.indicators, ...samplePlan.statistics].filter((s) => additive.has(s.unit)).map((s) => s.id)) {
      for (const period of ['2025', '2028']) {
        const total = demo.observations.find((o) => o.seriesId === id && o.regionCode === province && o.period === period)!.value;
        const parts = demo.observations.filter((o) => o.seriesId === id && o.regionCode !== province && o.period === period);
        expect(parts).toHaveLength(samplePlan.regions.length);
        expect(parts.reduce((s, o) => s + fen(o.value), 0)).toBe(fen(total));
      }
    }
    const intensity = demo.observations.find((o) => o.seriesId === 'energy-intensity' && o.period === '2025')!;
    expect(intensity.value).toBe(0.62);
  });

  it('places enterprises in the plan’s own regions, clusters and parks, with valid codes', () => {
    const regions = new Set(samplePlan.regions.map((r) => r.code));
    const clusters = new Set(samplePlan.clusters.map((c) => c.id));
    for (const { enterprise } of enterprises) {
      expect(regions.has(enterprise.regionCode)).toBe(true);
      expect(isCreditCode(enterprise.creditCode)).toBe(true);
      for (const c of enterprise.clusters) expect(clusters.has(c)).toBe(true);
      expect(enterprise.name).not.toMatch(/海南|海口|三亚/);
    }
    expect(enterprises.some((e) => e.enterprise.name.startsWith('星河'))).toBe(true);
    expect(enterprises.some((e) => e.enterprise.parkId === 'xinghe-hi-tech-zone')).toBe(true);
  });

  it('scales the certification counts to the registry size', () => {
    expect(demo.summary.certifications.hte.validAtYearEnd[0]).toBe(Math.round((1552 * 600) / 3000));
  });

  it('gives every project progress and milestones, and a calendar', () => {
    for (const project of samplePlan.projects) {
      expect(demo.projects.filter((p) => p.projectId === project.id)).toHaveLength(3);
      expect(demo.milestones.filter((m) => m.projectId === project.id).length).toBeGreaterThanOrEqual(2);
    }
    expect(demo.calendar.length).toBeGreaterThan(0);
  });
});
