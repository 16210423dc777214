/**
 * Findings a planner would want to see when reading the plan as numbers: does the stated
 * growth reproduce the target, does each cluster's target fit its tier, how do the
 * clusters add up against the total. They never stop a plan from loading.
 */
import { compoundRate, grow, roundTo } from './growth.ts';
import type { Plan } from './derive.ts';
import type { PathedIssue } from './references.ts';

const fmt = (value: number) => String(roundTo(value, 2));

export function planFindings(plan: Plan): PathedIssue[] {
  const out: PathedIssue[] = [];
  const note = (path: PropertyKey[], code: string, zh: string, en: string, severity: 'note' | 'warning' = 'note') =>
    out.push({ path, issue: { severity, code, message: { zh, en } } });

  const unknownBaseline: string[] = [];
  plan.indicators.forEach((indicator, n) => {
    const { baseline, target, annualGrowthPct, targetYear } = indicator;
    const name = indicator.name.zh;
    if (!baseline) {
      if (target.kind !== 'assigned') unknownBaseline.push(indicator.id);
      return;
    }
    const years = targetYear - baseline.year;
    if (baseline.derived) {
      note(
        ['indicators', n, 'annualGrowthPct'],
        'baseline_derived',
        `${name}：基期值由目标与年均增长率推算为 ${fmt(baseline.value)}（${baseline.year}年）`,
        `${indicator.name.en}: baseline derived from the target and growth rate as ${fmt(baseline.value)} (${baseline.year})`,
      );
      return;
    }
    if (target.value === null || years <= 0) return;
    if (annualGrowthPct !== null) {
      const reached = grow(baseline.value, annualGrowthPct / 100, years);
      const gapPct = ((reached - target.value) / target.value) * 100;
      const ok = Math.abs(gapPct) <= 1;
      note(
        ['indicators', n, 'annualGrowthPct'],
        'growth_reproduces_target',
        `${name}：基期值 ${fmt(baseline.value)} 按年均 ${annualGrowthPct}% 增长 ${years} 年得 ${fmt(reached)}，${ok ? '与' : '不符合'}目标 ${fmt(target.value)}（偏差 ${fmt(gapPct)}%）`,
        `${indicator.name.en}: baseline ${fmt(baseline.value)} grown ${annualGrowthPct}% a year for ${years} years gives ${fmt(reached)}, ${ok ? 'consistent with' : 'not matching'} the target ${fmt(target.value)} (${fmt(gapPct)}% off)`,
        ok ? 'note' : 'warning',
      );
    } else if (baseline.value > 0 && target.value > 0) {
      const implied = compoundRate(baseline.value, target.value, years) * 100;
      note(
        ['indicators', n, 'baseline'],
        'implied_growth',
        `${name}：从基期值 ${fmt(baseline.value)} 到目标 ${fmt(target.value)}，隐含年均增长 ${fmt(implied)}%`,
        `${indicator.name.en}: from the baseline ${fmt(baseline.value)} to the target ${fmt(target.value)} implies ${fmt(implied)}% a year`,
      );
    }
  });
  if (unknownBaseline.length > 0) {
    note(
      ['indicators'],
      'baseline_unknown',
      `${unknownBaseline.length} 项指标的基期值未知，录入 ${plan.baseYear} 年数据后方可评估：${unknownBaseline.join(', ')}`,
      `${unknownBaseline.length} indicators have no baseline until ${plan.baseYear} data is entered: ${unknownBaseline.join(', ')}`,
    );
  }

  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const tiers = new Map(plan.tiers.map((t) => [t.id, t]));
  let fitting = 0;
  let banded = 0;
  plan.clusters.forEach((cluster, n) => {
    const tier = tiers.get(cluster.tier);
    const indicator = cluster.indicatorId === null ? undefined : indicators.get(cluster.indicatorId);
    const value = indicator?.target.value;
    if (!tier || value === null || value === undefined) return;
    if (tier.unit !== null && indicator && indicator.unit !== tier.unit) {
      note(
        ['clusters', n, 'indicatorId'],
        'tier_unit',
        `${cluster.name.zh}：目标单位 ${indicator.unit} 与层级单位 ${tier.unit} 不同`,
        `${cluster.name.en}: the target unit ${indicator.unit} differs from the tier's unit ${tier.unit}`,
        'warning',
      );
      return;
    }
    if (tier.minTarget === null && tier.maxTarget === null) return;
    banded++;
    const tooSmall = tier.minTarget !== null && value < tier.minTarget;
    const tooLarge = tier.maxTarget !== null && value >= tier.maxTarget;
    if (tooSmall || tooLarge) {
      note(
        ['clusters', n, 'tier'],
        'tier_fit',
        `${cluster.name.zh}：目标 ${fmt(value)} 不在“${tier.name.zh}”的范围内（${tier.minTarget ?? '—'} 至 ${tier.maxTarget ?? '—'}）`,
        `${cluster.name.en}: the target ${fmt(value)} is outside the range of tier ${tier.id} (${tier.minTarget ?? '—'} to ${tier.maxTarget ?? '—'})`,
        'warning',
      );
    } else {
      fitting++;
    }
  });
  if (banded > 0 && fitting === banded) {
    note(['tiers'], 'tier_fit', `${banded} 个集群的目标均在其层级范围内`, `All ${banded} cluster targets fit their tier's band`);
  }
  const tierSummary = plan.tiers.map((tier) => `${tier.id}: ${plan.clusters.filter((c) => c.tier === tier.id).length}`);
  if (plan.tiers.length > 0) {
    note(['tiers'], 'tier_counts', `各层级集群数量：${tierSummary.join('，')}`, `Clusters per tier: ${tierSummary.join(', ')}`);
  }

  const totalId = plan.industrySystem?.totalIndicatorId;
  const total = totalId ? indicators.get(totalId) : undefined;
  if (total && total.target.value !== null) {
    const parts = plan.clusters
      .map((c) => (c.indicatorId === null ? undefined : indicators.get(c.indicatorId)))
      .filter((i): i is NonNullable<typeof i> => i !== undefined && i.unit === total.unit && i.target.value !== null);
    const sum = parts.reduce((acc, i) => acc + (i.target.value ?? 0), 0);
    const over = sum > total.target.value;
    note(
      ['industrySystem', 'totalIndicatorId'],
      'clusters_sum',
      `${parts.length} 个集群目标合计 ${fmt(sum)}，${over ? '超过' : '不超过'}总目标 ${fmt(total.target.value)}（${total.name.zh}）${over ? '：集群之间有交叉重叠，不能简单相加' : ''}`,
      `The ${parts.length} cluster targets add up to ${fmt(sum)}, ${over ? 'more than' : 'not more than'} the total target ${fmt(total.target.value)} (${total.name.en})${over ? ': the clusters overlap and cannot simply be added' : ''}`,
    );
  }

  const parkRegion = new Map(plan.parks.map((p) => [p.id, new Set([...(p.region ? [p.region] : []), ...p.regions])]));
  let placeless = 0;
  plan.projects.forEach((project, n) => {
    if (project.regions.length === 0) placeless++;
    project.parks.forEach((parkId, m) => {
      const within = parkRegion.get(parkId);
      if (within && within.size > 0 && !project.regions.some((code) => within.has(code))) {
        note(
          ['projects', n, 'parks', m],
          'park_region',
          `项目“${project.name.zh}”位于园区 ${parkId}，但其所在市县不在项目的市县列表中`,
          `project ${JSON.stringify(project.id)} lies in park ${parkId}, whose region is not among the project's regions`,
          'warning',
        );
      }
    });
  });
  if (placeless > 0) {
    note(
      ['projects'],
      'project_without_region',
      `${placeless} 个重点项目的名称未指明所在市县`,
      `${placeless} key projects do not name their city or county`,
    );
  }
  return out;
}
