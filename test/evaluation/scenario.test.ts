import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/evaluation/scenario.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readObservationsCsv } from '../../src/ingest/observations-csv.ts';
import { hainanPlanDir, repoRoot, samplePlanDir } from '../support/paths.ts';
import { series } from './sample-observations.ts';

const plan = await loadPlan(samplePlanDir);
// 2026 values: electronics 140, green materials 84 (grew 5 % from 80), the total 240, GDP 1050, R&D 23 (grew 15 % from 20).
const observations = [
  ...series('digital-revenue', { 2025: 210, 2026: 240 }),
  ...series('electronics-revenue', { 2025: 120, 2026: 140 }),
  ...series('green-materials-revenue', { 2025: 80, 2026: 84 }),
  ...series('gdp', { 2025: 1000, 2026: 1050 }),
  ...series('rd-spend', { 2025: 20, 2026: 23 }),
];

describe('scenarios', () => {
  const result = runScenario(plan, observations, 2026, { clusterGrowthPct: { electronics: 20 }, gdpGrowthPct: 6 });

  it('grows each cluster from its latest value: a given rate, else the growth so far', () => {
    expect(result.clusters.map((c) => [c.id, c.start, c.growthPct, c.assumption, c.projected, c.target, c.met])).toEqual([
      ['electronics', { year: 2026, value: 140 }, 20, 'given', 201.6, 200, true],
      ['green-materials', { year: 2026, value: 84 }, 5, 'actual', 92.61, 120, false],
    ]);
    expect(result.clusters[1]!.gapPct).toBeCloseTo(-22.82, 2);
  });

  it('the clusters together, and the total moving with them', () => {
    expect(result.clustersTotal).toEqual({ start: 224, projected: 294.21, target: 320, growthPct: 14.61 });
    // 240 · (294.21 / 224) = 315.23: the total keeps its ratio to the clusters' sum.
    expect(result.total).toMatchObject({ indicatorId: 'digital-revenue', assumption: 'clusters', target: 300, met: true });
    expect(result.total!.projected!).toBeCloseTo(315.22, 1);
  });

  it('GDP on its assumption, and the share of GDP', () => {
    expect(result.gdp).toMatchObject({ id: 'gdp', start: { year: 2026, value: 1050 }, growthPct: 6, projected: 1179.78 });
    // R&D keeps its 15 %: 23 · 1.15² = 30.4175, over 1179.78 → 2.578 %, short of 3 %.
    expect(result.shares).toHaveLength(1);
    expect(result.shares[0]).toMatchObject({ indicatorId: 'rd-intensity', assumption: 'actual', growthPct: 15, target: 3, met: false });
    expect(result.shares[0]!.projected!).toBeCloseTo(2.58, 2);
  });

  it('a share can follow a cluster instead', () => {
    const driven = runScenario(plan, observations, 2026, { clusterGrowthPct: { electronics: 20 }, gdpGrowthPct: 6, shareDrivers: { 'rd-intensity': 'electronics' } });
    expect(driven.shares[0]).toMatchObject({ assumption: 'driver', growthPct: 20 });
    // 23 · 1.2² = 33.12 over 1179.78 → 2.81 %.
    expect(driven.shares[0]!.projected!).toBeCloseTo(2.81, 2);
  });

  it('lists which targets would be met', () => {
    expect(result.targetsMet).toEqual(['electronics-revenue', 'digital-revenue']);
    expect(result.targetsMissed).toEqual(['green-materials-revenue', 'rd-intensity']);
    const faster = runScenario(plan, observations, 2026, { clusterGrowthPct: { electronics: 20, 'green-materials': 20 }, gdpGrowthPct: 2, totalGrowthPct: 1 });
    expect(faster.targetsMet).toEqual(['electronics-revenue', 'green-materials-revenue']);
    expect(faster.total).toMatchObject({ assumption: 'given', growthPct: 1, met: false });
  });

  it('refuses unknown clusters and impossible rates', () => {
    expect(() => runScenario(plan, observations, 2026, { clusterGrowthPct: { steel: 5 }, gdpGrowthPct: 5 })).toThrow(/unknown cluster "steel"/);
    expect(() => runScenario(plan, observations, 2026, { clusterGrowthPct: {}, gdpGrowthPct: -100 })).toThrow(/above −100%/);
  });
});

const hainan = await loadPlan(hainanPlanDir);
const read = readObservationsCsv(readFileSync(join(repoRoot, 'examples/observations/hainan-sample.csv')), hainan);
if (!read.ok) throw new Error('the sample CSV must read');

describe('a Hainan scenario on the sample observations', () => {
  const run = (digitalGrowth: number) =>
    runScenario(hainan, read.observations, 2027, {
      clusterGrowthPct: { 'digital-economy': digitalGrowth },
      gdpGrowthPct: 5,
      shareDrivers: { 'hitech-value-added-share': 'total', 'digital-core-value-added-share': 'digital-economy' },
    });

  it('the digital economy needs 10.1 % a year from 3000 in 2027 to pass 4000', () => {
    const digital = (growth: number) => run(growth).clusters.find((c) => c.id === 'digital-economy')!;
    expect(digital(10)).toMatchObject({ projected: 3993, met: false });
    expect(digital(10.1)).toMatchObject({ projected: 4003.9, met: true });
  });

  it('every cluster with an indicator, the 345X total and both GDP shares', () => {
    const result = run(10.1);
    expect(result.clusters).toHaveLength(13);
    expect(result.clusters.find((c) => c.id === 'low-altitude')).toMatchObject({ start: null, projected: null, assumption: 'none', met: null });
    expect(result.total).toMatchObject({ indicatorId: 'hitech-revenue', assumption: 'clusters', start: { year: 2027, value: 7420 } });
    expect(result.gdp!.projected).toBeCloseTo(8950 * 1.05 ** 3, 1);
    const digitalShare = result.shares.find((s) => s.indicatorId === 'digital-core-value-added-share')!;
    // 625 · 1.101³ / (8950 · 1.05³) × 100 = 8.05 %, short of 9 %.
    expect(digitalShare).toMatchObject({ assumption: 'driver', growthPct: 10.1, met: false });
    expect(digitalShare.projected!).toBeCloseTo(8.05, 2);
    expect(result.shares.find((s) => s.indicatorId === 'rd-expenditure-share')).toMatchObject({ assumption: 'actual' });
  });
});
