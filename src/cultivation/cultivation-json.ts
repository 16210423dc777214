/**
 * The one JSON shape of assessments and policy matches, for the CLI and the API alike.
 * Every field is listed here on purpose, so a new internal field never leaks out; missing
 * items carry their names, so a reader needs no catalogue.
 */
import type { Text } from '../plan/schema.ts';
import type { Assessment } from './assessment.ts';
import type { CriterionResult } from './criterion-result.ts';
import type { FactCatalogue } from './facts.ts';
import { missingName } from './measure-names.ts';
import type { PolicyMatch } from './policy-match.ts';
import type { RuleSetRef } from './rule-book.ts';
import type { MissingItem } from './snapshot.ts';

export interface MissingJson {
  kind: MissingItem['kind'];
  /** `annual`: the field (camelCase) and year; `enterprise`: the field; `fact`: the fact id. */
  field: string | null;
  year: number | null;
  fact: string | null;
  name: Text;
}

export function missingJson(item: MissingItem, facts: FactCatalogue): MissingJson {
  return {
    kind: item.kind,
    field: item.kind === 'fact' ? null : item.field,
    year: item.kind === 'annual' ? item.year : null,
    fact: item.kind === 'fact' ? item.id : null,
    name: missingName(item, facts),
  };
}

export function ruleSetJson(ref: RuleSetRef) {
  return {
    id: ref.id,
    name: ref.name,
    document: ref.document,
    issuedBy: ref.issuedBy,
    effectiveFrom: ref.effectiveFrom,
    effectiveTo: ref.effectiveTo,
    unverified: ref.unverified,
    basis: ref.basis,
  };
}

export function criterionJson(c: CriterionResult, facts: FactCatalogue) {
  return {
    id: c.id,
    name: c.name,
    group: c.group,
    dimension: c.dimension,
    kind: c.kind,
    applicable: c.applicable,
    passed: c.passed,
    value: c.value,
    unit: c.unit,
    comparator: c.comparator,
    threshold: c.threshold,
    points: c.points,
    pointsUpTo: c.pointsUpTo,
    maxPoints: c.maxPoints,
    next: c.next,
    missing: c.missing.map((m) => missingJson(m, facts)),
    explanation: c.explanation,
    unverified: c.unverified,
    note: c.note,
  };
}

export function assessmentJson(a: Assessment, facts: FactCatalogue) {
  return {
    creditCode: a.creditCode,
    tier: a.tier,
    tierName: a.tierName,
    date: a.date,
    dataYear: a.dataYear,
    ruleSet: a.ruleSet ? ruleSetJson(a.ruleSet) : null,
    carriedFrom: a.carriedFrom ? ruleSetJson(a.carriedFrom) : null,
    unverified: a.unverified,
    certified: a.certified,
    status: a.status,
    passed: a.passed,
    score: a.score,
    scoreUpTo: a.scoreUpTo,
    passScore: a.passScore,
    dimensions: a.dimensions,
    groups: a.groups,
    criteria: a.criteria.map((c) => criterionJson(c, facts)),
    directPath: a.directPath,
    directPaths: a.directPaths.map((p) => ({ id: p.id, group: p.group, name: p.name, applies: p.applies, missing: p.missing.map((m) => missingJson(m, facts)), unverified: p.unverified })),
    missing: a.missing.map((m) => missingJson(m, facts)),
    changes: a.changes.map((c) => ({ group: c.group, criterionId: c.criterionId, kind: c.kind, message: c.message, missing: (c.missing ?? []).map((m) => missingJson(m, facts)) })),
    nearMiss: a.nearMiss,
    outOfScope: a.outOfScope,
    summary: a.summary,
    note: a.note,
  };
}

export function policyMatchJson(m: PolicyMatch, facts: FactCatalogue) {
  return {
    policyId: m.policyId,
    policyName: m.policyName,
    creditCode: m.creditCode,
    enterpriseName: m.enterpriseName,
    date: m.date,
    dataYear: m.dataYear,
    status: m.status,
    eligible: m.eligible,
    autoGrant: m.autoGrant,
    example: m.example,
    reasons: m.reasons.map((r) => criterionJson(r, facts)),
    missing: m.missing.map((x) => missingJson(x, facts)),
    explanation: m.explanation,
  };
}
