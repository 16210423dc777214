/**
 * 二、重点领域: the industry system tier by tier and cluster by cluster — revenue against its
 * required path and projection, its segments, its key projects and its enterprises.
 */
import type { Cluster, Tier } from '../../../plan/schema.ts';
import { figureCell, textCell } from '../cells.ts';
import { completionChart } from '../charts/completion-chart.ts';
import { indicatorLineChart } from '../charts/indicator-line-chart.ts';
import { draft, paragraph, type DraftSection } from '../draft.ts';
import { capitalise, formatAmount, formatPercent, joinNames, plural } from '../format.ts';
import { headline } from '../headline.ts';
import { completionRate, projectFacts, type ClusterProjects } from '../project-facts.ts';
import { projectionSentence } from '../projection-words.ts';
import { indicatorRow, say, type ReportContext } from '../report-context.ts';
import type { Block, Table } from '../report-model.ts';
import { countPhrase, statusGroups } from '../status-groups.ts';

export function buildClusters(ctx: ReportContext): DraftSection {
  const { plan, evaluation, lang } = ctx;
  const blocks: Block[] = [];
  const total = indicatorRow(ctx, plan.industrySystem?.totalIndicatorId);
  if (plan.industrySystem) {
    const intro = say(ctx, {
      zh: `围绕${plan.industrySystem.name.zh}，规划布局${plan.clusters.length}个产业集群。`,
      en: `${plan.industrySystem.name.en} comprises ${plan.clusters.length} industry clusters.`,
    });
    blocks.push(paragraph(total ? `${intro}${lang === 'zh' ? '' : ' '}${total.explanation[lang]}` : intro));
  }
  const tiers = evaluation.summary.byTier.filter((t) => t.clusters.length > 0);
  if (tiers.length > 0) {
    const phrases = tiers.filter((t) => t.indicators > 0).map((t) => (lang === 'zh' ? `${t.name.zh}${countPhrase(t, lang)}` : `${t.name.en}: ${countPhrase(t, lang)}`));
    if (phrases.length > 0) blocks.push(paragraph(lang === 'zh' ? `从产业层级看，${phrases.join('；')}。` : `By tier — ${phrases.join('; ')}.`));
    blocks.push(tierTable(ctx));
  }
  const clusterRows = plan.clusters.map((c) => indicatorRow(ctx, c.indicatorId)).filter((r) => r !== undefined);
  const chart = completionChart(
    ctx,
    'completion-clusters',
    clusterRows,
    say(ctx, { zh: '各产业集群营收完成进度与时间进度', en: 'Cluster revenue: completion against the time elapsed' }),
    headline(evaluation).timeElapsedPct,
  );
  if (chart) blocks.push(chart);
  const facts = projectFacts(plan, ctx.inputs, ctx.year);
  const children = plan.tiers
    .map((tier) => tierSection(ctx, tier, plan.clusters.filter((c) => c.tier === tier.id), facts.byCluster))
    .filter((s): s is DraftSection => s !== null);
  return draft('clusters', say(ctx, { zh: '重点领域', en: 'Key industries' }), blocks, children);
}

function tierTable(ctx: ReportContext): Table {
  const { lang, plan } = ctx;
  const groups = statusGroups.filter((g) => ['achieved', 'ahead', 'on_schedule', 'behind'].includes(g.key));
  return {
    kind: 'table',
    id: 'tiers',
    caption: say(ctx, { zh: '各层级产业集群营收进展', en: 'Cluster revenue by tier' }),
    columns: [
      { label: say(ctx, { zh: '层级', en: 'Tier' }), kind: 'text', width: 1.6 },
      { label: say(ctx, { zh: '产业集群', en: 'Clusters' }), kind: 'text', width: 4 },
      ...groups.map((g) => ({ label: capitalise(g.label[lang]), kind: 'count' as const, width: 0.9 })),
      { label: say(ctx, { zh: '暂无营收指标', en: 'No revenue indicator' }), kind: 'count', width: 0.9 },
    ],
    rows: ctx.evaluation.summary.byTier
      .filter((t) => t.clusters.length > 0)
      .map((t) => [
        textCell(t.name[lang]),
        textCell(joinNames(t.clusters.map((id) => plan.clusters.find((c) => c.id === id)?.name[lang] ?? id), lang)),
        ...groups.map((g) => figureCell(g.count(t), lang, 0)),
        figureCell(t.clusters.length - t.indicators, lang, 0),
      ]),
    notes: [],
  };
}

function tierSection(ctx: ReportContext, tier: Tier, clusters: Cluster[], projects: ClusterProjects[]): DraftSection | null {
  if (clusters.length === 0) return null;
  const names = joinNames(clusters.map((c) => c.name[ctx.lang]), ctx.lang);
  const blocks: Block[] = [
    paragraph(say(ctx, { zh: `${tier.name.zh}包括${names}。`, en: `${tier.name.en}: ${names}.` })),
  ];
  return draft(
    `tier-${tier.id}`,
    tier.name[ctx.lang],
    blocks,
    clusters.map((c) => clusterSection(ctx, c, projects.find((p) => p.clusterId === c.id) ?? null)),
  );
}

function clusterSection(ctx: ReportContext, cluster: Cluster, projects: ClusterProjects | null): DraftSection {
  const { lang } = ctx;
  const blocks: Block[] = [];
  const row = indicatorRow(ctx, cluster.indicatorId);
  if (row) {
    const projection = projectionSentence(ctx, row);
    blocks.push(paragraph(projection ? `${row.explanation[lang]}${lang === 'zh' ? '' : ' '}${projection}` : row.explanation[lang]));
    const chart = indicatorLineChart(ctx, row, `cluster-${cluster.id}`);
    if (chart) blocks.push(chart);
  } else if (cluster.goal) {
    blocks.push(paragraph(say(ctx, { zh: `规划目标：${cluster.goal.zh}。暂无营收指标，不作定量评估。`, en: `The plan's goal: ${cluster.goal.en}. It has no revenue indicator, so it is not assessed by numbers.` })));
  }
  const detail = [segmentsSentence(ctx, cluster), enterprisesSentence(ctx, cluster), projectsSentence(ctx, projects)].filter((s): s is string => s !== null);
  if (detail.length > 0) blocks.push(paragraph(detail.join(lang === 'zh' ? '' : ' ')));
  return draft(`cluster-${cluster.id}`, cluster.name[lang], blocks);
}

function segmentsSentence(ctx: ReportContext, cluster: Cluster): string | null {
  if (cluster.segments.length === 0) return null;
  const names = joinNames(cluster.segments.map((s) => s.name[ctx.lang]), ctx.lang);
  return say(ctx, {
    zh: `重点发展${names}等${cluster.segments.length}个细分领域。`,
    en: `${cluster.segments.length === 1 ? 'Its segment' : `Its ${cluster.segments.length} segments`}: ${names}.`,
  });
}

function enterprisesSentence(ctx: ReportContext, cluster: Cluster): string | null {
  const facts = ctx.inputs.enterprises.byCluster.find((c) => c.clusterId === cluster.id);
  if (!facts || facts.enterprises === 0) return null;
  const counts = new Map(ctx.inputs.enterprises.bySegment.map((s) => [s.segmentId, s.enterprises]));
  const top = cluster.segments
    .map((s) => ({ name: s.name[ctx.lang], n: counts.get(s.id) ?? 0 }))
    .filter((s) => s.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 2);
  const topText = top.length
    ? say(ctx, {
        zh: `，企业较多的细分领域为${top.map((s) => `${s.name}（${s.n}家）`).join('、')}`,
        en: `; the segments with most are ${top.map((s) => `${s.name} (${s.n})`).join(' and ')}`,
      })
    : '';
  return say(ctx, {
    zh: `企业名录中有该集群企业${facts.enterprises}家，其中${ctx.year}年底有效期内高新技术企业${facts.hteValid}家${topText}。`,
    en: `The enterprise registry lists ${plural(facts.enterprises, 'enterprise')} in the cluster, ${facts.hteValid} of them high-tech enterprises with a valid certificate at the end of ${ctx.year}${topText}.`,
  });
}

function projectsSentence(ctx: ReportContext, p: ClusterProjects | null): string | null {
  if (!p || p.projects === 0) return null;
  const rate = completionRate(p.planned, p.completed);
  const unit = ctx.plan.units.find((u) => u.id === '100m-cny');
  const money = (v: number) => (unit ? formatAmount(v, unit, ctx.lang) : String(v));
  const investment =
    rate === null
      ? ''
      : say(ctx, {
          zh: `；${ctx.year}年完成投资${money(p.completed)}，为计划的${formatPercent(rate, 'zh')}`,
          en: `; ${money(p.completed)} was invested in ${ctx.year}, ${formatPercent(rate, 'en')} of the plan`,
        });
  const delayed = p.delayed > 0 ? say(ctx, { zh: `，其中${p.delayed}个有逾期里程碑`, en: `, ${p.delayed} with overdue milestones` }) : '';
  return say(ctx, {
    zh: `规划列出该集群重点项目${p.projects}个，截至${ctx.year}年底投产${p.stages.operating}个、建设${p.stages.construction}个、推进${p.stages.advancing}个、谋划${p.stages.planned}个${delayed}${investment}。`,
    en: `The plan lists ${plural(p.projects, 'key project')} in the cluster: at the end of ${ctx.year}, ${p.stages.operating} in operation, ${p.stages.construction} under construction, ${p.stages.advancing} advancing and ${p.stages.planned} planned${delayed}${investment}.`,
  });
}
