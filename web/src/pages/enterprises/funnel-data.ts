/**
 * The tier pipeline (GET /api/cultivation/pipeline) shaped for the funnel tab: the ladder
 * (科技型 → 创新型 → 专精特新 → 小巨人 → 单项冠军; 高新技术企业 stands alongside it), a row per
 * tier, a tier broken down by region or cluster, and the plan's targets with shares. Pure.
 */
import type { Text } from '../../api/text.ts';
import type { PipelineJson } from '../../api/types.ts';

type Tier = PipelineJson['tiers'][number];
export type Counts = Tier['total'];
export type Breakdown = 'region' | 'cluster';

/** The ladder of SME tiers, lowest first. The high-tech enterprise tier is not a rung of it. */
export const LADDER = ['tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant', 'single-champion'] as const;

export function ladderTiers(pipeline: Pick<PipelineJson, 'tiers'>): Tier[] {
  return LADDER.flatMap((id) => pipeline.tiers.filter((t) => t.tier === id));
}

/** Those that could hold the tier soon: certified plus candidates. */
export const reach = (c: Counts) => c.certified + c.candidates;

export interface BreakdownRow {
  key: string;
  name: Text | null;
  counts: Counts;
}

/** One tier by region or cluster, the largest first; areas where nothing is counted are left out. */
export function breakdownRows(tier: Tier, by: Breakdown): BreakdownRow[] {
  const rows: BreakdownRow[] =
    by === 'region'
      ? tier.byRegion.map((r) => ({ key: r.regionCode, name: r.name, counts: r.counts }))
      : tier.byCluster.map((c) => ({ key: c.clusterId ?? '', name: c.name, counts: c.counts }));
  const size = (c: Counts) => c.certified + c.candidates + c.nearMisses + c.incomplete;
  return rows.filter((r) => size(r.counts) > 0).sort((a, b) => reach(b.counts) - reach(a.counts) || size(b.counts) - size(a.counts));
}

export interface TargetRow {
  indicatorId: string;
  name: Text;
  tier: string;
  current: number;
  candidates: number;
  target: number | null;
  targetYear: number;
  /** Shares of the target, in % (not capped): counted now, and with the candidates. */
  currentPct: number | null;
  withCandidatesPct: number | null;
  gapAfterCandidates: number | null;
  neededPerYear: number | null;
  aboveSizeOnly: boolean;
}

const pct = (part: number, whole: number | null) => (whole === null || whole <= 0 ? null : Math.round((part / whole) * 1000) / 10);

export function targetRows(pipeline: Pick<PipelineJson, 'targets'>): TargetRow[] {
  return pipeline.targets.map((t) => ({
    indicatorId: t.indicatorId,
    name: t.name,
    tier: t.spec.certification,
    current: t.current,
    candidates: t.candidates,
    target: t.target,
    targetYear: t.targetYear,
    currentPct: pct(t.current, t.target),
    withCandidatesPct: pct(t.withCandidates, t.target),
    gapAfterCandidates: t.gapAfterCandidates,
    neededPerYear: t.neededPerYear,
    aboveSizeOnly: t.spec.aboveSizeOnly,
  }));
}
