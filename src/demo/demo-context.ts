/**
 * Everything the generator derives from (plan, options) once, before producing any row:
 * base-year values, region weights, tier schedules and layout, the rank permutation.
 * Small (independent of the number of enterprises), so every enterprise can be generated
 * from the context and its index alone.
 */
import type { Plan } from '../plan/derive.ts';
import { buildLayout, type TierLayout } from './certification-layout.ts';
import { buildSchedules, type ScheduledKind, type TierSchedule } from './certification-schedule.ts';
import type { DemoOptions } from './demo-options.ts';
import { IndexPermutation } from './permutation.ts';
import { hash32, streamTags } from './random.ts';
import { industryWordsFor, shortPlaceName } from './names.ts';
import { buildRegionWeights, parkIn, type RegionWeights } from './region-weights.ts';
import { dealStories, storyPull, type GrowthStory } from './growth-stories.ts';
import { hasPath, resolveSeriesBaselines, type SeriesBaseline } from './series-baselines.ts';

export interface DemoContext {
  plan: Plan;
  options: DemoOptions;
  /** Years of data: base year to last year. */
  years: number[];
  baselines: Map<string, SeriesBaseline>;
  weights: RegionWeights;
  /** Clusters an enterprise can belong to, with how many enterprises each draws (∝ √size). */
  clusterIds: string[];
  clusterEnterpriseWeights: number[];
  /** Each path indicator's growth story (ahead, behind…). */
  stories: Map<string, GrowthStory>;
  /** Cluster weights for firms first certified after the base year: thriving clusters draw more of them. */
  newcomerClusterWeights: number[];
  schedules: Record<ScheduledKind, TierSchedule>;
  layout: TierLayout;
  ranks: IndexPermutation;
  /** Looked up for every enterprise, so prepared once. */
  parksByRegion: Map<string, Plan['parks']>;
  placeNames: Map<string, string>;
  industryWords: Map<string | null, readonly string[]>;
}

export function buildDemoContext(plan: Plan, options: DemoOptions): DemoContext {
  const baselines = resolveSeriesBaselines(plan, options);
  const clusterSizes = clusterSizesOf(plan, baselines);
  const schedules = buildSchedules(plan, options, plan.targetYear);
  const years: number[] = [];
  for (let year = plan.baseYear; year <= options.lastYear; year++) years.push(year);
  const clusterIds = plan.clusters.map((c) => c.id);
  // Small clusters have many small firms; √size keeps them visible beside the giants.
  const clusterEnterpriseWeights = clusterIds.map((id) => Math.sqrt(clusterSizes.get(id)!));
  const stories = dealStories(plan, options.seed, plan.indicators.filter(hasPath).map((i) => i.id));
  const storyOf = (k: number) => stories.get(plan.clusters[k]!.indicatorId ?? '');
  return {
    plan,
    options,
    years,
    baselines,
    weights: buildRegionWeights(plan, clusterSizes),
    clusterIds,
    clusterEnterpriseWeights,
    stories,
    newcomerClusterWeights: clusterEnterpriseWeights.map((w, k) => w * storyPull[storyOf(k) ?? 'on-track']),
    schedules,
    layout: buildLayout(schedules, options.enterprises, plan.baseYear),
    ranks: new IndexPermutation(options.enterprises, hash32(options.seed, streamTags.permutation)),
    parksByRegion: new Map(plan.regions.map((r) => [r.code, plan.parks.filter((p) => parkIn(p, r.code))])),
    placeNames: new Map([
      [plan.province.code, shortPlaceName(plan.province.name.zh)],
      ...plan.regions.map((r) => [r.code, shortPlaceName(r.name.zh)] as const),
    ]),
    industryWords: new Map([null, ...clusterIds].map((id) => [id, industryWordsFor(plan, id)])),
  };
}

/** Base-year revenue of each cluster; clusters without a revenue indicator count as half the smallest. */
function clusterSizesOf(plan: Plan, baselines: ReadonlyMap<string, SeriesBaseline>): Map<string, number> {
  const known = new Map<string, number>();
  for (const cluster of plan.clusters) {
    const value = cluster.indicatorId ? baselines.get(cluster.indicatorId)?.value : undefined;
    if (value !== undefined && value > 0) known.set(cluster.id, value);
  }
  const fallback = known.size > 0 ? Math.min(...known.values()) / 2 : 1;
  return new Map(plan.clusters.map((c) => [c.id, known.get(c.id) ?? fallback]));
}
