/**
 * 五、企业梯度培育: the enterprise-count indicators (规上高新技术企业, 专精特新, 小巨人 …)
 * against their targets, checked against the registry's own count, and the registry by
 * certificate kind.
 */
import type { IndicatorEvaluation } from '../../../evaluation/evaluate-indicator.ts';
import { certificationKind } from '../../../records/certification.ts';
import { figureCell, percentCell, scheduleCell, textCell } from '../cells.ts';
import { draft, list, paragraph, type DraftSection } from '../draft.ts';
import { capitalise, formatFigure, plural } from '../format.ts';
import { say, type ReportContext } from '../report-context.ts';
import type { Block, Chart, Notice, Table } from '../report-model.ts';
import { sourceLine } from '../source-lines.ts';

export function buildCultivation(ctx: ReportContext): DraftSection | null {
  const counted = new Set(ctx.plan.indicators.filter((i) => i.measurement.kind === 'enterprise_count').map((i) => i.id));
  const rows = ctx.evaluation.indicators.filter((row) => counted.has(row.id));
  const hasRegistry = ctx.inputs.certifications.some((c) => c.cumulative > 0);
  if (rows.length === 0 && !hasRegistry) return null;
  const blocks: Block[] = [];
  if (rows.length > 0) {
    blocks.push(list(rows.map((row) => row.explanation[ctx.lang])), tierTable(ctx, rows));
    const chart = tierChart(ctx, rows);
    if (chart) blocks.push(chart);
    const mismatch = registryMismatch(ctx, rows);
    if (mismatch) blocks.push(mismatch);
  }
  if (hasRegistry) blocks.push(paragraph(registrySentence(ctx)), registryTable(ctx));
  return draft('cultivation', say(ctx, { zh: '企业梯度培育', en: 'Enterprise tier cultivation' }), blocks);
}

function registryCount(ctx: ReportContext, row: IndicatorEvaluation): number | null {
  const year = row.latest?.year ?? ctx.year;
  return ctx.inputs.registryCounts.find((c) => c.indicatorId === row.id && c.year === year)?.count ?? null;
}

function tierTable(ctx: ReportContext, rows: readonly IndicatorEvaluation[]): Table {
  const { lang } = ctx;
  return {
    kind: 'table',
    id: 'cultivation',
    caption: say(ctx, { zh: '市场主体培育指标进展', en: 'Enterprise-count indicators' }),
    columns: [
      { label: say(ctx, { zh: '指标', en: 'Indicator' }), kind: 'text', width: 3 },
      { label: say(ctx, { zh: '基期值', en: 'Baseline' }), kind: 'count', width: 0.9 },
      { label: say(ctx, { zh: '最新值', en: 'Latest' }), kind: 'count', width: 0.9 },
      { label: say(ctx, { zh: '名录计数', en: 'Registry' }), kind: 'count', width: 0.9 },
      { label: say(ctx, { zh: '目标值', en: 'Target' }), kind: 'count', width: 0.9 },
      { label: say(ctx, { zh: '完成进度', en: 'Completion' }), kind: 'percent', width: 0.9 },
      { label: say(ctx, { zh: '时序进度', en: 'Schedule' }), kind: 'status', width: 1.2 },
      { label: say(ctx, { zh: '剩余年份需年均增长', en: 'Growth needed a year' }), kind: 'percent', width: 1.2 },
    ],
    rows: rows.map((row) => [
      textCell(row.name[lang]),
      figureCell(row.baseline?.value, lang, 0),
      figureCell(row.latest?.value, lang, 0, row.latest?.pending ? '*' : ''),
      figureCell(registryCount(ctx, row), lang, 0),
      figureCell(row.target.value, lang, 0),
      percentCell(row.completionPct, lang),
      scheduleCell(row, lang),
      percentCell(row.requiredGrowthPct, lang),
    ]),
    notes: [
      say(ctx, {
        zh: '最新值为评估所用的监测值；名录计数为企业名录按同一口径（有效期内或累计、是否限规上）统计的企业数，二者应一致。',
        en: 'Latest is the monitored value the evaluation uses; registry is the count of the enterprise registry on the same basis (valid or cumulative, above-size or not) — the two should agree.',
      }),
    ],
  };
}

function tierChart(ctx: ReportContext, rows: readonly IndicatorEvaluation[]): Chart | null {
  const shown = rows.filter((row) => row.target.value !== null && row.latest);
  if (shown.length === 0) return null;
  return {
    kind: 'chart',
    caption: say(ctx, { zh: '市场主体数量与目标', en: 'Enterprise counts against their targets' }),
    spec: {
      kind: 'bar',
      id: 'cultivation',
      title: say(ctx, { zh: '市场主体数量与目标', en: 'Enterprise counts against their targets' }),
      unit: say(ctx, { zh: '单位：家（对数坐标）', en: 'Unit: enterprises (logarithmic scale)' }),
      source: sourceLine(ctx, 'observations'),
      width: 800,
      height: 360,
      categories: shown.map((row) => row.name[ctx.lang]),
      series: [
        { name: say(ctx, { zh: `基期值（${ctx.plan.baseYear}年）`, en: `Baseline (${ctx.plan.baseYear})` }), tone: 'baseline', values: shown.map((row) => row.baseline?.value ?? null) },
        { name: say(ctx, { zh: `最新值（${ctx.year}年）`, en: `Latest (${ctx.year})` }), tone: 'actual', values: shown.map((row) => row.latest!.value) },
        { name: say(ctx, { zh: `目标值（${ctx.plan.targetYear}年）`, en: `Target (${ctx.plan.targetYear})` }), tone: 'target', values: shown.map((row) => row.target.value) },
      ],
      horizontal: false,
      logScale: true,
      reference: null,
      valueLabels: true,
    },
  };
}

function registryMismatch(ctx: ReportContext, rows: readonly IndicatorEvaluation[]): Notice | null {
  const differ = rows.filter((row) => {
    const n = registryCount(ctx, row);
    return row.latest && n !== null && n !== row.latest.value;
  });
  if (differ.length === 0) return null;
  const items = differ.map((row) =>
    say(ctx, {
      zh: `${row.name.zh}监测值${formatFigure(row.latest!.value, 'zh', 0)}、名录计数${registryCount(ctx, row)}`,
      en: `${row.name.en}: monitored ${formatFigure(row.latest!.value, 'en', 0)}, registry ${registryCount(ctx, row)}`,
    }),
  );
  return {
    kind: 'notice',
    tone: 'warning',
    title: say(ctx, { zh: '监测值与企业名录不一致', en: 'Monitored values and the registry differ' }),
    text: say(ctx, {
      zh: `${items.join('；')}。请核对企业名录和认定记录是否完整。`,
      en: `${items.join('; ')}. Check that the registry and its certifications are complete.`,
    }),
  };
}

function registrySentence(ctx: ReportContext): string {
  const total = ctx.inputs.enterprises.total;
  return say(ctx, {
    zh: `企业名录共有企业${total}家。各类认定企业数如下表（有效期内按${ctx.year}年12月31日计，累计为截至该日曾获认定的企业数）。`,
    en: `The enterprise registry holds ${plural(total, 'enterprise')}. The table counts them by certificate (valid on 31 December ${ctx.year}; cumulative: ever certified by then).`,
  });
}

function registryTable(ctx: ReportContext): Table {
  const { lang, year, plan } = ctx;
  const kinds = certificationKind.fields.find((f) => f.key === 'kind')?.values ?? [];
  const at = (kind: string, y: number) => ctx.inputs.certifications.find((c) => c.kind === kind && c.year === y);
  return {
    kind: 'table',
    id: 'registry',
    caption: say(ctx, { zh: '企业名录各类认定企业数', en: 'Enterprises in the registry by certificate' }),
    columns: [
      { label: say(ctx, { zh: '认定类型', en: 'Certificate' }), kind: 'text', width: 2.6 },
      { label: say(ctx, { zh: `${plan.baseYear}年底有效`, en: `Valid end ${plan.baseYear}` }), kind: 'count', width: 1.1 },
      { label: say(ctx, { zh: `${year}年底有效`, en: `Valid end ${year}` }), kind: 'count', width: 1.1 },
      { label: say(ctx, { zh: `累计（截至${year}年底）`, en: `Cumulative (end ${year})` }), kind: 'count', width: 1.3 },
      { label: say(ctx, { zh: `${year}年新认定`, en: `New in ${year}` }), kind: 'count', width: 1.1 },
    ],
    rows: kinds.map((k) => {
      const now = at(k.value, year);
      return [
        textCell(lang === 'en' ? capitalise(k.label.en) : k.label.zh),
        figureCell(at(k.value, plan.baseYear)?.validAtYearEnd ?? null, lang, 0),
        figureCell(now?.validAtYearEnd ?? null, lang, 0),
        figureCell(now?.cumulative ?? null, lang, 0),
        figureCell(now?.newInYear ?? null, lang, 0),
      ];
    }),
    notes: [sourceLine(ctx, 'registry')],
  };
}
