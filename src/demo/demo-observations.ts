/**
 * Observations for every series of the plan, base year to last year: the province and,
 * for additive units, every region, the regions adding up exactly to the province (in
 * fen of 亿元 or whole counts). Base-year values are the plan's baselines; later years
 * follow each indicator's growth story with a little noise, and each region drifts a few
 * per cent a year around its weight so that regions differ. Ratio indicators are not
 * written: their numerator and denominator are, so the evaluation computes them. Assigned
 * targets get a yearly target and an actual, one year missed. Enterprise counts come
 * from the tally of the enterprise stream.
 */
import type { Plan, ResolvedIndicator } from '../plan/derive.ts';
import type { ObservationInput } from '../records/observation.ts';
import { allocateUnits, capUnits } from './allocate.ts';
import type { DemoContext } from './demo-context.ts';
import { DEMO_NOTE } from './demo-marks.ts';
import type { EnterpriseTally } from './enterprise-tally.ts';
import { storyRate } from './growth-stories.ts';
import { hashString, streamFor, streamTags } from './random.ts';
import { shares } from './region-weights.ts';
import { hasPath } from './series-baselines.ts';
import { roundDigits, seriesUnit, type SeriesUnit } from './series-units.ts';

/** Nominal growth of series the plan sets no target for (GDP and the like). */
const BACKGROUND_GROWTH = 0.05;

interface SeriesPlan {
  id: string;
  unit: SeriesUnit;
  /** Province value per year of ctx.years. */
  province: number[];
  /** Regional weights before drift, or null for the province only. */
  weights: number[] | null;
  /** Keep each region's value within this series' value in the same region (a share's numerator). */
  cappedBy: string | null;
}

export function demoObservations(ctx: DemoContext, tally: EnterpriseTally): ObservationInput[] {
  const series = planSeries(ctx);
  const observations: ObservationInput[] = [];
  const regional = new Map<string, number[][]>();
  const order = [...series.values()].sort((a, b) => Number(a.cappedBy !== null) - Number(b.cappedBy !== null));
  for (const s of order) regional.set(s.id, regionalValues(ctx, s, s.cappedBy ? regional.get(s.cappedBy) : undefined));

  const hasRegions = ctx.plan.regions.length > 0;
  for (const id of seriesOrder(ctx.plan)) {
    const s = series.get(id);
    if (s) {
      const parts = regional.get(id)!;
      ctx.years.forEach((year, k) => {
        observations.push(row(id, ctx.plan.province.code, year, 'actual', s.province[k]!));
        if (hasRegions && s.weights) parts[k]!.forEach((v, r) => observations.push(row(id, ctx.weights.codes[r]!, year, 'actual', v)));
      });
      continue;
    }
    const counted = tally.series.get(id);
    if (counted) {
      ctx.years.forEach((year, k) => {
        let total = 0;
        for (const counts of counted.values()) total += counts[k]!;
        observations.push(row(id, ctx.plan.province.code, year, 'actual', total));
        if (hasRegions) for (const [code, counts] of counted) observations.push(row(id, code, year, 'actual', counts[k]!));
      });
      continue;
    }
    const indicator = ctx.plan.indicators.find((i) => i.id === id);
    if (indicator?.target.kind === 'assigned') observations.push(...assignedObservations(ctx, indicator));
  }
  return observations;
}

function row(seriesId: string, regionCode: string, year: number, kind: 'actual' | 'target', value: number): ObservationInput {
  return { seriesId, regionCode, parkId: null, period: String(year), kind, value, note: DEMO_NOTE };
}

function seriesOrder(plan: Plan): string[] {
  return [...plan.indicators.map((i) => i.id), ...plan.statistics.map((s) => s.id)];
}

/** Province paths and regional weights of every series drawn as a path (direct indicators and statistics). */
function planSeries(ctx: DemoContext): Map<string, SeriesPlan> {
  const { plan } = ctx;
  const withPath = plan.indicators.filter(hasPath);
  const stories = ctx.stories;
  const result = new Map<string, SeriesPlan>();
  const unitOf = (id: string) => seriesUnit(plan, plan.indicators.find((i) => i.id === id)?.unit ?? plan.statistics.find((s) => s.id === id)?.unit ?? '');
  const clusterOf = new Map(plan.clusters.flatMap((c) => (c.indicatorId ? [[c.indicatorId, c.id] as const] : [])));

  for (const indicator of withPath) {
    if (indicator.measurement.kind === 'ratio') continue;
    const unit = unitOf(indicator.id);
    const baseline = ctx.baselines.get(indicator.id)!.value;
    const rate = storyRate(indicator, baseline, plan.baseYear, stories.get(indicator.id)!);
    const cluster = clusterOf.get(indicator.id);
    const weights = !unit.additive ? null : cluster ? ctx.weights.byCluster.get(cluster)! : unit.count ? ctx.weights.base : ctx.weights.industry;
    result.set(indicator.id, { id: indicator.id, unit, province: path(ctx, indicator.id, baseline, () => rate, unit), weights, cappedBy: null });
  }

  // Ratios: the denominator follows the economy, the numerator is the ratio's story times it.
  for (const indicator of withPath) {
    const m = indicator.measurement;
    if (m.kind !== 'ratio') continue;
    const denominator = result.get(m.denominator) ?? background(ctx, m.denominator, unitOf(m.denominator));
    result.set(m.denominator, denominator);
    if (result.has(m.numerator)) continue;
    const ratioBase = ctx.baselines.get(indicator.id)!.value;
    const rate = storyRate(indicator, ratioBase, plan.baseYear, stories.get(indicator.id)!);
    const ratioPath = path(ctx, indicator.id, ratioBase, () => rate, { ...unitOf(indicator.id), digits: 4 });
    const unit = unitOf(m.numerator);
    const province = ratioPath.map((r, k) => roundDigits((r * denominator.province[k]!) / m.scale, unit.digits));
    // A share of a like quantity (green-factory output of all output) stays below 100 % in every region too.
    const shareOfLike = unitOf(m.denominator).count === unit.count && m.scale >= 100;
    result.set(m.numerator, {
      id: m.numerator,
      unit,
      province,
      weights: unit.additive ? numeratorWeights(ctx, denominator) : null,
      cappedBy: shareOfLike && unit.additive && denominator.weights ? m.denominator : null,
    });
  }
  for (const statistic of plan.statistics) {
    if (!result.has(statistic.id)) result.set(statistic.id, background(ctx, statistic.id, unitOf(statistic.id)));
  }
  return result;
}

/** A series without a target of its own (GDP…): grows about 5 % a year, spread like the economy. */
function background(ctx: DemoContext, id: string, unit: SeriesUnit): SeriesPlan {
  const baseline = ctx.baselines.get(id)?.value ?? (unit.count ? 200 : 2000);
  const rng = streamFor(ctx.options.seed, streamTags.series, hashString(`${id}:background`));
  const province = path(ctx, id, baseline, () => BACKGROUND_GROWTH + rng.normal(0, 0.005), unit);
  return { id, unit, province, weights: unit.additive ? ctx.weights.base : null, cappedBy: null };
}

/** A numerator is spread like its denominator, tilted towards where the industry is (within ×0.6..×1.6). */
function numeratorWeights(ctx: DemoContext, denominator: SeriesPlan): number[] {
  const base = shares(denominator.weights ?? ctx.weights.base);
  const industry = shares(ctx.weights.industry);
  return base.map((b, r) => b * Math.min(1.6, Math.max(0.6, industry[r]! / b)));
}

/** value(base year) = baseline exactly; then compound growth with ~1 % noise a year. */
function path(ctx: DemoContext, id: string, baseline: number, rate: () => number, unit: SeriesUnit): number[] {
  const rng = streamFor(ctx.options.seed, streamTags.series, hashString(id));
  let value = baseline;
  return ctx.years.map((_, k) => {
    if (k > 0) value *= 1 + rate();
    const noisy = k === 0 ? value : value * (1 + rng.normal(0, unit.count ? 0.02 : 0.01));
    const bounded = unit.percent ? Math.min(100, Math.max(0, noisy)) : Math.max(0, noisy);
    return roundDigits(bounded, unit.digits);
  });
}

/** Each year's province value split among regions whose weights drift a few per cent a year. */
function regionalValues(ctx: DemoContext, s: SeriesPlan, caps: number[][] | undefined): number[][] {
  if (!s.weights) return ctx.years.map(() => []);
  const rng = streamFor(ctx.options.seed, streamTags.series, hashString(`${s.id}:regions`));
  const drift = s.weights.map(() => rng.normal(0, 0.03));
  const factor = 10 ** s.unit.digits;
  return ctx.years.map((_, k) => {
    const weights = s.weights!.map((w, r) => w * (1 + drift[r]!) ** k);
    let units = allocateUnits(Math.round(s.province[k]! * factor), weights);
    if (caps) units = capUnits(units, caps[k]!.map((v) => Math.round(v * factor)));
    return units.map((u) => u / factor);
  });
}

/**
 * 完成下达目标: each year a target of 2.5–3.5 (a reduction rate, %) and an actual that
 * beats it — except one year, missed. Province only: the rates are not additive.
 */
function assignedObservations(ctx: DemoContext, indicator: ResolvedIndicator): ObservationInput[] {
  const rng = streamFor(ctx.options.seed, streamTags.series, hashString(`${indicator.id}:assigned`));
  const planYears = ctx.years.filter((y) => y > ctx.plan.baseYear);
  const missed = planYears[rng.int(0, planYears.length - 1)];
  const better = indicator.direction === 'decrease' ? -1 : 1;
  const rows: ObservationInput[] = [];
  for (const year of planYears) {
    const target = roundDigits(rng.range(2.5, 3.5), 1);
    const margin = year === missed ? -rng.range(0.2, 0.6) : rng.range(0.1, 0.8);
    const actual = roundDigits(target + better * margin, 2);
    rows.push(row(indicator.id, ctx.plan.province.code, year, 'target', target));
    rows.push(row(indicator.id, ctx.plan.province.code, year, 'actual', actual));
  }
  return rows;
}
