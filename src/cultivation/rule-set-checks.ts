/**
 * What the schema cannot say about a rule set: criteria of the right kind for their group,
 * dimensions that exist, facts and levels that the catalogue knows, unique ids, and no two
 * rule sets of one tier in force on the same day.
 */
import type { Text } from '../plan/schema.ts';
import { boundOf, type Comparator } from './comparator.ts';
import type { FactCatalogue } from './facts.ts';
import { measureLevels } from './measure-names.ts';
import type { MeasureRef } from './measure-schema.ts';
import type { Criterion, Group, RuleSetDocument } from './rule-set-schema.ts';
import type { CultivationIssue, ParsedYaml } from './yaml-source.ts';

type Path = (string | number)[];
type Report = (path: Path, code: string, message: Text) => void;

const gateKinds = new Set<Criterion['kind']>(['threshold', 'confirmation', 'any-of']);

export function checkRuleSet(doc: RuleSetDocument, parsed: ParsedYaml, facts: FactCatalogue): CultivationIssue[] {
  const issues: CultivationIssue[] = [];
  const report: Report = (path, code, message) => issues.push(parsed.issueAt(path, code, message));
  if (doc.effectiveTo !== null && doc.effectiveTo < doc.effectiveFrom) {
    report(['effectiveTo'], 'date_order', { zh: `失效日期 ${doc.effectiveTo} 早于生效日期 ${doc.effectiveFrom}`, en: `effectiveTo ${doc.effectiveTo} is before effectiveFrom ${doc.effectiveFrom}` });
  }
  const seenTiers = new Set<string>();
  doc.tiers.forEach((tier, t) => {
    if (seenTiers.has(tier.tier)) report(['tiers', t, 'tier'], 'duplicate_id', { zh: `层级 ${tier.tier} 重复`, en: `tier ${tier.tier} appears twice` });
    seenTiers.add(tier.tier);
    if (!('groups' in tier)) return;
    const ids = new Set<string>();
    const unique = (id: string, path: Path) => {
      if (ids.has(id)) report(path, 'duplicate_id', { zh: `编号 ${id} 在本层级中重复`, en: `id ${id} appears twice in this tier` });
      ids.add(id);
    };
    tier.groups.forEach((group, g) => {
      const at: Path = ['tiers', t, 'groups', g];
      unique(group.id, [...at, 'id']);
      checkGroupShape(group, at, report);
      group.criteria.forEach((c, k) => {
        unique(c.id, [...at, 'criteria', k, 'id']);
        checkCriterion(c, [...at, 'criteria', k], facts, report);
      });
      group.directPaths?.forEach((p, k) => {
        unique(p.id, [...at, 'directPaths', k, 'id']);
        p.when.forEach((w, j) => checkComparison(w.measure, w, [...at, 'directPaths', k, 'when', j], facts, report));
      });
    });
  });
  return issues;
}

/** A policy's eligibility conditions: known facts and levels, unique ids. */
export function checkConditions(criteria: readonly Criterion[], at: Path, parsed: ParsedYaml, facts: FactCatalogue): CultivationIssue[] {
  const issues: CultivationIssue[] = [];
  const report: Report = (path, code, message) => issues.push(parsed.issueAt(path, code, message));
  const ids = new Set<string>();
  criteria.forEach((c, k) => {
    if (ids.has(c.id)) report([...at, k, 'id'], 'duplicate_id', { zh: `编号 ${c.id} 重复`, en: `id ${c.id} appears twice` });
    ids.add(c.id);
    checkCriterion(c, [...at, k], facts, report);
  });
  return issues;
}

function checkGroupShape(group: Group, at: Path, report: Report): void {
  if (group.rule === 'score') {
    const pass = group.pass ? Object.values(group.pass).filter((v) => v !== undefined).length : 0;
    if (pass !== 1) report([...at, 'pass'], 'score_pass', { zh: '评分组须给出 pass: { atLeast } 或 { above } 之一', en: 'a score group needs pass: { atLeast } or { above }' });
    if (!group.dimensions?.length) report([...at, 'dimensions'], 'score_dimensions', { zh: '评分组须列出 dimensions', en: 'a score group needs dimensions' });
  }
  group.dimensions?.forEach((d, k) => {
    if (d.minimum && Object.values(d.minimum).filter((v) => v !== undefined).length !== 1) {
      report([...at, 'dimensions', k, 'minimum'], 'dimension_minimum', { zh: 'minimum 须为 atLeast 或 above 之一', en: 'minimum takes one of atLeast or above' });
    }
  });
  group.criteria.forEach((c, k) => {
    const gate = gateKinds.has(c.kind);
    if (group.rule === 'score' && gate) {
      report([...at, 'criteria', k, 'kind'], 'criterion_kind', { zh: `评分组中的指标须计分（points、best-of、assessed-points），而非 ${c.kind}`, en: `a score group takes scored criteria (points, best-of, assessed-points), not ${c.kind}` });
    }
    if (group.rule !== 'score' && !gate) {
      report([...at, 'criteria', k, 'kind'], 'criterion_kind', { zh: `${group.rule} 组中的指标须为条件（threshold、confirmation、any-of），而非 ${c.kind}`, en: `an ${group.rule} group takes conditions (threshold, confirmation, any-of), not ${c.kind}` });
    }
    if ('dimension' in c && !group.dimensions?.some((d) => d.id === c.dimension)) {
      report([...at, 'criteria', k, 'dimension'], 'unknown_dimension', { zh: `未定义的维度 ${c.dimension}`, en: `unknown dimension ${c.dimension}` });
    }
  });
}

function checkCriterion(c: Criterion, at: Path, facts: FactCatalogue, report: Report): void {
  c.appliesWhen?.forEach((w, j) => checkComparison(w.measure, w, [...at, 'appliesWhen', j], facts, report));
  switch (c.kind) {
    case 'threshold':
      if ('bands' in c.require) {
        checkMeasure(c.require.by, [...at, 'require', 'by'], facts, report);
        c.require.bands.forEach((b, j) => checkComparison(c.measure, b, [...at, 'require', 'bands', j], facts, report));
        if (c.require.bands.slice(0, -1).some((b) => b.upTo === undefined) || c.require.bands.at(-1)?.upTo !== undefined) {
          report([...at, 'require', 'bands'], 'band_order', { zh: '除最后一档外每档须有 upTo，最后一档不设 upTo', en: 'every band but the last needs upTo; the last has none' });
        }
      } else {
        checkComparison(c.measure, c.require, [...at, 'require'], facts, report);
      }
      return;
    case 'confirmation':
      expectFact(c.fact, 'confirmation', [...at, 'fact'], facts, report);
      return;
    case 'assessed-points':
      expectFact(c.fact, 'points', [...at, 'fact'], facts, report);
      return;
    case 'any-of':
      c.conditions.forEach((w, j) => checkComparison(w.measure, w, [...at, 'conditions', j], facts, report));
      return;
    case 'points':
      checkMeasure(c.measure, [...at, 'measure'], facts, report);
      c.points.forEach((p, j) => {
        if (boundOf(p)) checkComparison(c.measure, p, [...at, 'points', j], facts, report);
        p.when?.forEach((w, i) => checkComparison(w.measure, w, [...at, 'points', j, 'when', i], facts, report));
      });
      return;
    case 'best-of':
      c.options.forEach((o, k) => {
        checkMeasure(o.measure, [...at, 'options', k, 'measure'], facts, report);
        o.points.forEach((p, j) => {
          if (boundOf(p)) checkComparison(o.measure, p, [...at, 'options', k, 'points', j], facts, report);
          p.when?.forEach((w, i) => checkComparison(w.measure, w, [...at, 'options', k, 'points', j, 'when', i], facts, report));
        });
      });
      return;
  }
}

function expectFact(id: string, type: string, at: Path, facts: FactCatalogue, report: Report): void {
  const fact = facts.get(id);
  if (!fact) report(at, 'unknown_fact', { zh: `确认事项目录中没有 ${id}`, en: `no fact ${id} in the catalogue` });
  else if (fact.type !== type) report(at, 'fact_type', { zh: `${id} 的类型为 ${fact.type}，此处需要 ${type}`, en: `${id} is a ${fact.type} fact; ${type} is needed here` });
}

/** Facts named anywhere in a measure. */
function factsIn(measure: MeasureRef): string[] {
  if (typeof measure === 'string') return [];
  if ('fact' in measure) return [measure.fact];
  if ('ratio' in measure) return [...factsIn(measure.ratio[0]), ...factsIn(measure.ratio[1])];
  if ('lowest' in measure) return factsIn(measure.lowest);
  return [];
}

function checkMeasure(measure: MeasureRef, at: Path, facts: FactCatalogue, report: Report): void {
  for (const id of factsIn(measure)) {
    if (!facts.get(id)) report(at, 'unknown_fact', { zh: `确认事项目录中没有 ${id}`, en: `no fact ${id} in the catalogue` });
  }
}

function checkComparison(measure: MeasureRef, comparator: Comparator, at: Path, facts: FactCatalogue, report: Report): void {
  checkMeasure(measure, at, facts, report);
  const bound = boundOf(comparator);
  if (!bound || typeof bound.value !== 'string' || bound.op === '=') return;
  const levels = measureLevels(measure, facts);
  if (!levels) {
    report(at, 'not_a_level', { zh: `“${bound.value}”只能与等级型指标比较`, en: `${JSON.stringify(bound.value)} can only be compared with a level-valued measure` });
  } else if (!levels.includes(bound.value)) {
    report(at, 'unknown_level', { zh: `未知等级“${bound.value}”，可用：${levels.join(', ')}`, en: `unknown level ${JSON.stringify(bound.value)}; expected one of ${levels.join(', ')}` });
  }
}
