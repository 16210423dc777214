/**
 * What every section builder reads: the plan, the gathered inputs, the one evaluation all
 * figures come from, and small look-ups worded in the report's language.
 */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import type { PlanEvaluation } from '../../evaluation/evaluate-plan.ts';
import type { Plan } from '../../plan/derive.ts';
import type { Text, Unit } from '../../plan/schema.ts';
import type { ReportInputs } from './inputs.ts';
import type { Lang } from './report-model.ts';

export interface ReportContext {
  plan: Plan;
  inputs: ReportInputs;
  evaluation: PlanEvaluation;
  lang: Lang;
  year: number;
  today: string;
  /** Demo rows among the observations / projects / registry the report uses. */
  demo: { observations: boolean; projects: boolean; registry: boolean; any: boolean };
  /** Pending values counted in the evaluation. */
  pending: number;
}

/** The text in the report's language. */
export function say(ctx: Pick<ReportContext, 'lang'>, text: Text): string {
  return text[ctx.lang];
}

export function unitOf(ctx: ReportContext, unitId: string): Unit {
  return ctx.plan.units.find((u) => u.id === unitId) ?? { id: unitId, name: { zh: unitId, en: unitId }, symbol: unitId, additive: false };
}

export function indicatorRow(ctx: ReportContext, id: string | null | undefined): IndicatorEvaluation | undefined {
  return id ? ctx.evaluation.indicators.find((row) => row.id === id) : undefined;
}

export function regionName(ctx: ReportContext, code: string): string {
  if (code === ctx.plan.province.code) return say(ctx, ctx.plan.province.name);
  const region = ctx.plan.regions.find((r) => r.code === code);
  return region ? say(ctx, region.name) : code;
}

export function seriesName(ctx: ReportContext, id: string): string {
  const named = ctx.plan.indicators.find((i) => i.id === id) ?? ctx.plan.statistics.find((s) => s.id === id);
  return named ? say(ctx, named.name) : id;
}

export function clusterName(ctx: ReportContext, id: string | null): string {
  const cluster = id ? ctx.plan.clusters.find((c) => c.id === id) : undefined;
  return cluster ? say(ctx, cluster.name) : say(ctx, { zh: '其他', en: 'Other' });
}

/** The years the plan has run by the end of the evaluation year, as a share of its period (%). */
export function planTimeElapsedPct(ctx: ReportContext): number {
  const total = ctx.plan.targetYear - ctx.plan.baseYear;
  return total > 0 ? Math.round(((ctx.year - ctx.plan.baseYear) / total) * 10000) / 100 : 100;
}
