/**
 * The scenario as the API runs it: the store's observations read exactly as the evaluation
 * reads them (approved, or approved and pending), the request's assumptions checked against
 * the plan, and the defaults filled in — the year from the latest data, GDP's growth from its
 * growth so far — before the scenario engine (src/evaluation/scenario.ts) projects them.
 */
import type { Observation } from '../../evaluation/observation.ts';
import { annualRate } from '../../evaluation/rate-inputs.ts';
import { runScenario, type ScenarioLine, type ScenarioResult } from '../../evaluation/scenario.ts';
import type { Plan } from '../../plan/derive.ts';
import { roundTo } from '../../plan/growth.ts';
import { observationsForEvaluation } from '../../store/observation-queries.ts';
import { errors, type ErrorDetail } from '../errors.ts';
import { GROWTH_LIMITS, type ScenarioBody } from '../schemas/scenario-schemas.ts';
import type { ServerContext } from '../server-context.ts';

const GDP = 'gdp';

export interface ServedScenario extends ScenarioResult {
  assumptions: {
    year: number;
    yearSource: 'given' | 'latest-data' | 'base-year';
    includePending: boolean;
    gdpGrowthPct: number | null;
    gdpAssumption: 'given' | 'actual' | 'none';
  };
  growthLimits: { min: number; max: number };
  values: { demo: number; pending: number };
}

function list(ids: readonly string[]): string {
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
}

/** The ids the request names, checked against the plan: 400 naming each unknown one. */
export function checkScenarioIds(plan: Plan, body: ScenarioBody): void {
  const clusters = plan.clusters.map((c) => c.id);
  const shares = plan.indicators.filter((i) => i.measurement.kind === 'ratio' && i.measurement.denominator === GDP).map((i) => i.id);
  const details: ErrorDetail[] = [];
  for (const id of Object.keys(body.clusterGrowthPct ?? {})) {
    if (!clusters.includes(id)) {
      details.push({ field: `clusterGrowthPct.${id}`, value: id, expected: { zh: `规划中的集群编号：${list(clusters)}`, en: `a cluster id of the plan: ${list(clusters)}` } });
    }
  }
  for (const [id, driver] of Object.entries(body.shareDrivers ?? {})) {
    if (!shares.includes(id)) {
      details.push({ field: `shareDrivers.${id}`, value: id, expected: { zh: `占 GDP 比重的指标编号：${list(shares)}`, en: `the id of an indicator measured as a share of GDP: ${list(shares)}` } });
    } else if (driver !== 'total' && !clusters.includes(driver)) {
      details.push({ field: `shareDrivers.${id}`, value: driver, expected: { zh: '集群编号或 total', en: 'a cluster id or total' } });
    }
  }
  if (body.year !== undefined && (body.year < plan.baseYear || body.year > plan.targetYear)) {
    details.push({
      field: 'year',
      value: body.year,
      expected: { zh: `${plan.baseYear} 至 ${plan.targetYear} 之间的年份`, en: `a year from ${plan.baseYear} to ${plan.targetYear}` },
    });
  }
  if (details.length > 0) {
    const fields = details.map((d) => d.field).join(', ');
    throw errors.validationFailed(details, { zh: `请求内容不符合要求：${fields.replaceAll(', ', '、')}`, en: `The request is not valid: ${fields}` });
  }
}

/** The latest year with an actual value, within the plan period; else the base year. */
function latestYear(plan: Plan, observations: readonly Observation[]): number | null {
  let latest: number | null = null;
  for (const o of observations) {
    if (o.kind === 'actual' && o.year <= plan.targetYear && (latest === null || o.year > latest)) latest = o.year;
  }
  return latest !== null && latest >= plan.baseYear ? latest : null;
}

/** GDP's growth so far (%): from the base year's value (else the first) to the latest, up to the year. */
function gdpGrowthSoFar(plan: Plan, observations: readonly Observation[], year: number): number | null {
  const points = observations
    .filter((o) => o.indicatorId === GDP && o.region === plan.province.code && o.kind === 'actual' && o.year <= year && o.year >= plan.baseYear)
    .sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || last.year <= first.year || first.value <= 0 || last.value <= 0) return null;
  return roundTo(annualRate(first.value, last.value, last.year - first.year) * 100, 2);
}

/** Without a GDP growth the GDP line and the shares over it project nothing. */
function withoutGdpProjection(result: ScenarioResult): ScenarioResult {
  const blank = (line: ScenarioLine): ScenarioLine => ({ ...line, projected: null, met: null, gapPct: null, assumption: 'none' });
  const unjudged = new Set(result.shares.map((s) => s.indicatorId));
  return {
    ...result,
    gdp: result.gdp === null ? null : { ...blank(result.gdp), growthPct: null },
    shares: result.shares.map(blank),
    targetsMet: result.targetsMet.filter((id) => !unjudged.has(id)),
    targetsMissed: result.targetsMissed.filter((id) => !unjudged.has(id)),
  };
}

export async function runServedScenario(ctx: Pick<ServerContext, 'store' | 'plan'>, body: ScenarioBody): Promise<ServedScenario> {
  const { plan } = ctx;
  checkScenarioIds(plan, body);
  const includePending = body.includePending ?? false;
  const read = await observationsForEvaluation(ctx.store.db, plan.id, { includePending });
  const latest = latestYear(plan, read.observations);
  const year = body.year ?? latest ?? plan.baseYear;
  const yearSource = body.year !== undefined ? 'given' : latest !== null ? 'latest-data' : 'base-year';
  const soFar = body.gdpGrowthPct === undefined ? gdpGrowthSoFar(plan, read.observations, year) : null;
  const gdpGrowthPct = body.gdpGrowthPct ?? soFar;
  const gdpAssumption = body.gdpGrowthPct !== undefined ? 'given' : soFar !== null ? 'actual' : 'none';

  const result = runScenario(plan, read.observations, year, {
    clusterGrowthPct: body.clusterGrowthPct ?? {},
    // The engine needs a number; without one its GDP projection is blanked below.
    gdpGrowthPct: gdpGrowthPct ?? 0,
    ...(body.totalGrowthPct === undefined ? {} : { totalGrowthPct: body.totalGrowthPct }),
    ...(body.shareDrivers === undefined ? {} : { shareDrivers: body.shareDrivers }),
  });
  const served = gdpGrowthPct === null ? withoutGdpProjection(result) : result;
  if (served.gdp !== null && gdpAssumption === 'actual') served.gdp = { ...served.gdp, assumption: 'actual' };
  return {
    ...served,
    assumptions: { year, yearSource, includePending, gdpGrowthPct, gdpAssumption },
    growthLimits: { min: GROWTH_LIMITS.min, max: GROWTH_LIMITS.max },
    values: { demo: read.demo, pending: read.pending },
  };
}
