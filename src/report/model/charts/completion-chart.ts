/**
 * 图: completion of each indicator against the time elapsed — 「时间过半、任务过半」 at a
 * glance. One bar per indicator, coloured by its schedule status (one series per status, so
 * the legend names the colours), with the time elapsed as a reference line.
 */
import type { IndicatorEvaluation } from '../../../evaluation/evaluate-indicator.ts';
import { scheduleLabels, type ScheduleStatus } from '../../../evaluation/statuses.ts';
import { formatPercent } from '../format.ts';
import { say, type ReportContext } from '../report-context.ts';
import type { Chart, SeriesTone } from '../report-model.ts';
import { sourceLine } from '../source-lines.ts';

const statusTones: [ScheduleStatus, SeriesTone][] = [
  ['achieved', 'best'],
  ['ahead', 'good'],
  ['on_schedule', 'fair'],
  ['behind', 'bad'],
];

export function completionChart(ctx: ReportContext, id: string, rows: readonly IndicatorEvaluation[], caption: string, timeElapsedPct: number): Chart | null {
  const shown = rows.filter((row) => row.completionPct !== null && statusTones.some(([s]) => s === row.schedule));
  if (shown.length === 0) return null;
  const present = statusTones.filter(([s]) => shown.some((row) => row.schedule === s));
  return {
    kind: 'chart',
    caption,
    spec: {
      kind: 'bar',
      id,
      title: caption,
      unit: say(ctx, { zh: '单位：%（竖线为时间进度）', en: 'Unit: % (the vertical line is the time elapsed)' }),
      source: sourceLine(ctx, 'observations'),
      width: 800,
      height: 130 + shown.length * 24,
      categories: shown.map((row) => row.name[ctx.lang]),
      series: present.map(([status, tone]) => ({
        name: scheduleLabels[status][ctx.lang],
        tone,
        stack: 'completion',
        values: shown.map((row) => (row.schedule === status ? row.completionPct : null)),
      })),
      horizontal: true,
      logScale: false,
      reference: { value: timeElapsedPct, label: say(ctx, { zh: `时间进度${formatPercent(timeElapsedPct, 'zh', 0)}`, en: `time elapsed ${formatPercent(timeElapsedPct, 'en', 0)}` }) },
      valueLabels: true,
    },
  };
}
