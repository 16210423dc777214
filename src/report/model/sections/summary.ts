/**
 * 摘要: the headline (时间过半、任务过半?), the count of indicators by schedule status, the
 * industry system's total, and the problems and recommendations in one sentence each.
 */
import { draft, paragraph, type DraftSection } from '../draft.ts';
import { capitalise, formatPercent, joinNames, plural, yearSpan } from '../format.ts';
import { headline, type Headline } from '../headline.ts';
import { laggingIndicators, unmetAssigned } from '../problems.ts';
import { priorityClusters } from '../priorities.ts';
import { projectFacts } from '../project-facts.ts';
import { regionFacts } from '../region-facts.ts';
import { indicatorRow, say, type ReportContext } from '../report-context.ts';
import type { Block } from '../report-model.ts';

export function buildSummary(ctx: ReportContext): DraftSection {
  const h = headline(ctx.evaluation);
  const blocks: Block[] = [
    {
      kind: 'figures',
      items: [
        { label: say(ctx, { zh: '时间进度', en: 'Time elapsed' }), value: formatPercent(h.timeElapsedPct, ctx.lang, 0) },
        { label: say(ctx, { zh: '提前实现、快于预期', en: 'Achieved or ahead' }), value: String(h.achieved + h.ahead), tone: 'good' },
        { label: say(ctx, { zh: '基本符合预期', en: 'On schedule' }), value: String(h.onSchedule), tone: 'fair' },
        { label: say(ctx, { zh: '滞后', en: 'Behind schedule' }), value: String(h.behind), tone: 'bad' },
      ],
    },
    paragraph(countsSentence(ctx, h)),
    paragraph(verdictSentence(ctx, h), say(ctx, { zh: '总体判断。', en: 'Overall judgement: ' })),
  ];
  const total = indicatorRow(ctx, ctx.plan.industrySystem?.totalIndicatorId);
  if (total) blocks.push(paragraph(total.explanation[ctx.lang], say(ctx, { zh: '产业规模。', en: 'Scale: ' })));
  const problems = problemsSentence(ctx);
  if (problems) blocks.push(paragraph(problems, say(ctx, { zh: '主要问题。', en: 'Main problems: ' })));
  blocks.push(paragraph(recommendationSentence(ctx), say(ctx, { zh: '主要建议。', en: 'Main recommendations: ' })));
  return { ...draft('summary', say(ctx, { zh: '摘要', en: 'Summary' }), blocks), numbered: false };
}

function countsSentence(ctx: ReportContext, h: Headline): string {
  const { plan, lang } = ctx;
  const period = yearSpan(plan.baseYear + 1, plan.targetYear, lang);
  const median = h.medianCompletionPct === null ? null : formatPercent(h.medianCompletionPct, lang);
  const assigned = h.assignedMet + h.assignedNotMet;
  if (lang === 'zh') {
    return [
      `《${plan.title.zh}》实施期为${period}。截至${ctx.year}年底，规划实施已满${h.yearsElapsed}年，时间进度为${formatPercent(h.timeElapsedPct, lang, 0)}。`,
      `在${h.indicators}项指标中，按时序进度可评估的${h.assessed}项：提前实现${h.achieved}项、快于预期${h.ahead}项、基本符合预期${h.onSchedule}项、滞后${h.behind}项`,
      assigned > 0 ? `；按年度下达目标考核的${assigned}项：完成${h.assignedMet}项、未完成${h.assignedNotMet}项` : '',
      h.unassessed > 0 ? `；另有${h.unassessed}项因缺少数据暂无法评估` : '',
      '。',
      median ? `可评估指标完成进度的中位数为${median}。` : '',
    ].join('');
  }
  return [
    `The ${plan.title.en} runs over ${period}. By the end of ${ctx.year}, ${h.yearsElapsed} of its ${h.yearsTotal} years have passed (${formatPercent(h.timeElapsedPct, lang, 0)} of the time). `,
    `Of ${plural(h.indicators, 'indicator')}, ${h.assessed} can be judged against the schedule: ${h.achieved} achieved early, ${h.ahead} ahead of schedule, ${h.onSchedule} on schedule and ${h.behind} behind`,
    assigned > 0 ? `; of ${plural(assigned, 'target')} assigned year by year, ${h.assignedMet} met and ${h.assignedNotMet} not met in the latest year` : '',
    h.unassessed > 0 ? `; ${h.unassessed} cannot be assessed yet for lack of data` : '',
    '.',
    median ? ` The median assessed indicator is ${median} of the way to its target.` : '',
  ].join('');
}

function verdictSentence(ctx: ReportContext, h: Headline): string {
  const share = h.assessed > 0 ? formatPercent((h.behind / h.assessed) * 100, ctx.lang, 0) : '';
  const n = h.behind;
  if (h.verdict === 'none') {
    return say(ctx, {
      zh: '目前尚无可按时序进度评估的指标，无法判断是否实现“时间过半、任务过半”。',
      en: 'No indicator can be judged against the schedule yet, so “half the time, half the task” cannot be judged.',
    });
  }
  if (!h.timeHalf) {
    return say(
      ctx,
      {
        met: { zh: '规划实施时间尚未过半，主要指标进展符合或快于时序进度要求。', en: 'Less than half the plan period has passed; the main indicators are on or ahead of schedule.' },
        mostly: {
          zh: `规划实施时间尚未过半，多数指标进展符合时序进度要求，但已有${n}项指标滞后。`,
          en: `Less than half the plan period has passed; most indicators are on schedule, but ${plural(n, 'indicator is', 'indicators are')} already behind.`,
        },
        not_met: {
          zh: `规划实施时间尚未过半，但已有${n}项指标（占可评估指标的${share}）进度滞后，需及早采取措施。`,
          en: `Less than half the plan period has passed, yet ${n} indicators (${share} of those assessed) are behind schedule: action is needed early.`,
        },
      }[h.verdict],
    );
  }
  return say(
    ctx,
    {
      met: {
        zh: '总体看，规划主要指标进展符合或快于预期，实现了“时间过半、任务过半”。',
        en: 'The main indicators are on or ahead of schedule: “half the time, half the task” has been achieved.',
      },
      mostly: {
        zh: `总体看，多数指标进展符合或快于预期，基本实现“时间过半、任务过半”，但仍有${n}项指标滞后，需加大推进力度。`,
        en: `Most indicators are on or ahead of schedule, so “half the time, half the task” has broadly been achieved, but ${plural(n, 'indicator is', 'indicators are')} behind and need${n === 1 ? 's' : ''} a stronger push.`,
      },
      not_met: {
        zh: `总体看，滞后指标较多（${n}项，占可评估指标的${share}），尚未实现“时间过半、任务过半”，如期完成规划目标面临较大压力。`,
        en: `Many indicators are behind schedule (${n}, ${share} of those assessed): “half the time, half the task” has not been achieved, and meeting the targets on time is under pressure.`,
      },
    }[h.verdict],
  );
}

function problemsSentence(ctx: ReportContext): string | null {
  const { lang } = ctx;
  const lagging = laggingIndicators(ctx.evaluation);
  const unmet = unmetAssigned(ctx.evaluation);
  const delayed = projectFacts(ctx.plan, ctx.inputs, ctx.year).delayed.length;
  const regions = regionFacts(ctx).lagging.length;
  const overdue = ctx.inputs.calendar.overdue.length;
  const parts: string[] = [];
  if (lagging.length > 0) {
    const worst = joinNames(lagging.slice(0, 3).map((r) => r.name[lang]), lang);
    parts.push(
      say(ctx, {
        zh: `${lagging.length}项指标进度滞后或倒退，其中${worst}与所需路径差距较大`,
        en: `${plural(lagging.length, 'indicator is', 'indicators are')} behind schedule or deteriorating, furthest behind ${worst}`,
      }),
    );
  }
  if (unmet.length > 0) parts.push(say(ctx, { zh: `${unmet.length}项下达目标未完成`, en: `${plural(unmet.length, 'assigned target was', 'assigned targets were')} not met` }));
  if (delayed > 0) parts.push(say(ctx, { zh: `${delayed}个重点项目有逾期未完成的里程碑`, en: `${plural(delayed, 'key project has', 'key projects have')} overdue milestones` }));
  if (regions > 0) parts.push(say(ctx, { zh: `${regions}个市县的产业规模增长滞后`, en: `${plural(regions, 'region is', 'regions are')} behind schedule on the industry total` }));
  if (overdue > 0) parts.push(say(ctx, { zh: `${overdue}项数据逾期未报`, en: `${plural(overdue, 'data return is', 'data returns are')} overdue` }));
  if (parts.length === 0) return null;
  return lang === 'zh' ? `${parts.join('；')}。` : `${capitalise(parts.join('; '))}.`;
}

function recommendationSentence(ctx: ReportContext): string {
  const { lang } = ctx;
  const clusters = priorityClusters(ctx).slice(0, 3);
  if (clusters.length === 0 && laggingIndicators(ctx.evaluation).length === 0) {
    return say(ctx, {
      zh: '保持现有推进力度，巩固提升领先指标，确保规划目标如期实现。',
      en: 'Keep up the present pace, consolidate the indicators ahead of schedule, and make sure the targets are met on time.',
    });
  }
  const names = joinNames(clusters.map((c) => c.cluster.name[lang]), lang);
  return clusters.length > 0
    ? say(ctx, {
        zh: `聚焦${names}等进度滞后的产业集群，按剩余年份所需增速倒排任务；加快逾期重点项目建设，强化“三极”带动和数据报送。`,
        en: `Concentrate on the clusters behind schedule — ${names} — planning backwards from the growth the remaining years need; speed up overdue key projects, and strengthen the poles and data reporting.`,
      })
    : say(ctx, {
        zh: '对进度滞后的指标按剩余年份所需增速倒排任务，加快逾期重点项目建设，强化数据报送。',
        en: 'Plan the lagging indicators backwards from the growth the remaining years need, speed up overdue key projects and strengthen data reporting.',
      });
}

