/**
 * 图: one indicator over the plan period — observed values, the required path, the plan's
 * own growth path where it states one, the projection to the target year with its 80 %
 * interval, and the target. All points are the evaluation's (series, paths, projection).
 */
import type { IndicatorEvaluation } from '../../../evaluation/evaluate-indicator.ts';
import { unitLabel } from '../indicator-table.ts';
import { say, type ReportContext } from '../report-context.ts';
import type { Chart, LinePoint, LineSeries } from '../report-model.ts';
import { sourceLine } from '../source-lines.ts';

export function indicatorLineChart(ctx: ReportContext, row: IndicatorEvaluation, id: string): Chart | null {
  const { plan, year } = ctx;
  const observed: LinePoint[] = row.series.filter((p) => p.year >= plan.baseYear && p.year <= year).map((p) => ({ year: p.year, value: p.value }));
  if (row.baseline && !observed.some((p) => p.year === row.baseline!.year)) observed.unshift({ year: row.baseline.year, value: row.baseline.value });
  if (observed.length === 0) return null;
  const series: LineSeries[] = [
    { name: say(ctx, { zh: '实际值', en: 'Observed' }), tone: 'actual', style: 'solid', points: observed, markers: true },
  ];
  if (row.path.required) {
    series.push({ name: say(ctx, { zh: '所需路径', en: 'Required path' }), tone: 'required', style: 'dashed', points: row.path.required, markers: false });
  }
  if (row.path.stated && row.statedGrowthPct !== null && differs(row.path.stated, row.path.required)) {
    series.push({
      name: say(ctx, { zh: `规划增速路径（${row.statedGrowthPct}%）`, en: `Plan growth path (${row.statedGrowthPct}%)` }),
      tone: 'stated',
      style: 'dotted',
      points: row.path.stated,
      markers: false,
    });
  }
  const latest = observed.at(-1)!;
  const p = row.projection;
  if (p) {
    series.push({
      name: say(ctx, { zh: '趋势预测', en: 'Projection' }),
      tone: 'projection',
      style: 'dotted',
      points: [latest, { year: p.year, value: p.value }],
      markers: true,
    });
  }
  if (row.target.value !== null) {
    series.push({
      name: say(ctx, { zh: '目标值', en: 'Target' }),
      tone: 'target',
      style: 'solid',
      points: [{ year: row.target.year, value: row.target.value }],
      markers: true,
    });
  }
  const years: number[] = [];
  for (let y = plan.baseYear; y <= Math.max(plan.targetYear, row.target.year); y++) years.push(y);
  return {
    kind: 'chart',
    caption: say(ctx, { zh: `${row.name.zh}：实际值、所需路径与趋势预测`, en: `${row.name.en}: observed, required path and projection` }),
    spec: {
      kind: 'line',
      id,
      title: row.name[ctx.lang],
      unit: say(ctx, { zh: `单位：${unitLabel(ctx, row.unit)}`, en: `Unit: ${unitLabel(ctx, row.unit)}` }),
      source: sourceLine(ctx, 'observations'),
      width: 800,
      height: 340,
      years,
      series,
      interval:
        p && p.low !== null && p.high !== null
          ? { year: p.year, low: p.low, high: p.high, name: say(ctx, { zh: '80%预测区间', en: '80% prediction interval' }) }
          : null,
    },
  };
}

/** The plan's own growth path is drawn only where it parts from the required path (by 0.5 % at the end), else the two overlap. */
function differs(stated: readonly LinePoint[], required: readonly LinePoint[] | null): boolean {
  const a = stated.at(-1);
  const b = required?.at(-1);
  if (!a || !b) return true;
  return Math.abs(a.value - b.value) > Math.abs(b.value) * 0.005;
}
