/**
 * What-if: given growth a year for each cluster over the remaining years (and for GDP),
 * where would each cluster, the industry system's total and the GDP shares stand in the
 * target year, and which targets would be met? Pure; the web's scenario page drives it.
 *
 * Assumptions not given fall back, in order, to the growth achieved so far and to the
 * growth the plan requires; the result says which one each line used.
 */
import type { Plan } from '../plan/derive.ts';
import { roundTo } from '../plan/growth.ts';
import type { Text } from '../plan/schema.ts';
import { evaluatePlan } from './evaluate-plan.ts';
import type { IndicatorEvaluation } from './evaluate-indicator.ts';
import { ObservationTable, type Observation } from './observation.ts';
import { annualRate } from './rate-inputs.ts';
import { reachesTarget } from './target-reached.ts';

export interface ScenarioAssumptions {
  /** Growth a year (%) per cluster id, for the years after each cluster's latest value. */
  clusterGrowthPct: Record<string, number>;
  /** Growth a year (%) of GDP. */
  gdpGrowthPct: number;
  /** Growth a year (%) of the industry system's total; by default it moves with the clusters' sum. */
  totalGrowthPct?: number;
  /**
   * What drives the numerator of a GDP-share indicator: a cluster id or `total`. A share not
   * listed keeps its numerator's growth so far. (The plan format does not yet say which
   * cluster a value-added share belongs to.)
   */
  shareDrivers?: Record<string, string>;
  /** Id of the GDP statistic, `gdp` by default. */
  gdpId?: string;
}

export type ScenarioAssumption = 'given' | 'actual' | 'required' | 'clusters' | 'driver' | 'none';

export interface ScenarioLine {
  id: string;
  indicatorId: string | null;
  name: Text;
  start: { year: number; value: number } | null;
  growthPct: number | null;
  assumption: ScenarioAssumption;
  projected: number | null;
  target: number | null;
  met: boolean | null;
  /** (projected − target) / |target|, %. */
  gapPct: number | null;
}

export interface ScenarioResult {
  year: number;
  targetYear: number;
  clusters: ScenarioLine[];
  clustersTotal: { start: number; projected: number; target: number; growthPct: number | null };
  total: ScenarioLine | null;
  gdp: ScenarioLine | null;
  shares: ScenarioLine[];
  targetsMet: string[];
  targetsMissed: string[];
}

export function runScenario(plan: Plan, observations: readonly Observation[], year: number, assumptions: ScenarioAssumptions): ScenarioResult {
  checkAssumptions(plan, assumptions);
  const evaluation = evaluatePlan(plan, observations, year);
  const rows = new Map(evaluation.indicators.map((row) => [row.id, row]));
  const table = new ObservationTable(observations, year);
  const tolerancePct = plan.settings.evaluation.scheduleTolerancePct;
  const province = plan.province.code;
  const targetYear = plan.targetYear;

  const clusters = plan.clusters.flatMap((cluster): ScenarioLine[] => {
    const row = cluster.indicatorId ? rows.get(cluster.indicatorId) : undefined;
    if (!row) return [];
    const given = assumptions.clusterGrowthPct[cluster.id];
    const [growthPct, assumption] =
      given !== undefined ? [given, 'given' as const] : row.cagrActualPct !== null ? [row.cagrActualPct, 'actual' as const] : [row.cagrRequiredPct, 'required' as const];
    return [line(cluster.id, row, startOf(row), growthPct, growthPct === null ? 'none' : assumption)];
  });

  const summed = clusters.filter((c) => c.start && c.projected !== null);
  const clustersStart = summed.reduce((s, c) => s + c.start!.value, 0);
  const clustersProjected = summed.reduce((s, c) => s + c.projected!, 0);
  const clustersGrowth = clustersStart > 0 && year < targetYear ? annualRate(clustersStart, clustersProjected, targetYear - year) * 100 : null;
  const clustersTotal = {
    start: roundTo(clustersStart, 2),
    projected: roundTo(clustersProjected, 2),
    target: roundTo(clusters.reduce((s, c) => s + (c.target ?? 0), 0), 2),
    growthPct: clustersGrowth === null ? null : roundTo(clustersGrowth, 2),
  };

  const totalId = plan.industrySystem?.totalIndicatorId ?? null;
  const totalRow = totalId ? rows.get(totalId) : undefined;
  const total = totalRow
    ? assumptions.totalGrowthPct !== undefined
      ? line('total', totalRow, startOf(totalRow), assumptions.totalGrowthPct, 'given')
      : line('total', totalRow, startOf(totalRow), clustersGrowth, clustersGrowth === null ? 'none' : 'clusters')
    : null;

  const gdpId = assumptions.gdpId ?? 'gdp';
  const gdpPoint = table.series(gdpId, province).at(-1) ?? null;
  const gdpName = plan.statistics.find((s) => s.id === gdpId)?.name ?? { zh: gdpId, en: gdpId };
  const gdp = gdpPoint ? grown(gdpId, null, gdpName, gdpPoint, assumptions.gdpGrowthPct, 'given', null) : null;

  const shares = plan.indicators.flatMap((indicator): ScenarioLine[] => {
    const m = indicator.measurement;
    const row = rows.get(indicator.id);
    if (m.kind !== 'ratio' || m.denominator !== gdpId || !row) return [];
    const numerator = table.series(m.numerator, province);
    const last = numerator.at(-1);
    const driver = assumptions.shareDrivers?.[indicator.id];
    const driverLine = driver === undefined ? undefined : driver === 'total' ? total : clusters.find((c) => c.id === driver);
    let growth: number | null = null;
    let assumption: ScenarioAssumption = 'none';
    if (driverLine) {
      growth = driverLine.growthPct;
      assumption = 'driver';
    } else {
      const first = numerator.find((p) => p.year === plan.baseYear);
      if (first && last && last.year > first.year) {
        growth = annualRate(first.value, last.value, last.year - first.year) * 100;
        assumption = 'actual';
      }
    }
    const projected =
      last && gdp?.projected && growth !== null
        ? ((last.value * Math.pow(1 + growth / 100, targetYear - last.year)) / gdp.projected) * m.scale
        : null;
    return [finish(indicator.id, indicator.id, indicator.name, startOf(row), growth, projected === null ? 'none' : assumption, projected, row)];
  });

  const judged = [...clusters, ...(total ? [total] : []), ...shares].filter((l) => l.indicatorId !== null && l.met !== null);
  return {
    year,
    targetYear,
    clusters,
    clustersTotal,
    total,
    gdp,
    shares,
    targetsMet: judged.filter((l) => l.met).map((l) => l.indicatorId!),
    targetsMissed: judged.filter((l) => !l.met).map((l) => l.indicatorId!),
  };

  function line(id: string, row: IndicatorEvaluation, start: { year: number; value: number } | null, growthPct: number | null, assumption: ScenarioAssumption) {
    return start ? grown(id, row.id, row.name, start, growthPct, assumption, row) : finish(id, row.id, row.name, null, growthPct, 'none', null, row);
  }

  function grown(
    id: string,
    indicatorId: string | null,
    name: Text,
    start: { year: number; value: number },
    growthPct: number | null,
    assumption: ScenarioAssumption,
    row: IndicatorEvaluation | null,
  ): ScenarioLine {
    const projected = growthPct === null ? null : start.value * Math.pow(1 + growthPct / 100, Math.max(0, targetYear - start.year));
    return finish(id, indicatorId, name, start, growthPct, assumption, projected, row);
  }

  function finish(
    id: string,
    indicatorId: string | null,
    name: Text,
    start: { year: number; value: number } | null,
    growthPct: number | null,
    assumption: ScenarioAssumption,
    projected: number | null,
    row: IndicatorEvaluation | null,
  ): ScenarioLine {
    const target = row?.target.value ?? null;
    const met =
      projected === null || target === null || !row
        ? null
        : reachesTarget(projected, { value: target, kind: row.target.kind, direction: row.direction }, tolerancePct);
    return {
      id,
      indicatorId,
      name,
      start,
      growthPct: growthPct === null ? null : roundTo(growthPct, 2),
      assumption,
      projected: projected === null ? null : roundTo(projected, 2),
      target,
      met,
      gapPct: projected === null || target === null || target === 0 ? null : roundTo(((projected - target) / Math.abs(target)) * 100, 2),
    };
  }
}

function startOf(row: IndicatorEvaluation): { year: number; value: number } | null {
  if (row.latest) return { year: row.latest.year, value: row.latest.value };
  return row.baseline ? { year: row.baseline.year, value: row.baseline.value } : null;
}

function checkAssumptions(plan: Plan, assumptions: ScenarioAssumptions): void {
  const clusterIds = new Set(plan.clusters.map((c) => c.id));
  for (const [id, pct] of Object.entries(assumptions.clusterGrowthPct)) {
    if (!clusterIds.has(id)) throw new RangeError(`unknown cluster ${JSON.stringify(id)} in the scenario`);
    if (!(pct > -100)) throw new RangeError(`growth of ${JSON.stringify(id)} must be above −100%, got ${pct}`);
  }
  for (const [name, pct] of [['GDP', assumptions.gdpGrowthPct], ['total', assumptions.totalGrowthPct]] as const) {
    if (pct !== undefined && !(pct > -100)) throw new RangeError(`${name} growth must be above −100%, got ${pct}`);
  }
  for (const [indicatorId, driver] of Object.entries(assumptions.shareDrivers ?? {})) {
    if (!plan.indicators.some((i) => i.id === indicatorId)) throw new RangeError(`unknown share indicator ${JSON.stringify(indicatorId)}`);
    if (driver !== 'total' && !clusterIds.has(driver)) throw new RangeError(`unknown share driver ${JSON.stringify(driver)} (a cluster id or "total")`);
  }
}
