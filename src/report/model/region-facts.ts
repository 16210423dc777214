/**
 * Places from the evaluation's regional rows: each region's row of the industry system's
 * total indicator (e.g. high-tech revenue), each pole's share of it, and which regions lag.
 * Rules (docs/report.md): a region lags when its own row of the total indicator is behind
 * schedule against its implied target; a pole's standing is the share of its regional rows
 * (core and radiated regions, every indicator) that are behind schedule.
 */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import type { StatusCounts } from '../../evaluation/roll-up.ts';
import type { Plan } from '../../plan/derive.ts';
import type { Pole, Region } from '../../plan/schema.ts';
import type { ReportContext } from './report-context.ts';

export interface RegionFact {
  region: Region;
  /** Index of the pole whose core or radiation the region belongs to (first match), or null. */
  pole: number | null;
  total: IndicatorEvaluation | null;
  counts: StatusCounts | null;
}

export interface PoleFact {
  pole: Pole;
  regions: string[];
  /** Sum of the regions' latest values of the total indicator (same year as the province's), or null. */
  totalSum: number | null;
  /** totalSum ÷ the province's latest value, %. */
  sharePct: number | null;
  counts: StatusCounts;
  /** Behind-schedule share of the pole's assessed regional rows, %. */
  behindPct: number | null;
}

export interface RegionFacts {
  totalIndicatorId: string | null;
  regions: RegionFact[];
  poles: PoleFact[];
  lagging: RegionFact[];
}

/** The indicator the places are compared by: the industry system's total, else the first additive indicator observed by region. */
export function totalIndicatorId(plan: Plan, regional: readonly IndicatorEvaluation[]): string | null {
  const stated = plan.industrySystem?.totalIndicatorId ?? null;
  if (stated && regional.some((row) => row.id === stated)) return stated;
  const additive = new Set(plan.units.filter((u) => u.additive).map((u) => u.id));
  return plan.indicators.find((i) => additive.has(i.unit) && regional.some((row) => row.id === i.id))?.id ?? null;
}

export function regionFacts(ctx: ReportContext): RegionFacts {
  const { plan, evaluation } = ctx;
  const totalId = totalIndicatorId(plan, evaluation.regional);
  const poleOf = (code: string): number | null => {
    const k = plan.poles.findIndex((p) => p.core.includes(code));
    if (k >= 0) return k;
    const r = plan.poles.findIndex((p) => p.radiates.includes(code));
    return r >= 0 ? r : null;
  };
  const regions: RegionFact[] = plan.regions.map((region) => ({
    region,
    pole: poleOf(region.code),
    total: evaluation.regional.find((row) => row.id === totalId && row.region === region.code) ?? null,
    counts: evaluation.summary.byRegion.find((r) => r.code === region.code) ?? null,
  }));
  const province = totalId ? evaluation.indicators.find((row) => row.id === totalId) : undefined;
  const provinceLatest = province?.latest ?? null;
  const poles: PoleFact[] = plan.poles.map((pole) => {
    const codes = [...pole.core, ...pole.radiates];
    const counts = evaluation.summary.byPole.find((p) => p.id === pole.id)!;
    const rows = regions.filter((r) => codes.includes(r.region.code)).map((r) => r.total);
    const sameYear = provinceLatest !== null && rows.length > 0 && rows.every((row) => row?.latest?.year === provinceLatest.year);
    const totalSum = sameYear ? round2(rows.reduce((sum, row) => sum + row!.latest!.value, 0)) : null;
    const assessed = counts.bySchedule.achieved + counts.bySchedule.ahead + counts.bySchedule.on_schedule + counts.bySchedule.behind;
    return {
      pole,
      regions: codes,
      totalSum,
      sharePct: totalSum !== null && provinceLatest && provinceLatest.value !== 0 ? round2((totalSum / provinceLatest.value) * 100) : null,
      counts,
      behindPct: assessed > 0 ? round2((counts.bySchedule.behind / assessed) * 100) : null,
    };
  });
  return {
    totalIndicatorId: totalId,
    regions,
    poles,
    lagging: regions.filter((r) => r.total?.schedule === 'behind'),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
