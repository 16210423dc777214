/**
 * 七、下一步建议: derived from the data by the rules in priorities.ts — the growth each
 * lagging target now needs, the clusters and the pole to prioritise, the delayed projects,
 * and the data to chase.
 */
import { draft, list, paragraph, type DraftSection } from '../draft.ts';
import { formatAmount, formatPercent, joinNames, yearSpan } from '../format.ts';
import { dataGaps } from '../problems.ts';
import { accelerations, priorityClusters, priorityPole } from '../priorities.ts';
import { projectFacts } from '../project-facts.ts';
import { regionFacts } from '../region-facts.ts';
import { say, unitOf, type ReportContext } from '../report-context.ts';
import type { Block } from '../report-model.ts';

export function buildRecommendations(ctx: ReportContext): DraftSection {
  const children = [accelerationPart(ctx), clustersPart(ctx), polePart(ctx), projectsPart(ctx), dataPart(ctx)].filter((s): s is DraftSection => s !== null);
  const blocks: Block[] =
    children.length === 0
      ? [
          paragraph(
            say(ctx, {
              zh: '各项指标进展符合预期。建议保持现有推进力度，巩固领先指标，确保规划目标如期实现。',
              en: 'Every indicator is on schedule. Keep up the present pace, consolidate the leading indicators and make sure the targets are met on time.',
            }),
          ),
        ]
      : [paragraph(say(ctx, { zh: '针对上述问题，建议：', en: 'To address these problems:' }))];
  return draft('recommendations', say(ctx, { zh: '下一步建议', en: 'Recommendations' }), blocks, children);
}

function accelerationPart(ctx: ReportContext): DraftSection | null {
  const items = accelerations(ctx);
  if (items.length === 0) return null;
  const { lang } = ctx;
  return draft('recommendations-growth', say(ctx, { zh: '对滞后指标按所需增速倒排任务', en: 'Plan the lagging targets backwards from the growth they need' }), [
    paragraph(
      say(ctx, {
        zh: '对进度滞后的指标，以剩余年份所需年均增速倒排年度任务，分解到责任部门和市县：',
        en: 'For each indicator behind schedule, set yearly tasks from the growth the remaining years need, and assign them to departments and regions:',
      }),
    ),
    list(
      items.map(({ row, achievedPct, neededPct }) => {
        const span = yearSpan((row.latest?.year ?? ctx.year) + 1, row.target.year, lang);
        const target = row.target.value !== null ? formatAmount(row.target.value, unitOf(ctx, row.unit), lang) : '';
        const sofar = achievedPct === null ? '' : say(ctx, { zh: `（此前年均${formatPercent(achievedPct, 'zh')}）`, en: ` (against ${formatPercent(achievedPct, 'en')} so far)` });
        return {
          lead: `${row.name[lang]}${lang === 'zh' ? '：' : ': '}`,
          text: say(ctx, {
            zh: `${span}需年均增长${formatPercent(neededPct, 'zh')}${sofar}，方能实现${row.target.year}年${target}的目标。`,
            en: `${span} needs ${formatPercent(neededPct, 'en')} a year${sofar} to reach ${target} by ${row.target.year}.`,
          }),
        };
      }),
    ),
  ]);
}

function clustersPart(ctx: ReportContext): DraftSection | null {
  const clusters = priorityClusters(ctx);
  if (clusters.length === 0) return null;
  const { lang } = ctx;
  const items = clusters.map((c) => {
    const unit = unitOf(ctx, c.row.unit);
    const gap =
      c.shortfall !== null
        ? say(ctx, { zh: `按当前趋势${ctx.plan.targetYear}年预计缺口${formatAmount(c.shortfall, unit, 'zh')}`, en: `on the present trend ${formatAmount(c.shortfall, unit, 'en')} short in ${ctx.plan.targetYear}` })
        : say(ctx, { zh: '进度滞后', en: 'behind schedule' });
    return { lead: `${c.cluster.name[lang]}${lang === 'zh' ? '：' : ': '}`, text: `${gap}${lang === 'zh' ? '。' : '.'}` };
  });
  return draft('recommendations-clusters', say(ctx, { zh: '突出重点产业集群', en: 'Put the lagging clusters first' }), [
    paragraph(
      say(ctx, {
        zh: `将${joinNames(clusters.slice(0, 3).map((c) => c.cluster.name.zh), 'zh')}等进度滞后的产业集群作为下一阶段工作重点，强化链主企业引育和重点项目支撑（按预计缺口排序）：`,
        en: `Make the clusters behind schedule — first ${joinNames(clusters.slice(0, 3).map((c) => c.cluster.name.en), 'en')} — the focus of the next stage, with chain leaders and key projects behind them (largest projected shortfall first):`,
      }),
    ),
    list(items),
  ]);
}

function polePart(ctx: ReportContext): DraftSection | null {
  const facts = regionFacts(ctx);
  const pole = priorityPole(facts.poles, priorityClusters(ctx));
  if (!pole && facts.lagging.length === 0) return null;
  const { lang } = ctx;
  const parts: string[] = [];
  if (pole) {
    const focus =
      pole.clusters.length > 0
        ? say(ctx, {
            zh: `，其重点产业中${joinNames(pole.clusters.map((c) => c.name.zh), 'zh')}进度滞后，应作为该极的攻坚方向`,
            en: `; among its focus industries, ${joinNames(pole.clusters.map((c) => c.name.en), 'en')} are behind and should be its priority`,
          })
        : '';
    parts.push(
      say(ctx, {
        zh: `${pole.pole.name.zh}所含市县分项指标滞后比例最高（${formatPercent(pole.behindPct, 'zh')}）${focus}。`,
        en: `The ${pole.pole.name.en} has the highest share of regional rows behind schedule (${formatPercent(pole.behindPct, 'en')})${focus}.`,
      }),
    );
  }
  if (facts.lagging.length > 0) {
    parts.push(
      say(ctx, {
        zh: `对${joinNames(facts.lagging.map((r) => r.region.name.zh), 'zh')}等增长滞后的市县加强督导，推动其融入“三极”产业分工。`,
        en: `Follow up closely with the regions growing slowest — ${joinNames(facts.lagging.map((r) => r.region.name.en), 'en')} — and tie them into the poles’ division of work.`,
      }),
    );
  }
  return draft('recommendations-poles', say(ctx, { zh: '强化“三极”带动', en: 'Let the poles lead' }), [paragraph(parts.join(lang === 'zh' ? '' : ' '))]);
}

function projectsPart(ctx: ReportContext): DraftSection | null {
  const f = projectFacts(ctx.plan, ctx.inputs, ctx.year);
  if (f.delayed.length === 0) return null;
  return draft('recommendations-projects', say(ctx, { zh: '加快重点项目建设', en: 'Speed up the key projects' }), [
    paragraph(
      say(ctx, {
        zh: `对${f.delayed.length}个有逾期里程碑的重点项目建立台账，逐项明确责任单位和完成时限，协调解决用地、资金、审批等制约，按月调度、逐项销号。`,
        en: `Keep a ledger of the ${f.delayed.length} key projects with overdue milestones, each with a responsible unit and a deadline; resolve their land, funding and approval constraints, review them monthly and close them one by one.`,
      }),
    ),
  ]);
}

function dataPart(ctx: ReportContext): DraftSection | null {
  const overdue = ctx.inputs.calendar.overdue.length;
  const gaps = dataGaps(ctx.evaluation).length;
  const pending = ctx.inputs.observationStats.byStatus.submitted ?? 0;
  if (overdue === 0 && gaps === 0 && pending === 0 && !ctx.demo.any) return null;
  const parts: string[] = [];
  if (overdue > 0) parts.push(say(ctx, { zh: `催报${overdue}项逾期数据`, en: `chase the ${overdue} overdue returns` }));
  if (pending > 0) parts.push(say(ctx, { zh: `及时审核${pending}条待审数据`, en: `review the ${pending} values awaiting approval` }));
  if (gaps > 0) parts.push(say(ctx, { zh: `补齐${gaps}项指标的基期或监测数据`, en: `fill in the baseline or monitoring data of ${gaps} indicators` }));
  if (ctx.demo.any) parts.push(say(ctx, { zh: '以正式统计数据替换演示数据', en: 'replace the demo data with official statistics' }));
  return draft('recommendations-data', say(ctx, { zh: '夯实监测数据基础', en: 'Strengthen the monitoring data' }), [
    paragraph(
      say(ctx, {
        zh: `完善产业统计监测制度，${parts.join('，')}，确保评估结论建立在准确、及时的数据之上。`,
        en: `Strengthen industry statistics and monitoring: ${parts.join(', ')}, so that the evaluation rests on accurate and timely data.`,
      }),
    ),
  ]);
}
