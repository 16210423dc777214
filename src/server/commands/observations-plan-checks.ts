/**
 * An observation entered through the API checked against the plan, with the same rules an
 * imported row meets (src/ingest): a known series, a region of the plan, a park inside that
 * region, a period within the plan years, an assigned target only where the plan assigns
 * yearly targets, and a value that suits the series (whole for counts, a plausible
 * percentage). Pure; every problem is a detail naming its field.
 */
import { numberExpected } from '../../ingest/field-parser.ts';
import { importContext, type SeriesRef } from '../../ingest/import-context.ts';
import { seriesValueRules } from '../../ingest/kinds/observation-rows.ts';
import type { Plan } from '../../plan/derive.ts';
import type { ErrorDetail } from '../errors.ts';

interface PlanIndex {
  series: Map<string, SeriesRef>;
  regions: Set<string>;
}

const indexes = new WeakMap<Plan, PlanIndex>();

/** Built once per plan: the plan does not change while the server runs. */
function indexOf(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    const context = importContext(plan);
    index = {
      series: new Map(context.series.all.map((s) => [s.id, s])),
      regions: new Set([plan.province.code, ...plan.regions.map((r) => r.code)]),
    };
    indexes.set(plan, index);
  }
  return index;
}

export function seriesOf(plan: Plan, id: string): SeriesRef | undefined {
  return indexOf(plan).series.get(id);
}

/** Problems of a value for the series: not whole for a count, out of range. */
export function valueProblems(series: SeriesRef, value: number, field = 'value'): ErrorDetail[] {
  const rules = seriesValueRules(series);
  const fits = (!rules.integer || Number.isInteger(value)) && (rules.min === undefined || value >= rules.min) && (rules.max === undefined || value <= rules.max);
  return fits ? [] : [{ field, value, expected: numberExpected(rules) }];
}

export interface PlannedObservation {
  indicatorId: string;
  regionCode: string;
  parkId: string | null;
  period: string;
  kind: 'actual' | 'target';
  value: number;
}

export function observationPlanProblems(plan: Plan, input: PlannedObservation): ErrorDetail[] {
  const index = indexOf(plan);
  const problems: ErrorDetail[] = [];
  const series = index.series.get(input.indicatorId);
  if (!series) {
    problems.push({ field: 'indicatorId', value: input.indicatorId, expected: { zh: '规划中的指标或统计量代码', en: 'an indicator or statistic id of the plan' } });
  }
  if (!index.regions.has(input.regionCode)) {
    problems.push({ field: 'regionCode', value: input.regionCode, expected: { zh: '规划中的市县代码或全省代码', en: 'a region code of the plan, or the province code' } });
  }
  if (input.parkId !== null) {
    const park = plan.parks.find((p) => p.id === input.parkId);
    const parkRegions = park ? (park.region ? [park.region] : park.regions) : [];
    if (!park) problems.push({ field: 'parkId', value: input.parkId, expected: { zh: '规划中的园区', en: 'a park of the plan' } });
    else if (parkRegions.length > 0 && !parkRegions.includes(input.regionCode)) {
      problems.push({ field: 'parkId', value: input.parkId, expected: { zh: `位于 ${parkRegions.join('、')} 的园区数据，市县代码应一致`, en: `the park lies in ${parkRegions.join(', ')}: give that region code` } });
    }
  }
  const year = Number(input.period.slice(0, 4));
  if (year < plan.baseYear || year > plan.targetYear) {
    problems.push({ field: 'period', value: input.period, expected: { zh: `规划期内（${plan.baseYear}–${plan.targetYear}年）`, en: `within the plan years ${plan.baseYear}–${plan.targetYear}` } });
  }
  if (series && input.kind === 'target' && !series.assignedTarget) {
    problems.push({ field: 'kind', value: input.kind, expected: { zh: '实际值（此指标的目标不是逐年下达的）', en: 'actual (this indicator has no yearly assigned target)' } });
  }
  if (series) problems.push(...valueProblems(series, input.value));
  return problems;
}
