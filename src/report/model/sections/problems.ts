/**
 * 六、存在的问题: derived from the data by the rules in problems.ts — lagging indicators
 * with their gaps and the growth now required, unmet assigned targets, delayed projects,
 * lagging regions, and overdue or missing data.
 */
import type { IndicatorEvaluation } from '../../../evaluation/evaluate-indicator.ts';
import { figureCell, percentCell, textCell } from '../cells.ts';
import { draft, list, paragraph, type DraftSection } from '../draft.ts';
import { formatAmount, formatDate, formatPercent, joinNames, plural } from '../format.ts';
import { dataGaps, INVESTMENT_RATE_FLOOR, laggingIndicators, unmetAssigned } from '../problems.ts';
import { completionRate, projectFacts } from '../project-facts.ts';
import { regionFacts } from '../region-facts.ts';
import { clusterName, regionName, say, seriesName, unitOf, type ReportContext } from '../report-context.ts';
import type { Block, Table } from '../report-model.ts';

export function buildProblems(ctx: ReportContext): DraftSection {
  const children = [laggingPart(ctx), assignedPart(ctx), projectsPart(ctx), regionsPart(ctx), dataPart(ctx)].filter((s): s is DraftSection => s !== null);
  const blocks: Block[] =
    children.length === 0
      ? [paragraph(say(ctx, { zh: '按本报告的判定规则，未发现需要特别关注的问题。', en: 'By the rules of this report, nothing calls for particular attention.' }))]
      : [paragraph(say(ctx, { zh: '根据监测数据，规划实施中存在以下问题：', en: 'The monitoring data show the following problems:' }))];
  return draft('problems', say(ctx, { zh: '存在的问题', en: 'Problems and their causes' }), blocks, children);
}

function laggingPart(ctx: ReportContext): DraftSection | null {
  const rows = laggingIndicators(ctx.evaluation);
  if (rows.length === 0) return null;
  const deteriorating = rows.filter((r) => r.status === 'deterioration');
  const worst = rows.slice(0, 3).map((row) => gapPhrase(ctx, row));
  const blocks: Block[] = [
    paragraph(
      say(ctx, {
        zh: `${rows.length}项指标低于实现目标所需的进度（滞后或倒退）。与所需路径差距最大的是：${worst.join('；')}。`,
        en: `${plural(rows.length, 'indicator is', 'indicators are')} below the pace their targets need (behind schedule or deteriorating). Furthest behind: ${worst.join('; ')}.`,
      }),
    ),
    gapTable(ctx, rows),
  ];
  if (deteriorating.length > 0) {
    blocks.push(
      paragraph(
        say(ctx, {
          zh: `其中${joinNames(deteriorating.map((r) => r.name.zh), 'zh')}较基期倒退或与目标方向相反，须扭转下滑趋势。`,
          en: `Of these, ${joinNames(deteriorating.map((r) => r.name.en), 'en')} moved away from the target since the baseline and must turn around.`,
        }),
      ),
    );
  }
  return draft('problems-indicators', say(ctx, { zh: '部分指标进度滞后', en: 'Indicators behind schedule' }), blocks);
}

function gapPhrase(ctx: ReportContext, row: IndicatorEvaluation): string {
  const unit = unitOf(ctx, row.unit);
  const latest = row.latest ? formatAmount(row.latest.value, unit, ctx.lang) : '—';
  const expected = row.expectedValue !== null ? formatAmount(row.expectedValue, unit, ctx.lang) : '—';
  const gap = row.scheduleGapPct !== null ? formatPercent(row.scheduleGapPct, ctx.lang) : '—';
  return say(ctx, {
    zh: `${row.name.zh}（${row.latest?.year ?? ''}年${latest}，按所需路径应达${expected}，偏差${gap}）`,
    en: `${row.name.en} (${latest} in ${row.latest?.year ?? ''} against ${expected} on the required path, ${gap})`,
  });
}

function gapTable(ctx: ReportContext, rows: readonly IndicatorEvaluation[]): Table {
  const { lang } = ctx;
  return {
    kind: 'table',
    id: 'lagging-indicators',
    caption: say(ctx, { zh: '进度滞后指标与所需增速', en: 'Indicators behind schedule and the growth they now need' }),
    columns: [
      { label: say(ctx, { zh: '指标', en: 'Indicator' }), kind: 'text', width: 3 },
      { label: say(ctx, { zh: '最新值', en: 'Latest' }), kind: 'number', width: 1.05 },
      { label: say(ctx, { zh: '按所需路径应达', en: 'Required path' }), kind: 'number', width: 1.1 },
      { label: say(ctx, { zh: '偏差', en: 'Gap' }), kind: 'percent', width: 0.85 },
      { label: say(ctx, { zh: '已实现年均增长', en: 'Growth so far' }), kind: 'percent', width: 1 },
      { label: say(ctx, { zh: '剩余年份需年均增长', en: 'Growth needed' }), kind: 'percent', width: 1.05 },
      { label: say(ctx, { zh: `${ctx.plan.targetYear}年预测`, en: `Projected ${ctx.plan.targetYear}` }), kind: 'number', width: 1.05 },
      { label: say(ctx, { zh: '预计缺口', en: 'Projected shortfall' }), kind: 'number', width: 1.05 },
    ],
    rows: rows.map((row) => [
      textCell(row.name[lang]),
      figureCell(row.latest?.value, lang),
      figureCell(row.expectedValue, lang),
      percentCell(row.scheduleGapPct, lang),
      percentCell(row.cagrActualPct, lang),
      percentCell(row.requiredGrowthPct, lang),
      figureCell(row.projection?.value, lang, 1),
      figureCell(row.projection?.shortfall ?? null, lang, 1),
    ]),
    notes: [
      say(ctx, {
        zh: '偏差 =（最新值 − 所需路径值）÷ 所需路径值，按指标方向取正负；预测为对数线性趋势外推，预计缺口为预测值距目标的差额（单位同指标）。',
        en: 'Gap = (latest − required-path value) ÷ required-path value, signed by the direction of the indicator; the projection extends the log-linear trend, and the shortfall is how far it falls short of the target (in the indicator’s unit).',
      }),
    ],
  };
}

function assignedPart(ctx: ReportContext): DraftSection | null {
  const rows = unmetAssigned(ctx.evaluation);
  if (rows.length === 0) return null;
  return draft('problems-assigned', say(ctx, { zh: '部分下达目标未完成', en: 'Assigned targets not met' }), [list(rows.map((row) => row.explanation[ctx.lang]))]);
}

function projectsPart(ctx: ReportContext): DraftSection | null {
  const f = projectFacts(ctx.plan, ctx.inputs, ctx.year);
  const latest = f.investment.find((i) => i.year === ctx.year);
  const rate = latest ? completionRate(latest.planned, latest.completed) : null;
  const lowInvestment = rate !== null && rate < INVESTMENT_RATE_FLOOR;
  if (f.delayed.length === 0 && !lowInvestment) return null;
  const parts: string[] = [];
  if (f.delayed.length > 0) {
    const share = formatPercent((f.delayed.length / f.total) * 100, ctx.lang, 0);
    const byCluster = f.byCluster
      .filter((c) => c.delayed > 0)
      .sort((a, b) => b.delayed - a.delayed)
      .slice(0, 3)
      .map((c) => say(ctx, { zh: `${clusterName(ctx, c.clusterId)}${c.delayed}个`, en: `${clusterName(ctx, c.clusterId)} ${c.delayed}` }));
    parts.push(
      say(ctx, {
        zh: `${f.delayed.length}个重点项目（占${share}）有到期未完成的里程碑，较集中的产业集群为${byCluster.join('、')}；逾期最久的是${f.delayed[0]!.project.name.zh}（${f.delayed[0]!.daysOverdue}天）。`,
        en: `${plural(f.delayed.length, 'key project', 'key projects')} (${share}) ${f.delayed.length === 1 ? 'has' : 'have'} milestones due and not done, most in ${byCluster.join(', ')}; the longest overdue is ${f.delayed[0]!.project.name.en} (${f.delayed[0]!.daysOverdue} days).`,
      }),
    );
  }
  if (lowInvestment) {
    parts.push(
      say(ctx, {
        zh: `${ctx.year}年重点项目投资完成率为${formatPercent(rate!, 'zh')}，低于${INVESTMENT_RATE_FLOOR}%。`,
        en: `Key-project investment in ${ctx.year} reached ${formatPercent(rate!, 'en')} of the plan, below ${INVESTMENT_RATE_FLOOR}%.`,
      }),
    );
  }
  return draft('problems-projects', say(ctx, { zh: '重点项目推进不及预期', en: 'Key projects slower than planned' }), [paragraph(parts.join(ctx.lang === 'zh' ? '' : ' '))]);
}

function regionsPart(ctx: ReportContext): DraftSection | null {
  const facts = regionFacts(ctx);
  if (facts.lagging.length === 0 || !facts.totalIndicatorId) return null;
  const total = seriesName(ctx, facts.totalIndicatorId);
  const items = facts.lagging.map((r) => {
    const t = r.total!;
    return say(ctx, {
      zh: `${r.region.name.zh}：年均增长${formatPercent(t.cagrActualPct ?? 0, 'zh')}，低于所需的${formatPercent(t.cagrRequiredPct ?? 0, 'zh')}`,
      en: `${r.region.name.en}: ${formatPercent(t.cagrActualPct ?? 0, 'en')} a year against the ${formatPercent(t.cagrRequiredPct ?? 0, 'en')} needed`,
    });
  });
  return draft('problems-regions', say(ctx, { zh: '部分市县进展滞后', en: 'Regions behind schedule' }), [
    paragraph(
      say(ctx, {
        zh: `${facts.lagging.length}个市县${total}增长慢于按全省目标推算的所需增速：`,
        en: `${plural(facts.lagging.length, 'region is', 'regions are')} growing ${total.toLowerCase()} slower than the province’s target implies:`,
      }),
    ),
    list(items),
  ]);
}

function dataPart(ctx: ReportContext): DraftSection | null {
  const { inputs, lang } = ctx;
  const items: string[] = [];
  const overdue = inputs.calendar.overdue;
  if (overdue.length > 0) {
    const regions = [...new Set(overdue.map((o) => o.regionCode))];
    const named = regions.slice(0, 5).map((code) => regionName(ctx, code));
    items.push(
      say(ctx, {
        zh: `截至${formatDate(ctx.today, 'zh')}，${overdue.length}项数据逾期未报，涉及${named.join('、')}${regions.length > 5 ? `等${regions.length}个地区` : ''}。`,
        en: `On ${formatDate(ctx.today, 'en')}, ${plural(overdue.length, 'data return is', 'data returns are')} overdue, from ${named.join(', ')}${regions.length > 5 ? ` and ${regions.length - 5} more places` : ''}.`,
      }),
    );
  }
  const gaps = dataGaps(ctx.evaluation);
  if (gaps.length > 0) {
    items.push(
      say(ctx, {
        zh: `${joinNames(gaps.map((g) => g.name.zh), 'zh')}缺少评估所需数据，暂无法评估。`,
        en: `${joinNames(gaps.map((g) => g.name.en), 'en')} lack the data an assessment needs.`,
      }),
    );
  }
  const pending = inputs.observationStats.byStatus.submitted ?? 0;
  if (pending > 0) {
    items.push(
      say(ctx, {
        zh: `${pending}条已报送数据尚待审核${inputs.includePending ? '（已计入本报告）' : '（未计入本报告）'}。`,
        en: `${plural(pending, 'submitted value awaits', 'submitted values await')} approval (${inputs.includePending ? 'counted in this report' : 'not counted in this report'}).`,
      }),
    );
  }
  for (const finding of ctx.evaluation.findings) items.push(finding.message[lang]);
  if (items.length === 0) return null;
  return draft('problems-data', say(ctx, { zh: '数据报送与质量有待加强', en: 'Data reporting and quality' }), [list(items)]);
}
