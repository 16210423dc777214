/**
 * One line of an enterprise's checklist: the criterion, the value used, the threshold,
 * passed or not, the points where scored, what is missing, and a sentence that says it
 * all in Chinese and English (「研发费用占比 2.4%，需达到 3%」).
 */
import type { Text } from '../plan/schema.ts';
import type { Check } from './checks.ts';
import type { BoundValue, Op } from './comparator.ts';
import type { CriterionEvaluation, GateEvaluation, ScoredEvaluation } from './criterion-outcome.ts';
import type { FactCatalogue } from './facts.ts';
import { formatBound, formatValue, requirementPhrase, type LevelNamer } from './format.ts';
import type { Value } from './measure.ts';
import { levelNamer, measureName, measureUnit, missingName } from './measure-names.ts';
import type { Criterion } from './rule-set-schema.ts';
import type { MissingItem } from './snapshot.ts';
import type { UnitId } from './units.ts';

export interface CriterionResult {
  id: string;
  name: Text;
  group: string;
  dimension: string | null;
  kind: Criterion['kind'];
  /** False when a band condition (appliesWhen) rules it out; null when that is not yet known. */
  applicable: boolean | null;
  /** Conditions: passed or not (null when data is missing or not applicable). Scored criteria: null. */
  passed: boolean | null;
  value: Value;
  unit: UnitId;
  comparator: Op | null;
  threshold: BoundValue | null;
  /** Scored criteria: the points counted (lower end of an expert band), its upper end, and the most possible. */
  points: number | null;
  pointsUpTo: number | null;
  maxPoints: number | null;
  /** Scored criteria: the next band up, when there is one. */
  next: { comparator: Op | null; threshold: BoundValue | null; points: number } | null;
  missing: MissingItem[];
  explanation: Text;
  unverified: boolean;
  note: Text | null;
}

export function criterionResult(evaluation: CriterionEvaluation, group: string, tierUnverified: boolean, facts: FactCatalogue): CriterionResult {
  const c = evaluation.criterion;
  const measurement = evaluation.measurement;
  const base = {
    id: c.id,
    name: evaluation.name,
    group,
    dimension: 'dimension' in c ? c.dimension : null,
    kind: c.kind,
    applicable: evaluation.applicability ? evaluation.applicability.holds : true,
    value: measurement?.known ? measurement.value : null,
    unit: evaluation.unit,
    missing: evaluation.missing,
    unverified: tierUnverified || c.unverified === true,
    note: c.note ?? null,
  };
  if (evaluation.kind === 'gate') {
    const decided = evaluation.passed.worst === evaluation.passed.best;
    return {
      ...base,
      passed: base.applicable === false ? null : decided ? evaluation.passed.worst : null,
      comparator: evaluation.main?.bound.op ?? null,
      threshold: evaluation.main?.bound.value ?? null,
      points: null,
      pointsUpTo: null,
      maxPoints: null,
      next: null,
      explanation: gateExplanation(evaluation, facts),
    };
  }
  const next = nextCase(evaluation);
  return {
    ...base,
    passed: null,
    comparator: null,
    threshold: null,
    points: evaluation.points.worst,
    pointsUpTo: evaluation.pointsUpTo.worst,
    maxPoints: evaluation.maxPoints,
    next: next ? { comparator: next.checks[0]?.bound.op ?? null, threshold: next.checks[0]?.bound.value ?? null, points: next.points } : null,
    explanation: scoredExplanation(evaluation, facts),
  };
}

const names = (items: readonly MissingItem[], facts: FactCatalogue): Text => ({
  zh: items.map((m) => missingName(m, facts).zh).join('、'),
  en: items.map((m) => missingName(m, facts).en).join(', '),
});

/** `研发费用 80 万元` — a check's measure and value. */
function checkValue(check: Check, facts: FactCatalogue, name?: Text, unit?: UnitId): Text {
  const n = name ?? measureName(check.measure, facts);
  const u = unit ?? measureUnit(check.measure, facts);
  const levels = levelNamer(check.measure, facts);
  const value = check.measurement.known ? check.measurement.value : null;
  return { zh: `${n.zh} ${formatValue(value, u, 'zh', levels)}`, en: `${n.en} ${formatValue(value, u, 'en', levels)}` };
}

/** `研发费用 80 万元，需达到 100 万元` — what a failed check asks for. */
export function checkGap(check: Check, facts: FactCatalogue, name?: Text, unit?: UnitId): Text {
  const u = unit ?? measureUnit(check.measure, facts);
  const v = checkValue(check, facts, name, u);
  const need = requirementPhrase(check.bound, u, levelNamer(check.measure, facts));
  return { zh: `${v.zh}，${need.zh}`, en: `${v.en}, ${need.en}` };
}

function gateExplanation(e: GateEvaluation, facts: FactCatalogue): Text {
  const a = e.applicability;
  if (a?.holds === false) {
    const failing = a.checks.find((c) => c.holds === false)!;
    const what = checkValue(failing, facts, e.criterion.appliesWhen?.[a.checks.indexOf(failing)]?.name);
    return { zh: `不适用：${what.zh}`, en: `Not applicable: ${what.en}` };
  }
  if (e.passed.worst !== e.passed.best) {
    const list = names(e.missing, facts);
    // A level or number to confirm says what it must reach (研发机构级别：需达到 自建或区县级).
    const bound = e.main && typeof e.main.bound.value !== 'boolean' ? requirementPhrase(e.main.bound, e.unit, e.levelName) : null;
    const need = bound ? { zh: `（${bound.zh}）`, en: ` (${bound.en})` } : { zh: '', en: '' };
    return e.missing.every((m) => m.kind === 'fact')
      ? { zh: `待确认：${list.zh}${need.zh}`, en: `To be confirmed: ${list.en}${need.en}` }
      : { zh: `缺少数据：${list.zh}${need.zh}`, en: `Missing data: ${list.en}${need.en}` };
  }
  if (e.criterion.kind === 'any-of') {
    const holding = e.alternatives.find((x) => x.holds === true);
    if (holding) {
      const v = checkValue(holding, facts);
      return { zh: `满足：${v.zh}`, en: `Met: ${v.en}` };
    }
    const gaps = e.alternatives.map((x) => checkGap(x, facts));
    return { zh: `均不满足：${gaps.map((g) => g.zh).join('；或')}`, en: `None met: ${gaps.map((g) => g.en).join('; or ')}` };
  }
  const main = e.main!;
  const levels = e.levelName;
  if (e.criterion.kind === 'confirmation') {
    return main.holds ? { zh: `${e.name.zh}：已确认`, en: `${e.name.en}: confirmed` } : { zh: `${e.name.zh}：否（须满足）`, en: `${e.name.en}: no (required)` };
  }
  const measurement = main.measurement;
  const band = bandClause(e);
  if (measurement.known && measurement.value === null) {
    const why = measurement.why ?? { zh: '无法计算', en: 'cannot be computed' };
    return { zh: `${e.name.zh}无法计算（${why.zh}），${requirementPhrase(main.bound, e.unit, levels).zh}${band.zh}`, en: `${e.name.en} cannot be computed (${why.en}); ${requirementPhrase(main.bound, e.unit, levels).en}${band.en}` };
  }
  const value = measurement.known ? measurement.value : null;
  if (typeof value === 'boolean' && typeof main.bound.value === 'boolean') {
    const yes = { zh: value ? '是' : '否', en: value ? 'yes' : 'no' };
    return main.holds ? { zh: `${e.name.zh}：${yes.zh}`, en: `${e.name.en}: ${yes.en}` } : { zh: `${e.name.zh}：${yes.zh}（须为${main.bound.value ? '是' : '否'}）`, en: `${e.name.en}: ${yes.en} (required: ${main.bound.value ? 'yes' : 'no'})` };
  }
  const v = { zh: formatValue(value, e.unit, 'zh', levels), en: formatValue(value, e.unit, 'en', levels) };
  if (main.holds) {
    return { zh: `${e.name.zh} ${v.zh}，满足 ${formatBound(main.bound, e.unit, 'zh', levels)}${band.zh}`, en: `${e.name.en} ${v.en}, meets ${formatBound(main.bound, e.unit, 'en', levels)}${band.en}` };
  }
  const need = requirementPhrase(main.bound, e.unit, levels);
  return { zh: `${e.name.zh} ${v.zh}，${need.zh}${band.zh}`, en: `${e.name.en} ${v.en}, ${need.en}${band.en}` };
}

function bandClause(e: GateEvaluation): Text {
  if (!e.band || !e.band.by.known) return { zh: '', en: '' };
  const by = e.band.by.value;
  return { zh: `（${e.band.byName.zh} ${formatValue(by, e.band.unit, 'zh')}）`, en: ` (${e.band.byName.en} ${formatValue(by, e.band.unit, 'en')})` };
}

/** The measure a scored criterion's own bands compare (the reported one). */
export function ownMeasure(e: ScoredEvaluation): unknown {
  return e.option?.measure ?? (e.criterion.kind === 'points' ? e.criterion.measure : null);
}

/** The case just above the one reached (more points), if any. */
function nextCase(e: ScoredEvaluation) {
  const scale = e.scale;
  if (!scale) return null;
  const taken = scale.taken.worst ?? scale.cases.length;
  const better = scale.cases.filter((c) => c.index < taken && c.points > e.points.worst);
  return better.at(-1) ?? null;
}

function scoredExplanation(e: ScoredEvaluation, facts: FactCatalogue): Text {
  const p = e.points.worst;
  const of = { zh: `满分 ${e.maxPoints}`, en: `of ${e.maxPoints}` };
  if (e.applicability?.holds === false) return { zh: '不适用', en: 'Not applicable' };
  if (e.criterion.kind === 'assessed-points') {
    if (!e.measurement?.known) return { zh: `待录入：${e.name.zh}（${of.zh}）`, en: `To be entered: ${e.name.en} (${of.en})` };
    return { zh: `${e.name.zh}：${p} 分（${of.zh}）`, en: `${e.name.en}: ${p} points (${of.en})` };
  }
  const scale = e.scale!;
  const levels: LevelNamer | undefined = e.levelName;
  const measurement = scale.measurement;
  if (!measurement.known && p === 0) {
    const list = names(e.missing, facts);
    const onlyFacts = e.missing.every((m) => m.kind === 'fact');
    return onlyFacts
      ? { zh: `待确认：${list.zh}（最高可得 ${e.pointsUpTo.best} 分，${of.zh}）`, en: `To be confirmed: ${list.en} (up to ${e.pointsUpTo.best} points, ${of.en})` }
      : { zh: `缺少数据：${list.zh}（暂得 0 分，最高可得 ${e.pointsUpTo.best} 分）`, en: `Missing data: ${list.en} (0 points for now, up to ${e.pointsUpTo.best})` };
  }
  const label = e.criterion.kind === 'best-of' && e.option ? e.option.name : e.name;
  const shownValue = measurement.known
    ? { zh: `${label.zh} ${formatValue(measurement.value, e.unit, 'zh', levels)}`, en: `${label.en} ${formatValue(measurement.value, e.unit, 'en', levels)}` }
    : { zh: `${label.zh}（缺少数据）`, en: `${label.en} (missing data)` };
  const upTo = e.pointsUpTo.worst > p ? { zh: `，专家在 ${p}–${e.pointsUpTo.worst} 分之间评定，按下限计`, en: `; experts score ${p}–${e.pointsUpTo.worst}, the lower end is counted` } : { zh: '', en: '' };
  let text: Text = { zh: `${shownValue.zh}，得 ${p} 分（${of.zh}${upTo.zh}）`, en: `${shownValue.en}: ${p} points (${of.en}${upTo.en})` };
  const next = nextCase(e);
  if (next) {
    const own = ownMeasure(e);
    const unmet = next.checks.filter((c) => c.holds === false).map((c) => (c.measure === own ? checkGap(c, facts, label, e.unit) : checkGap(c, facts)));
    if (unmet.length > 0) {
      text = { zh: `${text.zh}；${unmet.map((u) => u.zh).join('，')}，可得 ${next.points} 分`, en: `${text.en}; ${unmet.map((u) => u.en).join(', ')} for ${next.points} points` };
    }
  }
  if (e.missing.length > 0) {
    const list = names(e.missing, facts);
    text = { zh: `${text.zh}；待补充：${list.zh}（最高可得 ${e.pointsUpTo.best} 分）`, en: `${text.en}; still open: ${list.en} (up to ${e.pointsUpTo.best} points)` };
  }
  return text;
}
