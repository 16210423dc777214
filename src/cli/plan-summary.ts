/** The terminal summary of a plan: indicators, the industry system, the poles. */
import { colors as pc } from './colors.ts';
import type { Plan, ResolvedIndicator } from '../plan/derive.ts';
import { roundTo } from '../plan/growth.ts';
import type { Lang } from './lang.ts';
import { newTable } from './table.ts';

const L = {
  zh: {
    indicators: '指标', indicator: '指标', unit: '单位', category: '目标领域', baseline: '基期值', target: '目标', growth: '年均增长%',
    required: '所需增长%', tiers: '产业体系', tier: '层级', cluster: '产业集群', segments: '细分领域', projects: '重点项目',
    poles: '三极', pole: '极', core: '核心', radiates: '辐射', focus: '重点产业', derived: '推算', assigned: '完成下达目标',
    period: (p: Plan) => `（规划期 ${p.baseYear + 1}–${p.targetYear}，基期 ${p.baseYear}）`,
    counts: (p: Plan) =>
      `${p.indicators.length} 项指标，${p.clusters.length} 个产业集群，${p.regions.length} 个市县，${p.parks.length} 个园区，${p.projects.length} 个重点项目，${p.programmes.length} 项工程与保障`,
  },
  en: {
    indicators: 'Indicators', indicator: 'Indicator', unit: 'Unit', category: 'Category', baseline: 'Baseline', target: 'Target', growth: 'Growth %/yr',
    required: 'Required %/yr', tiers: 'Industry system', tier: 'Tier', cluster: 'Cluster', segments: 'Segments', projects: 'Projects',
    poles: 'Poles', pole: 'Pole', core: 'Core', radiates: 'Radiates to', focus: 'Focus industries', derived: 'derived', assigned: 'assigned',
    period: (p: Plan) => `(plan period ${p.baseYear + 1}–${p.targetYear}, base year ${p.baseYear})`,
    counts: (p: Plan) =>
      `${p.indicators.length} indicators, ${p.clusters.length} clusters, ${p.regions.length} regions, ${p.parks.length} parks, ${p.projects.length} key projects, ${p.programmes.length} programmes and safeguards`,
  },
} as const;

export function renderPlanSummary(plan: Plan, lang: Lang): string {
  const t = L[lang];
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const categories = new Map(plan.categories.map((c) => [c.id, c]));
  const regionName = (code: string) => plan.regions.find((r) => r.code === code)?.name[lang] ?? code;
  const out: string[] = [pc.bold(`${plan.title[lang]}  ${t.period(plan)}`), t.counts(plan), ''];

  const targetText = (i: ResolvedIndicator) => {
    if (i.target.kind === 'assigned') return t.assigned;
    const prefix = { at_least: '≥ ', approximately: '≈ ', reach: '', at_most: '≤ ', assigned: '' }[i.target.kind];
    return `${prefix}${i.target.value}`;
  };
  const indicators = newTable(['#', t.indicator, t.category, t.unit, t.baseline, t.target, t.growth, t.required]);
  plan.indicators.forEach((i, n) => {
    const baseline = i.baseline ? `${roundTo(i.baseline.value, 2)}${i.baseline.derived ? ` (${t.derived})` : ''}` : '—';
    indicators.push([
      i.table ? String(i.table.row) : `(${n + 1})`,
      i.name[lang],
      categories.get(i.category)?.name[lang] ?? i.category,
      units.get(i.unit)?.symbol ?? i.unit,
      baseline,
      targetText(i),
      i.annualGrowthPct === null ? '—' : `${i.annualGrowthKind === 'at_least' ? '≥ ' : ''}${i.annualGrowthPct}`,
      i.requiredGrowthPct === null ? '—' : String(roundTo(i.requiredGrowthPct, 2)),
    ]);
  });
  out.push(pc.bold(t.indicators), indicators.toString(), '');

  if (plan.clusters.length > 0) {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    const clusters = newTable([t.tier, t.cluster, t.target, t.segments, t.projects]);
    for (const tier of plan.tiers) {
      for (const cluster of plan.clusters.filter((c) => c.tier === tier.id)) {
        const indicator = cluster.indicatorId ? byId.get(cluster.indicatorId) : undefined;
        clusters.push([
          tier.name[lang],
          cluster.name[lang],
          indicator ? `${targetText(indicator)} ${units.get(indicator.unit)?.symbol ?? ''}` : '—',
          String(cluster.segments.length),
          String(plan.projects.filter((p) => p.clusterId === cluster.id).length),
        ]);
      }
    }
    out.push(pc.bold(plan.industrySystem?.name[lang] ?? t.tiers), clusters.toString(), '');
  }

  if (plan.poles.length > 0) {
    const clusterName = (id: string) => plan.clusters.find((c) => c.id === id)?.name[lang] ?? id;
    // One item per line: cli-table3 cannot measure CJK text for wrapping.
    const sep = '\n';
    const poles = newTable([t.pole, t.core, t.radiates, t.focus]);
    for (const pole of plan.poles) {
      poles.push([
        pole.name[lang],
        [...pole.core.map(regionName), ...pole.coreParks.map((id) => plan.parks.find((p) => p.id === id)?.name[lang] ?? id)].join(sep),
        pole.radiates.map(regionName).join(sep),
        pole.clusters.map(clusterName).join(sep),
      ]);
    }
    out.push(pc.bold(t.poles), poles.toString());
  }
  return out.join('\n');
}
