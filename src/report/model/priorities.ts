/**
 * Where the recommendations point, by fixed rules (docs/report.md):
 *
 * - acceleration: every lagging indicator with the growth the remaining years need against
 *   the growth achieved so far, ordered by the difference (the largest step-up first);
 * - priority clusters: clusters whose revenue indicator lags, ordered by the projected
 *   shortfall at the target year (the largest gap first), then by the schedule gap;
 * - priority pole: the pole with the highest share of regional rows behind schedule, with
 *   its focus clusters that are also priority clusters.
 */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import type { Cluster, Pole } from '../../plan/schema.ts';
import { isLagging, laggingIndicators } from './problems.ts';
import type { PoleFact } from './region-facts.ts';
import type { ReportContext } from './report-context.ts';

export interface Acceleration {
  row: IndicatorEvaluation;
  /** Growth a year achieved (%), and needed for the remaining years (%). */
  achievedPct: number | null;
  neededPct: number;
}

export function accelerations(ctx: ReportContext): Acceleration[] {
  return laggingIndicators(ctx.evaluation)
    .filter((row) => row.requiredGrowthPct !== null)
    .map((row) => ({ row, achievedPct: row.cagrActualPct, neededPct: row.requiredGrowthPct! }))
    .sort((a, b) => b.neededPct - (b.achievedPct ?? 0) - (a.neededPct - (a.achievedPct ?? 0)) || a.row.id.localeCompare(b.row.id));
}

export interface PriorityCluster {
  cluster: Cluster;
  row: IndicatorEvaluation;
  /** Projected shortfall at the target year in the indicator's unit, null when none is projected. */
  shortfall: number | null;
}

export function priorityClusters(ctx: ReportContext): PriorityCluster[] {
  const out: PriorityCluster[] = [];
  for (const cluster of ctx.plan.clusters) {
    const row = cluster.indicatorId ? ctx.evaluation.indicators.find((r) => r.id === cluster.indicatorId) : undefined;
    if (row && isLagging(row)) out.push({ cluster, row, shortfall: row.projection?.shortfall ?? null });
  }
  return out.sort(
    (a, b) => (b.shortfall ?? 0) - (a.shortfall ?? 0) || (a.row.scheduleGapPct ?? 0) - (b.row.scheduleGapPct ?? 0) || a.cluster.id.localeCompare(b.cluster.id),
  );
}

export interface PriorityPole {
  pole: Pole;
  behindPct: number;
  clusters: Cluster[];
}

export function priorityPole(poles: readonly PoleFact[], clusters: readonly PriorityCluster[]): PriorityPole | null {
  let best: PoleFact | null = null;
  for (const p of poles) if (p.behindPct !== null && p.behindPct > 0 && (best === null || p.behindPct > best.behindPct!)) best = p;
  if (!best) return null;
  const focus = new Set(best.pole.clusters);
  return { pole: best.pole, behindPct: best.behindPct!, clusters: clusters.filter((c) => focus.has(c.cluster.id)).map((c) => c.cluster) };
}
