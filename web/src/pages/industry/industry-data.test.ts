import { describe, expect, it } from 'vitest';
import type { IndustryStructure, PlanCluster } from '../../api/types.ts';
import { clusterRows, industryTree, measureValue, shortTierName, sortByPlan, statusesPresent, tierSummaries, type EvaluatedLike } from './industry-data.ts';

const source = { ref: '第三章', quote: '…' };
const segment = (id: string) => ({ id, name: { zh: id, en: id }, position: null, products: [], links: [], source });
const tiers = [
  { id: 't1000', name: { zh: '千亿级产业集群', en: '100-billion-yuan clusters' } },
  { id: 'future', name: { zh: '未来产业集群', en: 'Future-industry clusters' } },
];
const clusters: PlanCluster[] = [
  { id: 'digital', name: { zh: '数字经济', en: 'Digital' }, tier: 't1000', indicatorId: 'digital-revenue', segments: [segment('d1'), segment('d2')], source, target: { value: 4000, unit: '100m-cny', year: 2030, kind: 'at_least' } },
  { id: 'petro', name: { zh: '石化', en: 'Petro' }, tier: 't1000', indicatorId: 'petro-revenue', segments: [segment('p1')], source, target: { value: 2300, unit: '100m-cny', year: 2030, kind: 'at_least' } },
  { id: 'bci', name: { zh: '脑机接口', en: 'BCI' }, tier: 'future', indicatorId: null, goal: { zh: '形成一批应用', en: 'Applications' }, segments: [segment('b1')], source, target: null },
];
const evaluated: EvaluatedLike[] = [
  { id: 'digital-revenue', unit: '100m-cny', baseline: { year: 2025, value: 2500 }, latest: { year: 2027, value: 3000 }, target: { year: 2030, value: 4000 }, completionPct: 33.3, status: 'fair', schedule: 'behind' },
  { id: 'petro-revenue', unit: '100m-cny', baseline: { year: 2025, value: 1700 }, latest: null, target: { year: 2030, value: 2300 }, completionPct: null, status: 'no_data', schedule: 'no_data' },
];
const structure = {
  year: 2027,
  at: '2027-12-31',
  enterprises: 10,
  demoEnterprises: 10,
  withRevenue: 9,
  revenue: 100,
  clusters: [
    { clusterId: 'digital', enterprises: 6, withRevenue: 6, revenue: 60, segments: [{ segmentId: 'd1', enterprises: 3, withRevenue: 3, revenue: 30 }, { segmentId: 'd2', enterprises: 1, withRevenue: 1, revenue: 10 }] },
    { clusterId: 'petro', enterprises: 0, withRevenue: 0, revenue: null, segments: [{ segmentId: 'p1', enterprises: 0, withRevenue: 0, revenue: null }] },
    { clusterId: 'bci', enterprises: 4, withRevenue: 3, revenue: 40, segments: [{ segmentId: 'b1', enterprises: 4, withRevenue: 3, revenue: 40 }] },
  ],
  regions: [],
} satisfies IndustryStructure;
const projects = [{ clusterId: 'digital' }, { clusterId: 'digital' }, { clusterId: 'bci' }, { clusterId: null }];

describe('the industry system as rows', () => {
  const rows = clusterRows(clusters, tiers, evaluated, structure, projects);

  it('gives each cluster its tier, target, latest value, statuses, enterprises and projects', () => {
    expect(rows.map((r) => [r.id, r.tierName.zh, r.target?.value ?? null, r.latest, r.status, r.schedule, r.enterprises, r.projects, r.segments])).toEqual([
      ['digital', '千亿级产业集群', 4000, { year: 2027, value: 3000, baseline: false }, 'fair', 'behind', 6, 2, 2],
      ['petro', '千亿级产业集群', 2300, { year: 2025, value: 1700, baseline: true }, 'no_data', 'no_data', 0, 0, 1],
      ['bci', '未来产业集群', null, null, 'no_indicator', null, 4, 1, 1],
    ]);
    expect(rows[2]!.goal?.zh).toBe('形成一批应用');
  });

  it('leaves enterprises unknown until the registry answers', () => {
    expect(clusterRows(clusters, tiers, evaluated, undefined, projects).map((r) => r.enterprises)).toEqual([null, null, null]);
  });

  it('sizes a cluster by the measure, and not at all without a positive value', () => {
    expect(rows.map((r) => measureValue(r, 'target'))).toEqual([4000, 2300, null]);
    expect(rows.map((r) => measureValue(r, 'latest'))).toEqual([3000, 1700, null]);
    expect(rows.map((r) => measureValue(r, 'enterprises'))).toEqual([6, null, 4]);
  });

  it('lists the statuses present in the legend’s order, and the rows in the plan’s', () => {
    expect(statusesPresent(rows)).toEqual(['fair', 'no_data', 'no_indicator']);
    expect(sortByPlan([...rows].reverse()).map((r) => r.id)).toEqual(['digital', 'petro', 'bci']);
  });

  it('adds up each tier', () => {
    const [t1000, future] = tierSummaries(rows, tiers);
    expect(t1000).toMatchObject({ target: 6300, latest: 4700, unit: '100m-cny', enterprises: 6, projects: 2, behind: 1 });
    expect(future).toMatchObject({ target: null, latest: null, enterprises: 4, projects: 1, behind: 0 });
  });

  it('shortens a tier’s name for the inner ring', () => {
    expect(shortTierName(tiers[0]!.name)).toEqual({ zh: '千亿级', en: '100-billion' });
    expect(shortTierName(tiers[1]!.name)).toEqual({ zh: '未来', en: 'Future-industry' });
  });
});

describe('the industry system as a tree', () => {
  const rows = clusterRows(clusters, tiers, evaluated, structure, projects);

  it('nests tiers, clusters and segments; segments share the cluster’s area by their enterprises', () => {
    const { nodes, omitted } = industryTree(rows, clusters, tiers, structure, 'target');
    expect(omitted.map((r) => r.id)).toEqual(['bci']);
    expect(nodes.map((n) => [n.id, n.value])).toEqual([['tier:t1000', 6300]]);
    const digital = nodes[0]!.children![0]!;
    expect(digital).toMatchObject({ id: 'cluster:digital', value: 4000, status: 'fair', enterprises: 6 });
    expect(digital.children!.map((s) => [s.id, s.value, s.enterprises])).toEqual([
      ['segment:d1', 3000, 3],
      ['segment:d2', 1000, 1],
    ]);
    // Nobody in the registry: the segments share equally.
    expect(nodes[0]!.children![1]!.children!.map((s) => s.value)).toEqual([2300]);
  });

  it('drops a tier whose clusters all lack the measure', () => {
    const { nodes, omitted } = industryTree(rows, clusters, tiers, structure, 'enterprises');
    expect(nodes.map((n) => n.id)).toEqual(['tier:t1000', 'tier:future']);
    expect(omitted.map((r) => r.id)).toEqual(['petro']);
  });
});
