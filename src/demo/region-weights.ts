/**
 * How large each region is, overall and for each cluster, read from the plan's own layout
 * rather than from a list of places: a pole's core region is large (the more clusters the
 * pole leads, the larger), the counties it radiates to are medium, and every key project
 * and park in a region adds to it. A cluster concentrates where its pole, projects and
 * parks are (petrochemicals in 儋州/东方/澄迈, commercial aerospace in 文昌, …).
 */
import type { Plan } from '../plan/derive.ts';

export interface RegionWeights {
  /** Region codes in plan order (the province alone when the plan lists no regions). */
  codes: string[];
  /** Overall economic weight of each region (for GDP and other province-wide series). */
  base: number[];
  /** Each cluster's weights over the same regions. */
  byCluster: Map<string, number[]>;
  /** The industry system as a whole: clusters' weights added in proportion to their size. */
  industry: number[];
}

const NOT_NAMED = 0.3;
const CORE = 4;
const PER_POLE_CLUSTER = 1.2;
const RADIATED = 1.5;
const PER_PROJECT = 0.3;
const PER_PARK = 0.7;

export function buildRegionWeights(plan: Plan, clusterSizes: ReadonlyMap<string, number>): RegionWeights {
  const codes = plan.regions.length > 0 ? plan.regions.map((r) => r.code) : [plan.province.code];
  const base = codes.map((code) => baseWeight(plan, code));
  const byCluster = new Map<string, number[]>();
  for (const cluster of plan.clusters) {
    byCluster.set(
      cluster.id,
      codes.map((code, k) => base[k]! * clusterAffinity(plan, cluster.id, code)),
    );
  }
  const industry = codes.map(() => 0);
  for (const [id, weights] of byCluster) {
    const total = weights.reduce((s, w) => s + w, 0);
    const size = clusterSizes.get(id) ?? 0;
    weights.forEach((w, k) => (industry[k]! += (size * w) / total));
  }
  return { codes, base, byCluster, industry: industry.some((w) => w > 0) ? industry : [...base] };
}

function baseWeight(plan: Plan, code: string): number {
  let weight = 1;
  let named = false;
  for (const pole of plan.poles) {
    if (pole.core.includes(code)) {
      weight += CORE + PER_POLE_CLUSTER * pole.clusters.length;
      named = true;
    }
    if (pole.radiates.includes(code)) {
      weight += RADIATED;
      named = true;
    }
  }
  const projects = plan.projects.filter((p) => p.regions.includes(code)).length;
  const parks = plan.parks.filter((p) => parkIn(p, code)).length;
  weight += PER_PROJECT * projects + PER_PARK * parks;
  return named || projects + parks > 0 ? weight : NOT_NAMED;
}

/** How much more of a cluster a region holds than its overall weight suggests (1 = no link). */
function clusterAffinity(plan: Plan, clusterId: string, code: string): number {
  let affinity = 1;
  for (const pole of plan.poles) {
    if (!pole.clusters.includes(clusterId)) continue;
    if (pole.core.includes(code)) affinity += 6;
    if (pole.radiates.includes(code)) affinity += 2;
  }
  affinity += 3 * plan.projects.filter((p) => p.clusterId === clusterId && p.regions.includes(code)).length;
  affinity += 3 * plan.parks.filter((p) => p.clusters.includes(clusterId) && parkIn(p, code)).length;
  return affinity;
}

export function parkIn(park: Plan['parks'][number], code: string): boolean {
  return park.region === code || park.regions.includes(code);
}

/** Weights as shares of 1. */
export function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}
