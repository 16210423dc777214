/** The projection of an indicator to its target year, as one sentence. */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import { formatAmount, formatPercent } from './format.ts';
import { unitOf, type ReportContext } from './report-context.ts';

export function projectionSentence(ctx: ReportContext, row: IndicatorEvaluation): string | null {
  const p = row.projection;
  if (!p) return null;
  const unit = unitOf(ctx, row.unit);
  const v = (value: number) => formatAmount(value, unit, ctx.lang);
  const since = row.baseline?.year ?? ctx.plan.baseYear;
  if (ctx.lang === 'zh') {
    const interval = p.low !== null && p.high !== null ? `（80%预测区间${v(p.low)}至${v(p.high)}）` : '';
    const outcome = p.likelyMet
      ? '可实现目标'
      : `较目标少${v(p.shortfall ?? 0)}${p.shortfallPct !== null ? `（${formatPercent(p.shortfallPct, 'zh', 2)}）` : ''}`;
    return `按${since}年以来的趋势推算，${p.year}年预计为${v(p.value)}${interval}，${outcome}。`;
  }
  const interval = p.low !== null && p.high !== null ? ` (80% interval ${v(p.low)} to ${v(p.high)})` : '';
  const outcome = p.likelyMet
    ? 'enough to reach the target'
    : `short of the target by ${v(p.shortfall ?? 0)}${p.shortfallPct !== null ? ` (${formatPercent(p.shortfallPct, 'en', 2)})` : ''}`;
  return `On the trend since ${since}, ${p.year} is projected at ${v(p.value)}${interval}, ${outcome}.`;
}
