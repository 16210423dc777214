/** 附录: how the figures are computed, where the data come from, and how good they are. */
import { figureCell, percentCell, textCell } from '../cells.ts';
import { draft, list, paragraph, type DraftSection } from '../draft.ts';
import { formatDate, formatFigure, formatPercent } from '../format.ts';
import { demoNotice, pendingNotice } from '../notices.ts';
import { say, type ReportContext } from '../report-context.ts';
import type { Block, Table } from '../report-model.ts';

export function buildAppendix(ctx: ReportContext): DraftSection {
  return {
    ...draft('appendix', say(ctx, { zh: '附录', en: 'Appendix' }), [], [methods(ctx), sources(ctx), quality(ctx)]),
    numbered: false,
    letter: 'A',
  };
}

function methods(ctx: ReportContext): DraftSection {
  const s = ctx.plan.settings.evaluation;
  const t = s.sdgThresholds;
  const tol = s.scheduleTolerancePct;
  const base = ctx.plan.baseYear;
  return draft('appendix-methods', say(ctx, { zh: '评估方法', en: 'Method' }), [
    paragraph(
      say(ctx, {
        zh: '本报告全部数值由 Plansight 评估引擎按同一方法计算，与平台页面、接口和命令行（plansight evaluate）一致。',
        en: 'Every figure in this report comes from the Plansight evaluation engine — the same computation the web pages, the API and the command line (plansight evaluate) show.',
      }),
    ),
    list([
      say(ctx, {
        zh: `基期值：取${base}年实际监测值；无实际值时取规划所述基期值，或由目标值和规划年均增速推算。`,
        en: `Baseline: the observed ${base} value; without one, the plan’s stated baseline or one derived from the target and the plan’s growth rate.`,
      }),
      say(ctx, {
        zh: '所需路径：从基期值以不变年均增速到达目标值的路径；所需增速 r =（目标值 ÷ 基期值）^(1/年数) − 1。',
        en: 'Required path: constant growth from the baseline to the target; required growth r = (target ÷ baseline)^(1/years) − 1.',
      }),
      say(ctx, {
        zh: `进度评估（联合国可持续发展目标方法）：实际年均增速与所需增速之比 R；R ≥ ${t.onTrack} 为进展顺利，≥ ${t.fair} 为需加快，≥ ${t.limited} 为进展有限，更低为倒退。`,
        en: `Progress (UN SDG method): the ratio R of the growth achieved to the growth required; R ≥ ${t.onTrack} on track, ≥ ${t.fair} fair, ≥ ${t.limited} limited, below that deterioration.`,
      }),
      say(ctx, {
        zh: `时序进度：最新值与所需路径上同年数值比较，高出${tol}%以上为快于预期，相差在±${tol}%以内为基本符合预期，低出${tol}%以上为滞后；已达到目标为提前实现。`,
        en: `Schedule: the latest value against the required path in the same year — more than ${tol}% above is ahead, within ±${tol}% on schedule, more than ${tol}% below behind; a target already reached is achieved early.`,
      }),
      say(ctx, {
        zh: '完成进度 =（最新值 − 基期值）÷（目标值 − 基期值）；时间进度 =（最新值年份 − 基期年）÷（目标年 − 基期年）。“时间过半、任务过半”按可评估指标中滞后指标所占比例判断：不超过四分之一为实现，不超过一半为基本实现，否则为未实现。',
        en: 'Completion = (latest − baseline) ÷ (target − baseline); time elapsed = (latest year − base year) ÷ (target year − base year). “Half the time, half the task” is judged by the share of assessed indicators behind schedule: at most a quarter — achieved; at most half — broadly achieved; more — not achieved.',
      }),
      say(ctx, {
        zh: '趋势预测：对基期以来各年数值取对数作线性拟合，外推至目标年，给出80%预测区间；仅两个数据点时按两点间增速外推。',
        en: 'Projection: a straight line fitted to the logarithm of the values since the baseline, extended to the target year with an 80% prediction interval; with two points, their growth rate is extended.',
      }),
      say(ctx, {
        zh: '分地区：规划未设分地区目标，按全省所需增速推算各市县目标；“三极”统计其核心与辐射市县。',
        en: 'Regions: the plan sets no regional targets; each region’s is implied by the province’s required growth. A pole counts its core and the regions it radiates to.',
      }),
      say(ctx, {
        zh: '问题与建议由固定规则从数据导出（见 docs/report.md）：滞后或倒退的指标、未完成的下达目标、有逾期里程碑的项目、产业规模增长滞后的市县、逾期未报的数据。',
        en: 'Problems and recommendations follow fixed rules from the data (docs/report.md): indicators behind schedule or deteriorating, assigned targets not met, projects with overdue milestones, regions behind on the industry total, overdue data.',
      }),
    ]),
  ]);
}

function sources(ctx: ReportContext): DraftSection {
  const { inputs, lang } = ctx;
  const d = inputs.demoRows;
  const n = (v: number) => figureCell(v, lang, 0);
  // The demo column appears only when demo rows were used: a clean report never mentions demo data.
  const rows: [string, { zh: string; en: string }, number, number, { zh: string; en: string }][] = [
    [
      'observations',
      { zh: '监测值（用于评估）', en: 'Monitoring values (evaluated)' },
      inputs.observationStats.used,
      d.observations,
      {
        zh: `全省及市县年度数据，截至${ctx.year}年；${inputs.includePending ? '含已审核和待审核数据' : '仅已审核数据'}`,
        en: `Yearly values for the province and regions up to ${ctx.year}; ${inputs.includePending ? 'approved and pending' : 'approved only'}`,
      },
    ],
    ['projects', { zh: '重点项目进展', en: 'Key-project progress' }, inputs.projectProgress.length, d.projects, { zh: '项目阶段与年度投资', en: 'Stage and yearly investment' }],
    ['milestones', { zh: '项目里程碑', en: 'Milestones' }, inputs.milestones.length, d.milestones, { zh: '计划与实际完成日期', en: 'Due and done dates' }],
    ['enterprises', { zh: '企业名录', en: 'Enterprise registry' }, inputs.enterprises.total, d.enterprises, { zh: '企业及所属产业集群、细分领域', en: 'Enterprises with their clusters and segments' }],
    ['certifications', { zh: '企业认定记录', en: 'Certificates' }, inputs.certificationRows, d.certifications, { zh: '高新技术企业、专精特新等各类认定', en: 'High-tech, SRDI and other certificates' }],
    ['calendar', { zh: '填报日历', en: 'Reporting calendar' }, inputs.calendar.entries, d.calendar, { zh: `截至${ctx.year}年的报告期`, en: `Periods up to ${ctx.year}` }],
  ];
  const table: Table = {
    kind: 'table',
    id: 'data-sources',
    caption: say(ctx, { zh: '数据来源', en: 'Data sources' }),
    columns: [
      { label: say(ctx, { zh: '数据', en: 'Data' }), kind: 'text', width: 2.4 },
      { label: say(ctx, { zh: '条数', en: 'Rows' }), kind: 'count', width: 1 },
      ...(ctx.demo.any ? [{ label: say(ctx, { zh: '其中演示数据', en: 'Of which demo' }), kind: 'count' as const, width: 1.1 }] : []),
      { label: say(ctx, { zh: '说明', en: 'Notes' }), kind: 'text', width: 3.4 },
    ],
    rows: rows.map(([, label, count, demo, note]) => [textCell(say(ctx, label)), n(count), ...(ctx.demo.any ? [n(demo)] : []), textCell(say(ctx, note))]),
    notes: [],
  };
  return draft('appendix-sources', say(ctx, { zh: '数据来源', en: 'Data sources' }), [table]);
}

function quality(ctx: ReportContext): DraftSection {
  const { inputs, lang } = ctx;
  const s = inputs.observationStats;
  const approved = s.byStatus.approved ?? 0;
  const share = s.stored > 0 ? (approved / s.stored) * 100 : null;
  const status = (key: string, label: { zh: string; en: string }) => [textCell(say(ctx, label)), figureCell(s.byStatus[key] ?? 0, lang, 0), percentCell(s.stored > 0 ? ((s.byStatus[key] ?? 0) / s.stored) * 100 : null, lang)];
  const blocks: Block[] = [
    paragraph(
      share === null
        ? say(ctx, { zh: '数据库中尚无本规划的监测数据。', en: 'The store holds no monitoring values for this plan yet.' })
        : say(ctx, {
            zh: `截至${ctx.year}年的${formatFigure(s.stored, 'zh', 0)}条监测值中，已审核${formatFigure(approved, 'zh', 0)}条，占${formatPercent(share, 'zh')}。填报日历中截至${ctx.year}年的${inputs.calendar.entries}项报送任务，已报送${inputs.calendar.done}项，未到期${inputs.calendar.due}项，逾期${inputs.calendar.overdue.length}项（按${formatDate(ctx.today, 'zh')}计）。`,
            en: `Of ${formatFigure(s.stored, 'en', 0)} monitoring values up to ${ctx.year}, ${formatFigure(approved, 'en', 0)} are approved (${formatPercent(share, 'en')}). Of ${formatFigure(inputs.calendar.entries, 'en', 0)} returns due for periods up to ${ctx.year}, ${formatFigure(inputs.calendar.done, 'en', 0)} are in, ${formatFigure(inputs.calendar.due, 'en', 0)} not yet due and ${formatFigure(inputs.calendar.overdue.length, 'en', 0)} overdue (on ${formatDate(ctx.today, 'en')}).`,
          }),
    ),
    {
      kind: 'table',
      id: 'data-quality',
      caption: say(ctx, { zh: '监测值审核状态', en: 'Monitoring values by approval status' }),
      columns: [
        { label: say(ctx, { zh: '状态', en: 'Status' }), kind: 'text', width: 2 },
        { label: say(ctx, { zh: '条数', en: 'Values' }), kind: 'count', width: 1 },
        { label: say(ctx, { zh: '占比', en: 'Share' }), kind: 'percent', width: 1 },
      ],
      rows: [
        status('approved', { zh: '已审核', en: 'Approved' }),
        status('submitted', { zh: '待审核', en: 'Submitted, pending approval' }),
        status('draft', { zh: '草稿', en: 'Draft' }),
        status('returned', { zh: '已退回', en: 'Returned' }),
      ],
      notes: [],
    },
  ];
  if (ctx.evaluation.findings.length > 0) {
    blocks.push(paragraph(say(ctx, { zh: '评估提示：', en: 'The evaluation noticed:' })), list(ctx.evaluation.findings.map((f) => f.message[lang])));
  }
  for (const notice of [demoNotice(ctx), pendingNotice(ctx)]) if (notice) blocks.push(notice);
  return draft('appendix-quality', say(ctx, { zh: '数据质量', en: 'Data quality' }), blocks);
}
