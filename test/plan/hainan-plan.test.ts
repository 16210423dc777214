import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/derive.ts';
import { hasErrors } from '../../src/plan/plan-issue.ts';
import { collectSources } from '../../src/plan/quotes.ts';
import { analysePlanFolder } from '../../src/plan/read-plan-folder.ts';
import { hainanPlanDir, hainanPlanText } from '../support/paths.ts';
import { readTable21 } from './table-2-1.ts';

let plan: Plan;
let text: string;

beforeAll(async () => {
  text = hainanPlanText();
  const analysis = await analysePlanFolder(hainanPlanDir, { text });
  const errors = analysis.issues.filter((i) => i.severity === 'error');
  expect(errors).toEqual([]);
  plan = analysis.plan!;
});

describe('the Hainan plan', () => {
  it('has no errors and no warnings when checked against its text', async () => {
    const analysis = await analysePlanFolder(hainanPlanDir, { text });
    expect(hasErrors(analysis.issues)).toBe(false);
    expect(analysis.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it('matches 表2-1 value for value, row by row', () => {
    const rows = readTable21(text);
    expect(rows).toHaveLength(23);
    const categoryName = new Map(plan.categories.map((c) => [c.id, c.name.zh]));
    const unitSymbol = new Map(plan.units.map((u) => [u.id, u.symbol]));
    const tabled = plan.indicators.filter((i) => i.table !== null).sort((a, b) => a.table!.row - b.table!.row);
    expect(tabled.map((i) => i.table!.row)).toEqual(rows.map((_, n) => n + 1));
    rows.forEach((row, n) => {
      const indicator = tabled[n]!;
      expect(indicator.name.zh, `row ${n + 1}`).toBe(row.name);
      expect(categoryName.get(indicator.category), `row ${n + 1} category`).toBe(row.category);
      expect(unitSymbol.get(indicator.unit), `row ${n + 1} unit`).toBe(row.unit);
      if (row.target === '完成下达目标') {
        expect(indicator.target).toMatchObject({ kind: 'assigned', value: null });
      } else {
        const [, number, suffix] = /^([\d.]+)(以上)?$/.exec(row.target) ?? [];
        expect(number, `row ${n + 1} target cell ${row.target}`).toBeDefined();
        expect(indicator.target.value, `row ${n + 1} target`).toBe(Number(number));
        if (suffix) expect(indicator.target.kind).toBe('at_least');
      }
      if (row.growth === '—') {
        expect(indicator.annualGrowthPct, `row ${n + 1} growth`).toBeNull();
      } else {
        const [, number, suffix] = /^([\d.]+)(以上)?$/.exec(row.growth) ?? [];
        expect(indicator.annualGrowthPct, `row ${n + 1} growth`).toBe(Number(number));
        expect(indicator.annualGrowthKind === 'at_least', `row ${n + 1} growth kind`).toBe(suffix === '以上');
      }
    });
  });

  it('carries the targets that stand only in the text', () => {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    expect(byId.get('digital-core-value-added-share')?.target.value).toBe(9);
    expect(byId.get('biomanufacturing-revenue')?.target.value).toBe(150);
    expect(byId.get('enterprise-led-applied-research-share')?.target).toMatchObject({ value: 50, kind: 'approximately' });
    for (const id of ['digital-core-value-added-share', 'biomanufacturing-revenue', 'enterprise-led-applied-research-share']) {
      expect(byId.get(id)?.table).toBeNull();
    }
  });

  it('states baselines only for the same measure, and derives the others from growth', () => {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    expect(byId.get('srdi-sme-cumulative')?.baseline).toMatchObject({ year: 2025, value: 600, derived: false });
    expect(byId.get('little-giant-cumulative')?.baseline).toMatchObject({ value: 17, derived: false });
    expect(byId.get('green-factories')?.baseline).toMatchObject({ value: 58, derived: false });
    // 1552 counts every high-tech enterprise, not the above-size ones the 600 target counts.
    expect(byId.get('above-size-hte')?.baseline).toBeNull();
    const revenue = byId.get('hitech-revenue')!;
    expect(revenue.baseline).toMatchObject({ year: 2025, derived: true });
    expect(revenue.baseline!.value).toBeCloseTo(10000 / 1.1 ** 5, 1);
    expect(byId.get('digital-economy-revenue')!.baseline!.value).toBeCloseTo(4000 / 1.089 ** 5, 1);
    expect(byId.get('commercial-aerospace-revenue')?.baseline).toBeNull();
    const path = revenue.requiredPath!;
    expect(path[0]).toEqual({ year: 2025, value: revenue.baseline!.value });
    expect(path.at(-1)!.year).toBe(2030);
    expect(path.at(-1)!.value).toBeCloseTo(10000, 0);
  });

  it('measures ratios from declared statistics and counts from certifications', () => {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    expect(byId.get('hitech-value-added-share')?.measurement).toEqual({
      kind: 'ratio', numerator: 'hitech-value-added', denominator: 'gdp', scale: 100,
    });
    expect(byId.get('rd-expenditure-share')?.measurement).toMatchObject({ kind: 'ratio', denominator: 'gdp' });
    expect(byId.get('above-size-hte')?.measurement).toMatchObject({ kind: 'enterprise_count', certification: 'hte', aboveSizeOnly: true });
    expect(byId.get('little-giant-cumulative')?.measurement).toMatchObject({ kind: 'enterprise_count', cumulative: true });
  });

  it('holds the 345X system: 3 + 4 + 5 clusters and X future industries, each tier-consistent', () => {
    const count = (tier: string) => plan.clusters.filter((c) => c.tier === tier).length;
    expect([count('t1000'), count('t500'), count('t100'), count('future')]).toEqual([3, 4, 5, 4]);
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    for (const cluster of plan.clusters.filter((c) => c.tier !== 'future')) {
      const target = byId.get(cluster.indicatorId!)!.target.value!;
      const tier = plan.tiers.find((t) => t.id === cluster.tier)!;
      expect(target).toBeGreaterThanOrEqual(tier.minTarget!);
      if (tier.maxTarget !== null) expect(target).toBeLessThan(tier.maxTarget);
    }
    const digital = plan.clusters.find((c) => c.id === 'digital-economy')!;
    expect(digital.segments.map((s) => s.name.zh)).toEqual(['电子信息制造业', '信息软件和互联网相关服务业', '数据跨境与人工智能融合产业']);
    const petro = plan.clusters.find((c) => c.id === 'petrochem-materials')!;
    expect(petro.segments.find((s) => s.id === 'pm-oil-gas')?.position).toBe('upstream');
    expect(plan.clusters.every((c) => c.segments.length > 0)).toBe(true);
  });

  it('places the 19 county-level units, the three poles and the parks', () => {
    expect(plan.province.code).toBe('460000');
    expect(plan.regions).toHaveLength(19);
    expect(new Set(plan.regions.map((r) => r.code)).size).toBe(19);
    const haikou = plan.regions.find((r) => r.code === '460100')!;
    expect([haikou.name.zh, haikou.lng, haikou.lat]).toEqual(['海口市', 110.3255, 20.044]);
    const poles = new Map(plan.poles.map((p) => [p.id, p]));
    expect([...poles.keys()].sort()).toEqual(['danyang', 'haikou', 'sanya']);
    expect(poles.get('haikou')!.radiates.sort()).toEqual(['469005', '469021', '469022', '469023']);
    expect(poles.get('sanya')!.radiates.sort()).toEqual(['469001', '469027', '469028', '469029']);
    expect(poles.get('danyang')!.radiates.sort()).toEqual(['469007', '469024', '469026']);
    expect(poles.get('danyang')!.coreParks).toContain('yangpu');
    const yangpu = plan.parks.find((p) => p.id === 'yangpu')!;
    expect(yangpu).toMatchObject({ region: '460400', statisticalCode: '460400499' });
    expect(plan.parks.filter((p) => p.kind === 'cooperation').length).toBeGreaterThanOrEqual(5);
  });

  it('lists the key projects of every column 1–13, each with cluster and stage', () => {
    const columns = new Set(plan.projects.map((p) => p.column));
    expect([...columns].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(plan.projects.length).toBeGreaterThanOrEqual(90);
    expect(plan.projects.every((p) => p.clusterId !== null)).toBe(true);
    const stages = new Set(plan.projects.map((p) => p.stage));
    expect(stages).toEqual(new Set(['planned', 'advancing', 'construction', 'operating']));
  });

  it('has the six programmes of 第四章 and the six safeguards of 第五章', () => {
    expect(plan.programmes.filter((p) => p.kind === 'programme')).toHaveLength(6);
    expect(plan.programmes.filter((p) => p.kind === 'safeguard')).toHaveLength(6);
    const column14 = plan.programmes.flatMap((p) => p.tasks).filter((t) => t.column === 14);
    expect(column14).toHaveLength(4);
  });

  it('quotes the plan verbatim everywhere, and names an external source where it does not', () => {
    const sources = collectSources(plan);
    expect(sources.length).toBeGreaterThan(300);
    const missing = sources.filter(({ source }) => source.external === undefined && !text.includes(source.quote));
    expect(missing).toEqual([]);
  });
});
