/**
 * 四、重点项目: stage counts at the plan's start and now, investment planned against
 * completed, projects by cluster, and the delayed projects.
 */
import type { ProjectStageId } from '../../../records/project-progress.ts';
import { DASH, figureCell, percentCell, textCell } from '../cells.ts';
import { draft, paragraph, type DraftSection } from '../draft.ts';
import { formatAmount, formatPercent } from '../format.ts';
import { completionRate, projectFacts, stageList, type ProjectFacts } from '../project-facts.ts';
import { clusterName, say, type ReportContext } from '../report-context.ts';
import type { Block, Chart, Table } from '../report-model.ts';
import { sourceLine } from '../source-lines.ts';

/** The delayed-projects table lists at most this many (the most overdue); the rest are counted. */
export const DELAYED_LISTED = 30;

export const stageLabels: Record<ProjectStageId, { zh: string; en: string }> = {
  planned: { zh: '谋划', en: 'Planned' },
  advancing: { zh: '推进', en: 'Advancing' },
  construction: { zh: '建设', en: 'Under construction' },
  operating: { zh: '投产', en: 'In operation' },
};

export function buildProjects(ctx: ReportContext): DraftSection | null {
  if (ctx.plan.projects.length === 0) return null;
  const facts = projectFacts(ctx.plan, ctx.inputs, ctx.year);
  const blocks: Block[] = [paragraph(overviewSentence(ctx, facts)), stageTable(ctx, facts), stageChart(ctx, facts)];
  if (facts.investment.length > 0) blocks.push(investmentTable(ctx, facts), investmentChart(ctx, facts));
  blocks.push(clusterTable(ctx, facts));
  if (facts.delayed.length > 0) blocks.push(delayedTable(ctx, facts));
  return draft('projects', say(ctx, { zh: '重点项目', en: 'Key projects' }), blocks);
}

function money(ctx: ReportContext, value: number): string {
  const unit = ctx.plan.units.find((u) => u.id === '100m-cny') ?? { id: '100m-cny', name: { zh: '亿元', en: '100 million yuan' }, symbol: '亿元', additive: true };
  return formatAmount(value, unit, ctx.lang);
}

function overviewSentence(ctx: ReportContext, f: ProjectFacts): string {
  const s = f.stageNow;
  const latest = f.investment.find((i) => i.year === ctx.year);
  const rate = latest ? completionRate(latest.planned, latest.completed) : null;
  const investment =
    latest && rate !== null
      ? say(ctx, {
          zh: `${ctx.year}年计划投资${money(ctx, latest.planned)}，完成${money(ctx, latest.completed)}，完成率${formatPercent(rate, 'zh')}。`,
          en: ` In ${ctx.year}, ${money(ctx, latest.completed)} was invested against ${money(ctx, latest.planned)} planned (${formatPercent(rate, 'en')}).`,
        })
      : '';
  return say(ctx, {
    zh: `规划列出重点项目${f.total}个，${f.reporting}个报送了进展。截至${ctx.year}年底，投产${s.operating}个、建设${s.construction}个、推进${s.advancing}个、谋划${s.planned}个；${f.delayed.length}个项目有逾期未完成的里程碑。${investment}`,
    en: `The plan lists ${f.total} key projects, ${f.reporting} of which report progress. At the end of ${ctx.year}: ${s.operating} in operation, ${s.construction} under construction, ${s.advancing} advancing and ${s.planned} planned; ${f.delayed.length} have overdue milestones.${investment}`,
  });
}

function stageTable(ctx: ReportContext, f: ProjectFacts): Table {
  return {
    kind: 'table',
    id: 'project-stages',
    caption: say(ctx, { zh: '重点项目所处阶段', en: 'Key projects by stage' }),
    columns: [
      { label: say(ctx, { zh: '阶段', en: 'Stage' }), kind: 'text', width: 2 },
      { label: say(ctx, { zh: '规划编制时', en: 'In the plan' }), kind: 'count', width: 1.5 },
      { label: say(ctx, { zh: `${ctx.year}年底`, en: `End of ${ctx.year}` }), kind: 'count', width: 1.5 },
    ],
    rows: stageList().map((stage) => [
      textCell(stageLabels[stage][ctx.lang]),
      figureCell(f.stageAtStart[stage], ctx.lang, 0),
      figureCell(f.stageNow[stage], ctx.lang, 0),
    ]),
    notes: [],
  };
}

function stageChart(ctx: ReportContext, f: ProjectFacts): Chart {
  return {
    kind: 'chart',
    caption: say(ctx, { zh: '重点项目阶段分布', en: 'Key projects by stage' }),
    spec: {
      kind: 'bar',
      id: 'project-stages',
      title: say(ctx, { zh: '重点项目阶段分布', en: 'Key projects by stage' }),
      unit: say(ctx, { zh: '单位：个', en: 'Unit: projects' }),
      source: sourceLine(ctx, 'projects'),
      width: 800,
      height: 320,
      categories: stageList().map((s) => stageLabels[s][ctx.lang]),
      series: [
        { name: say(ctx, { zh: '规划编制时', en: 'In the plan' }), tone: 'baseline', values: stageList().map((s) => f.stageAtStart[s]) },
        { name: say(ctx, { zh: `${ctx.year}年底`, en: `End of ${ctx.year}` }), tone: 'actual', values: stageList().map((s) => f.stageNow[s]) },
      ],
      horizontal: false,
      logScale: false,
      reference: null,
      valueLabels: true,
    },
  };
}

function investmentTable(ctx: ReportContext, f: ProjectFacts): Table {
  const { lang } = ctx;
  return {
    kind: 'table',
    id: 'project-investment',
    caption: say(ctx, { zh: '重点项目年度投资完成情况', en: 'Key-project investment by year' }),
    columns: [
      { label: say(ctx, { zh: '年度', en: 'Year' }), kind: 'year', width: 1 },
      { label: say(ctx, { zh: '报送项目数', en: 'Projects reporting' }), kind: 'count', width: 1.2 },
      { label: say(ctx, { zh: '计划投资（亿元）', en: 'Planned (100m yuan)' }), kind: 'number', width: 1.5 },
      { label: say(ctx, { zh: '完成投资（亿元）', en: 'Completed (100m yuan)' }), kind: 'number', width: 1.5 },
      { label: say(ctx, { zh: '完成率', en: 'Rate' }), kind: 'percent', width: 1 },
    ],
    rows: f.investment.map((i) => [
      textCell(String(i.year)),
      figureCell(i.projects, lang, 0),
      figureCell(i.planned, lang),
      figureCell(i.completed, lang),
      percentCell(completionRate(i.planned, i.completed), lang),
    ]),
    notes: [],
  };
}

function investmentChart(ctx: ReportContext, f: ProjectFacts): Chart {
  return {
    kind: 'chart',
    caption: say(ctx, { zh: '重点项目计划投资与完成投资', en: 'Key-project investment: planned and completed' }),
    spec: {
      kind: 'bar',
      id: 'project-investment',
      title: say(ctx, { zh: '重点项目计划投资与完成投资', en: 'Key-project investment: planned and completed' }),
      unit: say(ctx, { zh: '单位：亿元', en: 'Unit: 100 million yuan' }),
      source: sourceLine(ctx, 'projects'),
      width: 800,
      height: 320,
      categories: f.investment.map((i) => String(i.year)),
      series: [
        { name: say(ctx, { zh: '计划投资', en: 'Planned' }), tone: 'baseline', values: f.investment.map((i) => i.planned) },
        { name: say(ctx, { zh: '完成投资', en: 'Completed' }), tone: 'actual', values: f.investment.map((i) => i.completed) },
      ],
      horizontal: false,
      logScale: false,
      reference: null,
      valueLabels: true,
    },
  };
}

function clusterTable(ctx: ReportContext, f: ProjectFacts): Table {
  const { lang } = ctx;
  return {
    kind: 'table',
    id: 'project-clusters',
    caption: say(ctx, { zh: `分产业集群重点项目情况（${ctx.year}年）`, en: `Key projects by cluster (${ctx.year})` }),
    columns: [
      { label: say(ctx, { zh: '产业集群', en: 'Cluster' }), kind: 'text', width: 2.2 },
      { label: say(ctx, { zh: '项目', en: 'Projects' }), kind: 'count', width: 0.8 },
      { label: stageLabels.operating[lang], kind: 'count', width: 0.8 },
      { label: stageLabels.construction[lang], kind: 'count', width: 0.9 },
      { label: say(ctx, { zh: '推进、谋划', en: 'Earlier' }), kind: 'count', width: 0.9 },
      { label: say(ctx, { zh: '逾期', en: 'Delayed' }), kind: 'count', width: 0.8 },
      { label: say(ctx, { zh: '计划投资（亿元）', en: 'Planned (100m yuan)' }), kind: 'number', width: 1.3 },
      { label: say(ctx, { zh: '完成投资（亿元）', en: 'Completed (100m yuan)' }), kind: 'number', width: 1.3 },
      { label: say(ctx, { zh: '完成率', en: 'Rate' }), kind: 'percent', width: 0.9 },
    ],
    rows: f.byCluster.map((c) => [
      textCell(clusterName(ctx, c.clusterId)),
      figureCell(c.projects, lang, 0),
      figureCell(c.stages.operating, lang, 0),
      figureCell(c.stages.construction, lang, 0),
      figureCell(c.stages.advancing + c.stages.planned, lang, 0),
      figureCell(c.delayed, lang, 0),
      figureCell(c.planned, lang),
      figureCell(c.completed, lang),
      percentCell(completionRate(c.planned, c.completed), lang),
    ]),
    notes: [say(ctx, { zh: '逾期：有到期未完成里程碑的项目数。', en: 'Delayed: projects with a milestone due and not done by the end of the year.' })],
  };
}

function delayedTable(ctx: ReportContext, f: ProjectFacts): Table {
  const { lang } = ctx;
  const listed = f.delayed.slice(0, DELAYED_LISTED);
  const notes = [
    say(ctx, {
      zh: `逾期天数计至${ctx.year}年12月31日；按逾期天数排序。`,
      en: `Days overdue are counted to 31 December ${ctx.year}; most overdue first.`,
    }),
  ];
  if (f.delayed.length > listed.length) {
    notes.push(say(ctx, { zh: `另有${f.delayed.length - listed.length}个逾期项目未列出。`, en: `${f.delayed.length - listed.length} more delayed projects are not listed.` }));
  }
  return {
    kind: 'table',
    id: 'delayed-projects',
    caption: say(ctx, { zh: '有逾期里程碑的重点项目', en: 'Key projects with overdue milestones' }),
    columns: [
      { label: say(ctx, { zh: '项目', en: 'Project' }), kind: 'text', width: 3.6 },
      { label: say(ctx, { zh: '产业集群', en: 'Cluster' }), kind: 'text', width: 1.5 },
      { label: say(ctx, { zh: '阶段', en: 'Stage' }), kind: 'text', width: 0.9 },
      { label: say(ctx, { zh: '逾期里程碑', en: 'Overdue milestone' }), kind: 'text', width: 1.5 },
      { label: say(ctx, { zh: '计划完成', en: 'Due' }), kind: 'date', width: 1.2 },
      { label: say(ctx, { zh: '逾期天数', en: 'Days overdue' }), kind: 'count', width: 0.9 },
    ],
    rows: listed.map((d) => [
      textCell(d.project.name[lang]),
      textCell(clusterName(ctx, d.project.clusterId)),
      textCell(stageLabels[d.stage][lang]),
      textCell(milestoneName(ctx, d.milestone)),
      textCell(d.dueOn),
      figureCell(d.daysOverdue, lang, 0),
    ]),
    notes,
  };
}

/** Milestone names are free text, usually Chinese; the common ones get an English name. */
const milestoneNames: Record<string, string> = {
  完成前期论证和立项: 'Feasibility and approval',
  开工建设: 'Construction start',
  主体工程完工: 'Main works complete',
  设备安装调试: 'Equipment installed and tested',
  竣工投产: 'Completion and operation',
  达产达效: 'Full capacity',
  技术改造完成: 'Technical upgrade complete',
};

function milestoneName(ctx: ReportContext, name: string): string {
  return ctx.lang === 'en' ? (milestoneNames[name] ?? name) : name || DASH;
}
