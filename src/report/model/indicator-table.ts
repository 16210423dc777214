/**
 * 表: every indicator with its baseline, latest value, target, completion, time elapsed,
 * SDG status and schedule — the evaluation's own figures, cell by cell (each cell keeps the
 * unformatted value, so a test can hold the table against `plansight evaluate`).
 */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import { DASH, figureCell, percentCell, progressCell, scheduleCell, textCell } from './cells.ts';
import { formatFigure } from './format.ts';
import { say, unitOf, type ReportContext } from './report-context.ts';
import type { Cell, Table } from './report-model.ts';

export const INDICATOR_TABLE_ID = 'indicators';

export function indicatorTable(ctx: ReportContext, rows: readonly IndicatorEvaluation[], id = INDICATOR_TABLE_ID, caption?: string): Table {
  const { lang, year } = ctx;
  const notes = [
    say(ctx, {
      zh: `基期值为${ctx.plan.baseYear}年数值，标“†”者为规划所述或推算的基期值；最新值为${year}年数值，括号内为更早的年份；完成进度 =（最新值 − 基期值）÷（目标值 − 基期值）；时间进度按最新值年份计。`,
      en: `Baselines are ${ctx.plan.baseYear} values, “†” marking one stated or derived by the plan; latest values are for ${year}, an earlier year given in brackets; completion = (latest − baseline) ÷ (target − baseline); time elapsed is counted to the latest value's year.`,
    }),
  ];
  if (rows.some((r) => r.latest?.pending)) {
    notes.push(say(ctx, { zh: '“*”：待审核数据。', en: '“*”: pending approval.' }));
  }
  return {
    kind: 'table',
    id,
    caption: caption ?? say(ctx, { zh: `主要指标进展情况（截至${year}年底）`, en: `Progress of every indicator (end of ${year})` }),
    // English words cannot break like Chinese ones, so the English table folds the unit into
    // the indicator's name and gives its figures and statuses the room.
    columns: [
      { key: 'number', label: say(ctx, { zh: '序号', en: '#' }), kind: 'text', width: lang === 'zh' ? 0.5 : 0.45 },
      { key: 'name', label: say(ctx, { zh: '指标', en: 'Indicator (unit)' }), kind: 'text', width: lang === 'zh' ? 3.4 : 2.9 },
      ...(lang === 'zh' ? [{ key: 'unit', label: '单位', kind: 'text' as const, width: 0.8 }] : []),
      { key: 'baseline', label: say(ctx, { zh: '基期值', en: 'Baseline' }), kind: 'number', width: lang === 'zh' ? 1.1 : 1.2 },
      { key: 'latest', label: say(ctx, { zh: '最新值', en: 'Latest' }), kind: 'number', width: lang === 'zh' ? 1.2 : 1.2 },
      { key: 'target', label: say(ctx, { zh: '目标值', en: 'Target' }), kind: 'number', width: lang === 'zh' ? 1.1 : 1.15 },
      { key: 'completion', label: say(ctx, { zh: '完成进度', en: 'Completion' }), kind: 'percent', width: lang === 'zh' ? 0.95 : 1.55 },
      { key: 'timeElapsed', label: say(ctx, { zh: '时间进度', en: 'Time elapsed' }), kind: 'percent', width: lang === 'zh' ? 0.95 : 1 },
      { key: 'status', label: say(ctx, { zh: '进度评估', en: 'Progress' }), kind: 'status', width: lang === 'zh' ? 1.15 : 1.75 },
      { key: 'schedule', label: say(ctx, { zh: '时序进度', en: 'Schedule' }), kind: 'status', width: lang === 'zh' ? 1.15 : 1.35 },
    ],
    rows: rows.map((row, k) => [
      textCell(String(k + 1)),
      textCell(lang === 'zh' ? row.name.zh : `${row.name.en} (${unitLabel(ctx, row.unit)})`),
      ...(lang === 'zh' ? [textCell(unitLabel(ctx, row.unit))] : []),
      baselineCell(ctx, row),
      latestCell(ctx, row),
      targetCell(ctx, row),
      percentCell(row.completionPct, lang),
      percentCell(row.timeElapsedPct, lang, 0),
      progressCell(row, lang),
      scheduleCell(row, lang),
    ]),
    notes,
  };
}

/** The unit as a table header would write it: 亿元, %, 个 / 100m yuan, %, count. */
export function unitLabel(ctx: ReportContext, unitId: string): string {
  const unit = unitOf(ctx, unitId);
  if (ctx.lang === 'zh') return unit.symbol;
  if (unit.id === '100m-cny') return '100m yuan';
  if (unit.id === '10k-cny') return '10k yuan';
  if (unit.symbol === '%') return '%';
  return unit.name.en;
}

function baselineCell(ctx: ReportContext, row: IndicatorEvaluation): Cell {
  if (!row.baseline) return { text: DASH, value: null };
  const cell = figureCell(row.baseline.value, ctx.lang);
  return row.baseline.source === 'observed' ? cell : { ...cell, text: `${cell.text}†` };
}

function latestCell(ctx: ReportContext, row: IndicatorEvaluation): Cell {
  if (!row.latest) return { text: DASH, value: null };
  const cell = figureCell(row.latest.value, ctx.lang);
  const year = row.latest.year !== ctx.year ? say(ctx, { zh: `（${row.latest.year}）`, en: ` (${row.latest.year})` }) : '';
  return { ...cell, text: `${cell.text}${year}${row.latest.pending ? '*' : ''}` };
}

function targetCell(ctx: ReportContext, row: IndicatorEvaluation): Cell {
  if (row.target.kind === 'assigned' || row.target.value === null) {
    return { text: say(ctx, { zh: '完成下达目标', en: 'as assigned' }), value: null };
  }
  const prefix = { at_least: '≥', approximately: '≈', reach: '', at_most: '≤', assigned: '' }[row.target.kind];
  return { text: `${prefix}${formatFigure(row.target.value, ctx.lang)}`, value: row.target.value };
}
