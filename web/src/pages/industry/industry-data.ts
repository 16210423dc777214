/**
 * The industry system as rows and as a tree: each cluster with its tier, 2030 target, latest
 * revenue and status (from the evaluation of the cluster's indicator), its enterprises (the
 * registry) and key projects (the plan) — and tiers → clusters → segments sized by a measure
 * for the sunburst and the treemap. Pure functions: the pages fetch, these shape.
 */
import { latestObserved } from '../../api/evaluation-reading.ts';
import type { Text } from '../../api/text.ts';
import type { IndustryStructure, PlanCluster } from '../../api/types.ts';
import type { ProgressStatus, ScheduleStatus } from '../../../../src/evaluation/statuses.ts';

/** What sizes the chart: the plan's 2030 target, the latest evaluated revenue, or the registry's enterprise count. */
export const MEASURES = ['target', 'latest', 'enterprises'] as const;
export type Measure = (typeof MEASURES)[number];

/** A cluster's status: the evaluation's, or `no_indicator` for clusters the plan gives only a qualitative goal. */
export type ClusterStatus = ProgressStatus | 'no_indicator';

/** The parts of an evaluated indicator these pages read. */
export interface EvaluatedLike {
  id: string;
  unit: string;
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number; pending?: boolean } | null;
  target: { year: number; value: number | null };
  completionPct: number | null;
  status: ProgressStatus;
  schedule: ScheduleStatus;
}

export interface TierLike {
  id: string;
  name: Text;
}

export interface ClusterRow {
  id: string;
  name: Text;
  tierId: string;
  tierName: Text;
  /** Position of the tier in the plan (千亿级 first), for sorting. */
  tierOrder: number;
  /** Position of the cluster in the plan. */
  order: number;
  indicatorId: string | null;
  unit: string | null;
  target: { value: number; year: number } | null;
  goal: Text | null;
  /** The latest evaluated value; the baseline when the year evaluated is the base year. */
  latest: { year: number; value: number; baseline: boolean } | null;
  completionPct: number | null;
  status: ClusterStatus;
  schedule: ScheduleStatus | null;
  /** Null until the registry's tallies are known. */
  enterprises: number | null;
  projects: number;
  segments: number;
}

export function clusterRows(
  clusters: readonly PlanCluster[],
  tiers: readonly TierLike[],
  evaluated: readonly EvaluatedLike[],
  structure: IndustryStructure | undefined,
  projects: readonly { clusterId: string | null }[],
): ClusterRow[] {
  const byIndicator = new Map(evaluated.map((e) => [e.id, e]));
  const tally = new Map(structure?.clusters.map((c) => [c.clusterId, c]) ?? []);
  return clusters.map((c, order) => {
    const tierOrder = tiers.findIndex((t) => t.id === c.tier);
    const e = c.indicatorId ? byIndicator.get(c.indicatorId) : undefined;
    return {
      id: c.id,
      name: c.name,
      tierId: c.tier,
      tierName: tiers[tierOrder]?.name ?? { zh: c.tier, en: c.tier },
      tierOrder: tierOrder < 0 ? tiers.length : tierOrder,
      order,
      indicatorId: c.indicatorId,
      unit: c.target?.unit ?? e?.unit ?? null,
      target: c.target ? { value: c.target.value, year: c.target.year } : null,
      goal: c.goal ?? null,
      latest: e ? latestObserved(e) : null,
      completionPct: e?.completionPct ?? null,
      status: c.indicatorId === null ? 'no_indicator' : (e?.status ?? 'no_data'),
      schedule: e?.schedule ?? null,
      enterprises: structure ? (tally.get(c.id)?.enterprises ?? 0) : null,
      projects: projects.filter((p) => p.clusterId === c.id).length,
      segments: c.segments.length,
    };
  });
}

/** The cluster's size under a measure; null when it has none (no target, no value, nobody in the registry). */
export function measureValue(row: ClusterRow, measure: Measure): number | null {
  const value = measure === 'target' ? (row.target?.value ?? null) : measure === 'latest' ? (row.latest?.value ?? null) : row.enterprises;
  return value !== null && value > 0 ? value : null;
}

export interface TreeNode {
  /** `tier:t1000`, `cluster:digital-economy`, `segment:de-electronics`. */
  id: string;
  kind: 'tier' | 'cluster' | 'segment';
  name: Text;
  value: number;
  /** The cluster's status (segments carry their cluster's). */
  status: ClusterStatus | null;
  clusterId: string | null;
  /** Enterprises in the registry (clusters and segments), when known. */
  enterprises: number | null;
  children?: TreeNode[];
}

export interface IndustryTree {
  nodes: TreeNode[];
  /** Clusters left out of the chart because the measure gives them no size, with the reason. */
  omitted: ClusterRow[];
}

/**
 * Tiers → clusters → segments. A cluster is as large as its measure; its segments share that
 * area in proportion to the enterprises the registry holds in each (equally when it holds
 * none), since the plan sets no segment targets — the chart says so beside it.
 */
export function industryTree(rows: readonly ClusterRow[], clusters: readonly PlanCluster[], tiers: readonly TierLike[], structure: IndustryStructure | undefined, measure: Measure): IndustryTree {
  const segmentCounts = new Map(structure?.clusters.flatMap((c) => c.segments.map((s) => [s.segmentId, s.enterprises] as const)) ?? []);
  const omitted: ClusterRow[] = [];
  const nodes: TreeNode[] = [];
  for (const tier of tiers) {
    const children: TreeNode[] = [];
    for (const row of rows.filter((r) => r.tierId === tier.id)) {
      const value = measureValue(row, measure);
      if (value === null) {
        omitted.push(row);
        continue;
      }
      const cluster = clusters.find((c) => c.id === row.id);
      const segments = cluster?.segments ?? [];
      const counts = segments.map((s) => segmentCounts.get(s.id) ?? 0);
      const sum = counts.reduce((a, b) => a + b, 0);
      children.push({
        id: `cluster:${row.id}`,
        kind: 'cluster',
        name: row.name,
        value,
        status: row.status,
        clusterId: row.id,
        enterprises: row.enterprises,
        children: segments.map((s, i) => ({
          id: `segment:${s.id}`,
          kind: 'segment',
          name: s.name,
          value: sum > 0 ? (value * counts[i]!) / sum : value / segments.length,
          status: row.status,
          clusterId: row.id,
          enterprises: structure ? counts[i]! : null,
        })),
      });
    }
    if (children.length === 0) continue;
    nodes.push({
      id: `tier:${tier.id}`,
      kind: 'tier',
      name: tier.name,
      value: children.reduce((a, c) => a + c.value, 0),
      status: null,
      clusterId: null,
      enterprises: null,
      children,
    });
  }
  return { nodes, omitted };
}

/** The statuses present among the rows, in the order of the legend (best first, then the rest). */
export const STATUS_ORDER: readonly ClusterStatus[] = ['achieved', 'on_track', 'fair', 'limited', 'deterioration', 'no_data', 'no_baseline', 'not_assessable', 'no_indicator'];

export function statusesPresent(rows: readonly ClusterRow[]): ClusterStatus[] {
  const present = new Set(rows.map((r) => r.status));
  return STATUS_ORDER.filter((s) => present.has(s));
}

/** Rows in the plan's order: by tier, then as the plan lists them. */
export function sortByPlan(rows: readonly ClusterRow[]): ClusterRow[] {
  return [...rows].sort((a, b) => a.tierOrder - b.tierOrder || a.order - b.order);
}

export interface TierSummary {
  tier: TierLike;
  clusters: ClusterRow[];
  /** Sum of the clusters' targets and of their latest values (those that have one; one unit only). */
  target: number | null;
  latest: number | null;
  unit: string | null;
  enterprises: number | null;
  projects: number;
  behind: number;
}

/** Per tier, what its clusters add up to: the plan's targets, the latest values, enterprises (counted per cluster), projects. */
export function tierSummaries(rows: readonly ClusterRow[], tiers: readonly TierLike[]): TierSummary[] {
  return tiers
    .map((tier) => {
      const clusters = rows.filter((r) => r.tierId === tier.id);
      const units = new Set(clusters.map((c) => c.unit).filter((u): u is string => u !== null));
      const oneUnit = units.size <= 1;
      const sum = (pick: (r: ClusterRow) => number | null | undefined) => {
        const values = clusters.map(pick).filter((v): v is number => v !== null && v !== undefined);
        return oneUnit && values.length > 0 ? values.reduce((a, b) => a + b, 0) : null;
      };
      return {
        tier,
        clusters,
        target: sum((r) => r.target?.value),
        latest: sum((r) => r.latest?.value),
        unit: oneUnit ? ([...units][0] ?? null) : null,
        enterprises: clusters.some((c) => c.enterprises === null) ? null : clusters.reduce((a, c) => a + (c.enterprises ?? 0), 0),
        projects: clusters.reduce((a, c) => a + c.projects, 0),
        behind: clusters.filter((c) => c.schedule === 'behind').length,
      };
    })
    .filter((s) => s.clusters.length > 0);
}

/** A tier's name for a chart's inner ring, where space is short: 千亿级产业集群 → 千亿级, 100-billion-yuan clusters → 100-billion (the tooltip gives the full name). */
export function shortTierName(name: Text): Text {
  return { zh: name.zh.replace(/产业集群$/, ''), en: name.en.replace(/(-yuan)? clusters$/i, '') };
}
