/** The evaluation printed as tables for a person, in Chinese or English. */
import { colors as pc } from './colors.ts';
import type { IndicatorEvaluation } from '../evaluation/evaluate-indicator.ts';
import type { PlanEvaluation } from '../evaluation/evaluate-plan.ts';
import type { StatusCounts } from '../evaluation/roll-up.ts';
import { assignedLabels, progressLabels, progressStatuses, scheduleLabel } from '../evaluation/statuses.ts';
import type { Plan } from '../plan/derive.ts';
import { roundTo } from '../plan/growth.ts';
import type { Lang } from './lang.ts';
import { newTable } from './table.ts';

const L = {
  zh: {
    title: (plan: Plan, year: number) => `${plan.title.zh} — ${year}年评估`,
    head: ['#', '指标', '单位', '基期值', '最新值', '目标', '年均增长%（实际/所需）', '进度评估', '时序进度', '预计'],
    source: { observed: '实际', plan: '规划', derived: '推算' },
    assigned: '完成下达目标',
    notes: '说明',
    summary: '汇总',
    category: '目标领域',
    tier: '产业层级',
    pole: '三极（含辐射市县）',
    count: '指标数',
    regional: '分地区',
    region: '地区',
    indicator: '指标',
    findings: '提示',
    pending: '待审',
  },
  en: {
    title: (plan: Plan, year: number) => `${plan.title.en} — evaluation ${year}`,
    head: ['#', 'Indicator', 'Unit', 'Baseline', 'Latest', 'Target', 'Growth %/yr (actual/needed)', 'Progress', 'Schedule', 'Projected'],
    source: { observed: 'observed', plan: 'plan', derived: 'derived' },
    assigned: 'assigned',
    notes: 'Explanations',
    summary: 'Summary',
    category: 'Category',
    tier: 'Tier',
    pole: 'Pole (with the regions it radiates to)',
    count: 'Indicators',
    regional: 'By region',
    region: 'Region',
    indicator: 'Indicator',
    findings: 'Findings',
    pending: 'pending',
  },
} as const;

export function renderEvaluation(plan: Plan, evaluation: PlanEvaluation, lang: Lang): string {
  const t = L[lang];
  const units = new Map(plan.units.map((u) => [u.id, u.symbol]));
  const num = (value: number | null) => (value === null ? '—' : String(roundTo(value, 2)));
  const out: string[] = [pc.bold(t.title(plan, evaluation.year)), ''];

  const main = newTable([...t.head]);
  evaluation.indicators.forEach((row, n) => {
    main.push([
      String(n + 1),
      row.name[lang],
      units.get(row.unit) ?? row.unit,
      row.baseline ? `${num(row.baseline.value)} (${t.source[row.baseline.source]})` : '—',
      row.latest ? `${num(row.latest.value)} (${row.latest.year})${row.latest.pending ? ` ${t.pending}` : ''}` : '—',
      targetText(row, t.assigned),
      row.cagrActualPct === null && row.cagrRequiredPct === null ? '—' : `${num(row.cagrActualPct)} / ${num(row.cagrRequiredPct)}`,
      statusText(row, lang),
      row.assigned ? '—' : scheduleLabel(row.schedule, row.latest?.year ?? null, row.target.year)[lang],
      projectionText(row),
    ]);
  });
  out.push(main.toString(), '', pc.bold(t.notes));
  evaluation.indicators.forEach((row, n) => out.push(`${n + 1}. ${row.explanation[lang]}`));

  out.push('', pc.bold(t.summary));
  const counts = (label: string, c: StatusCounts) => [label, String(c.indicators), ...progressStatuses.map((s) => String(c.byStatus[s] || ''))];
  const statusHead = progressStatuses.map((s) => progressLabels[s][lang]);
  const byCategory = newTable([t.category, t.count, ...statusHead]);
  for (const c of evaluation.summary.byCategory) byCategory.push(counts(c.name[lang], c));
  byCategory.push(counts(lang === 'zh' ? '合计' : 'Total', evaluation.summary));
  out.push(byCategory.toString());
  if (evaluation.summary.byTier.length > 0) {
    const byTier = newTable([t.tier, t.count, ...statusHead]);
    for (const tier of evaluation.summary.byTier) byTier.push(counts(tier.name[lang], tier));
    out.push(byTier.toString());
  }

  if (evaluation.regional.length > 0) {
    const regions = new Map(plan.regions.map((r) => [r.code, r.name[lang]]));
    const regional = newTable([t.region, t.indicator, t.head[4]!, t.head[6]!, t.head[7]!, t.head[8]!]);
    for (const row of evaluation.regional) {
      regional.push([
        regions.get(row.region) ?? row.region,
        row.name[lang],
        row.latest ? `${num(row.latest.value)} (${row.latest.year})` : '—',
        row.cagrActualPct === null ? '—' : `${num(row.cagrActualPct)} / ${num(row.cagrRequiredPct)}`,
        statusText(row, lang),
        scheduleLabel(row.schedule, row.latest?.year ?? null, row.target.year)[lang],
      ]);
    }
    const byPole = newTable([t.pole, t.count, ...statusHead]);
    for (const pole of evaluation.summary.byPole) byPole.push(counts(pole.name[lang], pole));
    out.push('', pc.bold(t.regional), regional.toString(), byPole.toString());
  }

  if (evaluation.findings.length > 0) {
    out.push('', pc.bold(t.findings));
    for (const finding of evaluation.findings) out.push(`- ${finding.message[lang]}`);
  }
  return out.join('\n');
}

function targetText(row: IndicatorEvaluation, assigned: string): string {
  if (row.target.kind === 'assigned' || row.target.value === null) return assigned;
  const prefix = { at_least: '≥ ', approximately: '≈ ', reach: '', at_most: '≤ ', assigned: '' }[row.target.kind];
  return `${prefix}${roundTo(row.target.value, 2)}`;
}

function statusText(row: IndicatorEvaluation, lang: Lang): string {
  if (row.assigned) return assignedLabels[row.assigned.latest?.status ?? 'no_data'][lang];
  return progressLabels[row.status][lang];
}

function projectionText(row: IndicatorEvaluation): string {
  const p = row.projection;
  if (!p) return '—';
  const interval = p.low !== null && p.high !== null ? ` [${roundTo(p.low, 1)}–${roundTo(p.high, 1)}]` : '';
  return `${roundTo(p.value, 1)}${interval} ${p.likelyMet ? '✓' : '✗'}`;
}

