/** 图: how many indicators of each target category stand where (schedule status or assigned outcome). */
import { say, type ReportContext } from '../report-context.ts';
import type { Chart } from '../report-model.ts';
import { sourceLine } from '../source-lines.ts';
import { statusGroups } from '../status-groups.ts';

export function statusChart(ctx: ReportContext): Chart {
  const categories = ctx.evaluation.summary.byCategory.filter((c) => c.indicators > 0);
  const groups = statusGroups.filter((g) => categories.some((c) => g.count(c) > 0));
  return {
    kind: 'chart',
    caption: say(ctx, { zh: '各目标领域指标进展分布', en: 'Indicators by target category and standing' }),
    spec: {
      kind: 'bar',
      id: 'status-distribution',
      title: say(ctx, { zh: `指标进展分布（截至${ctx.year}年底）`, en: `Where the indicators stand (end of ${ctx.year})` }),
      unit: say(ctx, { zh: '单位：项', en: 'Unit: indicators' }),
      source: sourceLine(ctx, 'observations'),
      width: 800,
      height: 120 + categories.length * 44,
      categories: categories.map((c) => c.name[ctx.lang]),
      series: groups.map((g) => ({ name: g.label[ctx.lang], tone: g.tone, stack: 'status', values: categories.map((c) => g.count(c) || null) })),
      horizontal: true,
      logScale: false,
      reference: null,
      valueLabels: true,
    },
  };
}
