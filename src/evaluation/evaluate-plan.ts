/**
 * The evaluation of one plan in one year: a pure function of the plan and the
 * observations. Observations after the evaluation year are ignored, so evaluating 2027
 * gives the same answer however much later data exists.
 */
import type { Plan, ResolvedIndicator } from '../plan/derive.ts';
import type { EvaluationSettings, Text, Unit } from '../plan/schema.ts';
import { chooseBaseline } from './baseline.ts';
import { evaluateIndicator, type IndicatorEvaluation, type TargetRule } from './evaluate-indicator.ts';
import type { EvaluationFinding } from './finding.ts';
import { formatNumber } from './format-value.ts';
import { ObservationTable, type Observation } from './observation.ts';
import { annualRate, signConflict } from './rate-inputs.ts';
import { indicatorSeries } from './ratio-series.ts';
import { checkRegionalSums, type RegionalSumCheck } from './regional-sums.ts';
import { rollUp, type EvaluationSummary } from './roll-up.ts';

export interface PlanEvaluation {
  planId: string;
  year: number;
  baseYear: number;
  targetYear: number;
  settings: EvaluationSettings;
  /** One row per indicator, for the province. */
  indicators: IndicatorEvaluation[];
  /** One row per (indicator, region) observed below the province. */
  regional: IndicatorEvaluation[];
  regionalSums: RegionalSumCheck[];
  summary: EvaluationSummary;
  findings: EvaluationFinding[];
}

export function evaluatePlan(plan: Plan, observations: readonly Observation[], year: number): PlanEvaluation {
  if (!Number.isInteger(year)) throw new RangeError(`the evaluation year must be a whole year, got ${year}`);
  const table = new ObservationTable(observations, year);
  const settings = plan.settings.evaluation;
  const province = plan.province.code;
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const unitOf = (indicator: ResolvedIndicator): Unit =>
    units.get(indicator.unit) ?? { id: indicator.unit, name: { zh: indicator.unit, en: indicator.unit }, symbol: indicator.unit, additive: false };
  const regionName = new Map(plan.regions.map((r) => [r.code, r.name]));
  const findings: EvaluationFinding[] = [];
  const indicators: IndicatorEvaluation[] = [];
  const regional: IndicatorEvaluation[] = [];

  for (const indicator of plan.indicators) {
    const provinceSeries = indicatorSeries(indicator, province, table);
    findings.push(...provinceSeries.findings);
    const row = evaluateIndicator({
      indicator,
      unit: unitOf(indicator),
      region: province,
      place: null,
      series: provinceSeries.points,
      assignedSeries: table.series(indicator.id, province, 'target'),
      plannedBaseline: indicator.baseline,
      target: { origin: 'plan', year: indicator.targetYear, value: indicator.target.value },
      year,
      baseYear: plan.baseYear,
      settings,
    });
    indicators.push(row);
    const deviation = baselineDeviationFinding(row, settings.baselineDeviationPct);
    if (deviation) findings.push(deviation);

    const rate = provinceRequiredRate(indicator, provinceSeries.points, plan.baseYear);
    for (const region of observedRegions(indicator, table, province)) {
      const series = indicatorSeries(indicator, region, table);
      findings.push(...series.findings);
      if (series.points.length === 0 && table.series(indicator.id, region, 'target').length === 0) continue;
      const target: TargetRule =
        indicator.target.kind === 'assigned'
          ? { origin: 'plan', year: indicator.targetYear, value: null }
          : { origin: 'implied', year: indicator.targetYear, rate };
      regional.push(
        evaluateIndicator({
          indicator,
          unit: unitOf(indicator),
          region,
          place: regionName.get(region) ?? { zh: region, en: region },
          series: series.points,
          assignedSeries: table.series(indicator.id, region, 'target'),
          plannedBaseline: null,
          target,
          year,
          baseYear: plan.baseYear,
          settings,
        }),
      );
    }
  }

  const sums = checkRegionalSums(plan, table);
  findings.push(...sums.findings);
  return {
    planId: plan.id,
    year,
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    settings,
    indicators,
    regional,
    regionalSums: sums.checks,
    summary: rollUp(plan, indicators, regional),
    findings,
  };
}

/** The rate a region must grow at to keep pace with the province's target. */
function provinceRequiredRate(indicator: ResolvedIndicator, series: Parameters<typeof chooseBaseline>[0], baseYear: number): number | null {
  const baseline = chooseBaseline(series, indicator.baseline, baseYear).baseline;
  const target = indicator.target.value;
  if (!baseline || target === null || indicator.targetYear <= baseline.year || signConflict(baseline.value, null, target)) return null;
  return annualRate(baseline.value, target, indicator.targetYear - baseline.year);
}

function observedRegions(indicator: ResolvedIndicator, table: ObservationTable, province: string): string[] {
  const ids = [indicator.id];
  if (indicator.measurement.kind === 'ratio') ids.push(indicator.measurement.numerator);
  return [...new Set(ids.flatMap((id) => table.regions(id)))].filter((code) => code !== province).sort();
}

function baselineDeviationFinding(row: IndicatorEvaluation, thresholdPct: number): EvaluationFinding | null {
  const planned = row.plannedBaseline;
  const observed = row.baseline;
  if (row.baselineDeviationPct === null || !planned || !observed) return null;
  // Decided on the 4-decimal values, not the 2-decimal percentage shown.
  if (Math.abs(observed.value - planned.value) <= (Math.abs(planned.value) * thresholdPct) / 100) return null;
  const kind: Text = planned.source === 'derived' ? { zh: '推算基期值', en: 'derived baseline' } : { zh: '基期值', en: 'stated baseline' };
  const diff = formatNumber(row.baselineDeviationPct, 1);
  return {
    code: 'baseline_deviation',
    indicatorId: row.id,
    year: observed.year,
    message: {
      zh: `${row.name.zh}：${observed.year}年实际值${formatNumber(observed.value)}与规划${kind.zh}${formatNumber(planned.value)}相差${diff}%（超过${thresholdPct}%），评估以实际值为基期`,
      en: `${row.name.en}: the observed ${observed.year} value ${formatNumber(observed.value)} differs from the plan's ${kind.en} ${formatNumber(planned.value)} by ${diff}% (more than ${thresholdPct}%); the evaluation measures from the observed value`,
    },
  };
}
