/**
 * 三、空间布局: the poles (their share of the industry total and how their regions stand),
 * a schematic map of the regions, and each region's row of the total indicator.
 */
import { figureCell, percentCell, scheduleCell, textCell } from '../cells.ts';
import { draft, paragraph, type DraftSection } from '../draft.ts';
import { capitalise, formatAmount, formatPercent, joinNames, plural } from '../format.ts';
import { unitLabel } from '../indicator-table.ts';
import { regionFacts, type PoleFact, type RegionFacts } from '../region-facts.ts';
import { regionName, say, seriesName, unitOf, type ReportContext } from '../report-context.ts';
import type { Block, Chart, SeriesTone, Table } from '../report-model.ts';
import { outliers, shortName } from '../charts/schematic-places.ts';
import { sourceLine } from '../source-lines.ts';
import { statusGroups } from '../status-groups.ts';

const poleTones: SeriesTone[] = ['pole1', 'pole2', 'pole3'];

export function buildSpatial(ctx: ReportContext): DraftSection | null {
  const { plan } = ctx;
  if (plan.regions.length === 0 && plan.poles.length === 0) return null;
  const facts = regionFacts(ctx);
  const blocks: Block[] = [];
  if (plan.poles.length > 0) {
    blocks.push(paragraph(polesSentence(ctx, facts)));
    blocks.push(poleTable(ctx, facts));
  }
  const map = mapChart(ctx, facts);
  if (map) blocks.push(map);
  if (facts.totalIndicatorId) {
    blocks.push(regionTable(ctx, facts));
    const bars = regionBars(ctx, facts);
    if (bars) blocks.push(bars);
    blocks.push(paragraph(laggingSentence(ctx, facts)));
  }
  return draft('spatial', say(ctx, { zh: '空间布局', en: 'Spatial layout' }), blocks);
}

function poleLabel(ctx: ReportContext, p: PoleFact): string {
  return p.pole.name[ctx.lang];
}

function polesSentence(ctx: ReportContext, facts: RegionFacts): string {
  const { lang } = ctx;
  const total = facts.totalIndicatorId ? seriesName(ctx, facts.totalIndicatorId) : null;
  const parts = facts.poles.map((p) => {
    const core = joinNames(p.pole.core.map((c) => regionName(ctx, c)), lang);
    const share =
      total && p.totalSum !== null && p.sharePct !== null
        ? say(ctx, {
            zh: `，${total}合计${formatAmount(p.totalSum, unitOf(ctx, indicatorUnit(ctx, facts)), 'zh')}，占全省${formatPercent(p.sharePct, 'zh')}`,
            en: ` accounts for ${formatAmount(p.totalSum, unitOf(ctx, indicatorUnit(ctx, facts)), 'en')} of ${total.toLowerCase()} (${formatPercent(p.sharePct, 'en')} of the province)`,
          })
        : '';
    const behind =
      p.behindPct !== null
        ? say(ctx, { zh: `；其市县分项指标中滞后的占${formatPercent(p.behindPct, 'zh')}`, en: `; ${formatPercent(p.behindPct, 'en')} of its regional rows are behind schedule` })
        : '';
    return say(ctx, {
      zh: `${poleLabel(ctx, p)}（以${core}为核心，辐射${p.pole.radiates.length}个市县）${share}${behind}`,
      en: `The ${poleLabel(ctx, p)} (core ${core}, radiating to ${plural(p.pole.radiates.length, 'region')})${share}${behind}`,
    });
  });
  return lang === 'zh' ? `按照“三极”布局，${parts.join('。')}。` : `${parts.join('. ')}.`;
}

function indicatorUnit(ctx: ReportContext, facts: RegionFacts): string {
  return ctx.plan.indicators.find((i) => i.id === facts.totalIndicatorId)?.unit ?? '';
}

function poleTable(ctx: ReportContext, facts: RegionFacts): Table {
  const { lang } = ctx;
  const groups = statusGroups.filter((g) => ['achieved', 'ahead', 'on_schedule', 'behind'].includes(g.key));
  const total = facts.totalIndicatorId ? seriesName(ctx, facts.totalIndicatorId) : '';
  const unit = facts.totalIndicatorId ? unitLabel(ctx, indicatorUnit(ctx, facts)) : '';
  return {
    kind: 'table',
    id: 'poles',
    caption: say(ctx, { zh: '“三极”进展情况', en: 'The poles' }),
    columns: [
      { label: say(ctx, { zh: '极', en: 'Pole' }), kind: 'text', width: 1 },
      { label: say(ctx, { zh: '核心与辐射市县', en: 'Core and radiated regions' }), kind: 'text', width: 3.6 },
      { label: say(ctx, { zh: `${total}（${unit}）`, en: `${total} (${unit})` }), kind: 'number', width: 1.5 },
      { label: say(ctx, { zh: '占全省', en: 'Share' }), kind: 'percent', width: 0.9 },
      ...groups.map((g) => ({ label: capitalise(g.label[lang]), kind: 'count' as const, width: 0.85 })),
    ],
    rows: facts.poles.map((p) => [
      textCell(poleLabel(ctx, p)),
      textCell(
        say(ctx, {
          zh: `${p.pole.core.map((c) => regionName(ctx, c)).join('、')}；辐射${p.pole.radiates.map((c) => regionName(ctx, c)).join('、')}`,
          en: `${p.pole.core.map((c) => regionName(ctx, c)).join(', ')}; radiating to ${p.pole.radiates.map((c) => regionName(ctx, c)).join(', ')}`,
        }),
      ),
      figureCell(p.totalSum, lang),
      percentCell(p.sharePct, lang),
      ...groups.map((g) => figureCell(g.count(p.counts), lang, 0)),
    ]),
    notes: [
      say(ctx, {
        zh: '状态列为该极所含市县各项指标分地区评估结果的条数（地区目标按全省所需增速推算）。',
        en: 'The status columns count the regional rows of every indicator in the pole’s regions (regional targets implied by the province’s required growth).',
      }),
    ],
  };
}

function mapChart(ctx: ReportContext, facts: RegionFacts): Chart | null {
  const { lang } = ctx;
  const all = facts.regions
    .filter((r) => r.total?.latest)
    .map((r) => ({ name: shortName(r.region.name[lang]), lng: r.region.lng, lat: r.region.lat, value: r.total!.latest!.value, group: r.pole ?? facts.poles.length }));
  const far = outliers(all);
  const points = all.filter((p) => !far.includes(p));
  if (points.length === 0) return null;
  const omitted = far.length
    ? say(ctx, {
        zh: `；${far.map((p) => p.name).join('、')}距离较远，未在图中标示`,
        en: `; ${far.map((p) => p.name).join(', ')} lie${far.length === 1 ? 's' : ''} too far away to show`,
      })
    : '';
  const groups = [
    ...facts.poles.map((p, k) => ({ name: poleLabel(ctx, p), tone: poleTones[k] ?? 'other' })),
    { name: say(ctx, { zh: '其他市县', en: 'Other regions' }), tone: 'other' as const },
  ];
  const total = seriesName(ctx, facts.totalIndicatorId!);
  return {
    kind: 'chart',
    caption: say(ctx, { zh: `各市县${total}分布示意`, en: `${total} by region (schematic)` }),
    spec: {
      kind: 'map',
      id: 'region-map',
      title: say(ctx, { zh: `${total}（${ctx.year}年，示意图）`, en: `${total}, ${ctx.year} (schematic)` }),
      unit: say(ctx, {
        zh: `圆面积表示数值（${unitLabel(ctx, indicatorUnit(ctx, facts))}）；按市县政府驻地坐标示意，非地图，不含行政边界`,
        en: `Bubble area shows the value (${unitLabel(ctx, indicatorUnit(ctx, facts))}); placed at each seat's coordinates — a schematic, not a map, without boundaries`,
      }) + omitted,
      source: sourceLine(ctx, 'observations'),
      width: 800,
      height: 560,
      groups,
      points,
    },
  };
}

function regionTable(ctx: ReportContext, facts: RegionFacts): Table {
  const { lang } = ctx;
  const total = seriesName(ctx, facts.totalIndicatorId!);
  const unit = unitLabel(ctx, indicatorUnit(ctx, facts));
  return {
    kind: 'table',
    id: 'regions',
    caption: say(ctx, { zh: `各市县${total}进展`, en: `${total} by region` }),
    columns: [
      { label: say(ctx, { zh: '市县', en: 'Region' }), kind: 'text', width: 1.9 },
      { label: say(ctx, { zh: '所属极', en: 'Pole' }), kind: 'text', width: 1.1 },
      { label: say(ctx, { zh: `最新值（${unit}）`, en: `Latest (${unit})` }), kind: 'number', width: 1.3 },
      { label: say(ctx, { zh: '年均增长', en: 'Growth a year' }), kind: 'percent', width: 1 },
      { label: say(ctx, { zh: '所需增长', en: 'Growth needed' }), kind: 'percent', width: 1 },
      { label: say(ctx, { zh: '时序进度', en: 'Schedule' }), kind: 'status', width: 1.3 },
      { label: say(ctx, { zh: '分项滞后/可评估', en: 'Rows behind / assessed' }), kind: 'text', width: 1.3 },
    ],
    rows: facts.regions.map((r) => {
      const c = r.counts;
      const assessed = c ? c.bySchedule.achieved + c.bySchedule.ahead + c.bySchedule.on_schedule + c.bySchedule.behind : 0;
      return [
        textCell(r.region.name[lang]),
        textCell(r.pole === null ? '—' : poleLabel(ctx, facts.poles[r.pole]!)),
        figureCell(r.total?.latest?.value, lang),
        percentCell(r.total?.cagrActualPct, lang, 2),
        percentCell(r.total?.cagrRequiredPct, lang, 2),
        r.total ? scheduleCell(r.total, lang) : textCell('—'),
        textCell(c ? `${c.bySchedule.behind}/${assessed}` : '—'),
      ];
    }),
    notes: [
      say(ctx, {
        zh: `年均增长为${ctx.plan.baseYear}年以来的实际年均增速；所需增长为按全省目标推算的本地区年均增速。`,
        en: `Growth a year is the actual average since ${ctx.plan.baseYear}; growth needed is the region’s pace implied by the province’s target.`,
      }),
    ],
  };
}

function regionBars(ctx: ReportContext, facts: RegionFacts): Chart | null {
  const rows = facts.regions.filter((r) => r.total?.latest).sort((a, b) => b.total!.latest!.value - a.total!.latest!.value);
  if (rows.length === 0) return null;
  const groups = statusGroups.filter((g) => ['achieved', 'ahead', 'on_schedule', 'behind'].includes(g.key));
  const total = seriesName(ctx, facts.totalIndicatorId!);
  return {
    kind: 'chart',
    caption: say(ctx, { zh: `各市县${total}及时序进度`, en: `${total} by region and schedule` }),
    spec: {
      kind: 'bar',
      id: 'region-bars',
      title: say(ctx, { zh: `各市县${total}（${ctx.year}年）`, en: `${total} by region, ${ctx.year}` }),
      unit: say(ctx, { zh: `单位：${unitLabel(ctx, indicatorUnit(ctx, facts))}；颜色表示时序进度`, en: `Unit: ${unitLabel(ctx, indicatorUnit(ctx, facts))}; colour shows the schedule` }),
      source: sourceLine(ctx, 'observations'),
      width: 800,
      height: 130 + rows.length * 22,
      categories: rows.map((r) => r.region.name[ctx.lang]),
      series: groups
        .filter((g) => rows.some((r) => r.total!.schedule === g.key))
        .map((g) => ({ name: g.label[ctx.lang], tone: g.tone, stack: 'region', values: rows.map((r) => (r.total!.schedule === g.key ? r.total!.latest!.value : null)) })),
      horizontal: true,
      logScale: false,
      reference: null,
      valueLabels: true,
    },
  };
}

function laggingSentence(ctx: ReportContext, facts: RegionFacts): string {
  const total = seriesName(ctx, facts.totalIndicatorId!);
  if (facts.lagging.length === 0) {
    return say(ctx, { zh: `各市县${total}均符合或快于所需进度。`, en: `Every region is on or ahead of schedule on ${total.toLowerCase()}.` });
  }
  const names = joinNames(facts.lagging.map((r) => r.region.name[ctx.lang]), ctx.lang);
  return say(ctx, {
    zh: `${names}等${facts.lagging.length}个市县${total}增速低于按全省目标推算的所需增速，进度滞后。`,
    en: `${plural(facts.lagging.length, 'region', 'regions')} — ${names} — ${facts.lagging.length === 1 ? 'is' : 'are'} growing ${total.toLowerCase()} slower than the pace the province’s target implies, behind schedule.`,
  });
}

