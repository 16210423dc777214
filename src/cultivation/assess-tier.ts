/**
 * Assessing an enterprise against a tier on a date: pick the rule set in force, evaluate
 * every group, and tell the status, the checklist, the score and the smallest change.
 * Pure: the snapshot and the rule book in, the assessment out.
 */
import type { Text } from '../plan/schema.ts';
import type { Assessment, AssessmentStatus } from './assessment.ts';
import { holdsValid } from './certificates.ts';
import { rulesInForce } from './choose-rule-set.ts';
import { criterionResult } from './criterion-result.ts';
import { evaluateGroup, type GroupOutcome } from './group-outcome.ts';
import { measureContext } from './measure.ts';
import { missingName } from './measure-names.ts';
import type { RuleBook, TierRules } from './rule-book.ts';
import { smallestChange, type Change } from './smallest-change.ts';
import { uniqueMissing, type AssessmentDate, type EnterpriseSnapshot } from './snapshot.ts';
import { tierIds, tierNames, type TierId } from './tiers.ts';

/** What an assessment decides, before it is put into words: enough for counting (the pipeline). */
export interface TierVerdict {
  rules: TierRules | null;
  groups: GroupOutcome[];
  certified: boolean;
  status: AssessmentStatus;
  changes: Change[];
  nearMiss: boolean;
  outOfScope: boolean;
}

export function judgeTier(book: RuleBook, snapshot: EnterpriseSnapshot, tier: TierId, on: AssessmentDate): TierVerdict {
  const rules = rulesInForce(book, tier, on.date);
  const certified = holdsValid(snapshot.certifications, tier, on.date);
  if (!rules) return { rules, groups: [], certified, status: 'no-rule-set', changes: [], nearMiss: false, outOfScope: false };
  const ctx = measureContext(snapshot, on, book.facts);
  const groups = rules.groups.map((g) => evaluateGroup(g, ctx));
  const passes = (mode: 'worst' | 'factsBest' | 'best') => groups.every((g) => g.passed[mode]);
  const status: AssessmentStatus = passes('worst') ? 'passed' : passes('factsBest') ? 'to-confirm' : passes('best') ? 'incomplete' : 'failed';
  const changes = status === 'passed' || status === 'to-confirm' ? [] : smallestChange(groups, book.facts);
  const outOfScope = changes.some((c) => c.kind === 'scope');
  const nearMiss = status === 'failed' && !outOfScope && changes.length === 1 && changes[0]!.kind === 'improve';
  return { rules, groups, certified, status, changes, nearMiss, outOfScope };
}

export function assessTier(book: RuleBook, snapshot: EnterpriseSnapshot, tier: TierId, on: AssessmentDate): Assessment {
  const verdict = judgeTier(book, snapshot, tier, on);
  const { rules, groups, status, changes } = verdict;
  const base = {
    creditCode: snapshot.enterprise.creditCode,
    tier,
    tierName: rules?.name ?? tierNames[tier],
    date: on.date,
    dataYear: on.dataYear,
    certified: verdict.certified,
  };
  if (!rules) {
    return {
      ...base,
      ruleSet: null,
      carriedFrom: null,
      unverified: false,
      status,
      passed: false,
      score: null,
      scoreUpTo: null,
      passScore: null,
      dimensions: [],
      groups: [],
      criteria: [],
      directPath: null,
      directPaths: [],
      missing: [],
      changes: [],
      nearMiss: false,
      outOfScope: false,
      summary: { zh: `${on.date} 无有效的${tierNames[tier].zh}认定规则`, en: `No rule set for ${tierNames[tier].en} is in force on ${on.date}` },
      note: null,
    };
  }
  const criteria = groups.flatMap((g) => g.criteria.map((c) => criterionResult(c, g.group.id, rules.unverified, book.facts)));
  // Missing items that matter: those of groups not already settled by a direct path.
  const missing = uniqueMissing(groups.filter((g) => g.directPath === null).flatMap((g) => g.criteria.map((c) => c.missing)));
  const score = groups.find((g) => g.score)?.score ?? null;
  const directPathGroup = groups.find((g) => g.directPath !== null);
  const assessment: Assessment = {
    ...base,
    ruleSet: rules.ruleSet,
    carriedFrom: rules.carriedFrom,
    unverified: rules.unverified || criteria.some((c) => c.unverified),
    status,
    passed: status === 'passed',
    score: score ? score.total.worst : null,
    scoreUpTo: score ? score.upTo : null,
    passScore: score ? { comparator: score.pass.op, value: score.pass.value } : null,
    dimensions: score
      ? score.dimensions.map((d) => ({
          id: d.dimension.id,
          name: d.dimension.name,
          points: d.points.worst,
          max: d.dimension.max,
          minimum: d.minimum ? { comparator: d.minimum.op, value: d.minimum.value } : null,
          met: d.met.worst,
        }))
      : [],
    groups: groups.map((g) => ({ id: g.group.id, name: g.group.name, rule: g.group.rule, passed: g.passed.worst, directPath: g.directPath?.id ?? null })),
    criteria,
    directPath: directPathGroup?.directPath ? { id: directPathGroup.directPath.id, name: directPathGroup.directPath.name } : null,
    directPaths: groups.flatMap((g) =>
      g.directPaths.map((p) => ({ id: p.path.id, group: g.group.id, name: p.path.name, applies: p.holds, missing: p.missing, unverified: rules.unverified || p.path.unverified === true })),
    ),
    missing,
    changes,
    nearMiss: verdict.nearMiss,
    outOfScope: verdict.outOfScope,
    summary: { zh: '', en: '' },
    note: rules.note,
  };
  assessment.summary = summaryOf(assessment, book);
  return assessment;
}

/** Every tier that has rule sets (the single-product champion has none yet), in ladder order. */
export function assessableTiers(book: RuleBook): TierId[] {
  return tierIds.filter((t) => book.tierRules.some((r) => r.tier === t));
}

export function assessEnterprise(book: RuleBook, snapshot: EnterpriseSnapshot, on: AssessmentDate, tiers: readonly TierId[] = assessableTiers(book)): Assessment[] {
  return tiers.map((tier) => assessTier(book, snapshot, tier, on));
}

function summaryOf(a: Assessment, book: RuleBook): Text {
  const tier = a.tierName;
  const doc = a.ruleSet!.document;
  const flag = a.unverified ? { zh: '（含待核实条目）', en: ' (includes unverified items)' } : { zh: '', en: '' };
  const list = (items: typeof a.missing) => ({ zh: items.map((m) => missingName(m, book.facts).zh).join('、'), en: items.map((m) => missingName(m, book.facts).en).join(', ') });
  switch (a.status) {
    case 'passed': {
      const path = a.directPath ? { zh: `，经直通条件“${a.directPath.name.zh}”`, en: `, by the direct path “${a.directPath.name.en}”` } : { zh: '', en: '' };
      return { zh: `符合${tier.zh}条件（${doc}${path.zh}）${flag.zh}`, en: `Meets the ${tier.en} criteria (${doc}${path.en})${flag.en}` };
    }
    case 'to-confirm': {
      const open = list(a.missing.filter((m) => m.kind === 'fact'));
      return { zh: `待确认后可符合${tier.zh}条件：${open.zh}${flag.zh}`, en: `Meets the ${tier.en} criteria once confirmed: ${open.en}${flag.en}` };
    }
    case 'incomplete': {
      const open = list(a.missing.filter((m) => m.kind !== 'fact'));
      return { zh: `缺少数据，暂无法判定是否符合${tier.zh}条件：${open.zh}`, en: `Cannot tell yet whether it meets the ${tier.en} criteria; missing: ${open.en}` };
    }
    default: {
      const steps = a.changes.map((c) => c.message);
      return { zh: `不符合${tier.zh}条件：${steps.map((s) => s.zh).join('；')}${flag.zh}`, en: `Does not meet the ${tier.en} criteria: ${steps.map((s) => s.en).join('; ')}${flag.en}` };
    }
  }
}
