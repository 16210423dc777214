/**
 * Matching enterprise-support policies (免申即享): for one enterprise, each policy it
 * qualifies for and why; streamed over the registry, per policy the enterprises that
 * qualify. A policy's eligibility is evaluated like a group of conditions of a rule set,
 * so the reasons read the same as an assessment's checklist.
 */
import type { Text } from '../plan/schema.ts';
import { criterionResult, type CriterionResult } from './criterion-result.ts';
import type { FactCatalogue } from './facts.ts';
import { evaluateGroup } from './group-outcome.ts';
import { measureContext } from './measure.ts';
import { missingName } from './measure-names.ts';
import { isInForce } from './policy-book.ts';
import type { Policy } from './policy-schema.ts';
import { uniqueMissing, type AssessmentDate, type EnterpriseSnapshot, type MissingItem } from './snapshot.ts';

export type PolicyStatus = 'eligible' | 'to-confirm' | 'incomplete' | 'not-eligible' | 'not-in-force';
export const policyStatuses: readonly PolicyStatus[] = ['eligible', 'to-confirm', 'incomplete', 'not-eligible', 'not-in-force'];

export interface PolicyMatch {
  policyId: string;
  policyName: Text;
  creditCode: string;
  enterpriseName: string;
  date: string;
  dataYear: number;
  status: PolicyStatus;
  eligible: boolean;
  autoGrant: boolean;
  example: boolean;
  /** Every eligibility condition with its value, threshold and outcome. */
  reasons: CriterionResult[];
  missing: MissingItem[];
  explanation: Text;
}

export function matchPolicy(policy: Policy, snapshot: EnterpriseSnapshot, on: AssessmentDate, facts: FactCatalogue): PolicyMatch {
  const base = {
    policyId: policy.id,
    policyName: policy.name,
    creditCode: snapshot.enterprise.creditCode,
    enterpriseName: snapshot.enterprise.name,
    date: on.date,
    dataYear: on.dataYear,
    autoGrant: policy.autoGrant,
    example: policy.example,
  };
  if (!isInForce(policy, on.date)) {
    const until = policy.validTo ?? '';
    return {
      ...base,
      status: 'not-in-force',
      eligible: false,
      reasons: [],
      missing: [],
      explanation: { zh: `政策不在有效期内（${policy.validFrom} 至 ${until || '长期'}）`, en: `The policy is not in force on ${on.date} (${policy.validFrom} to ${until || 'open'})` },
    };
  }
  const group = evaluateGroup({ id: 'eligibility', name: { zh: '申享条件', en: 'Eligibility' }, rule: 'all', criteria: policy.eligibility }, measureContext(snapshot, on, facts));
  const status: PolicyStatus = group.passed.worst ? 'eligible' : group.passed.factsBest ? 'to-confirm' : group.passed.best ? 'incomplete' : 'not-eligible';
  const reasons = group.criteria.map((c) => criterionResult(c, 'eligibility', false, facts));
  const missing = uniqueMissing(group.criteria.map((c) => c.missing));
  return { ...base, status, eligible: status === 'eligible', reasons, missing, explanation: explain(status, reasons, missing, facts) };
}

/** The policies an enterprise qualifies for, and why not for the others. */
export function matchEnterprise(policies: readonly Policy[], snapshot: EnterpriseSnapshot, on: AssessmentDate, facts: FactCatalogue): PolicyMatch[] {
  return policies.map((p) => matchPolicy(p, snapshot, on, facts));
}

function explain(status: PolicyStatus, reasons: readonly CriterionResult[], missing: readonly MissingItem[], facts: FactCatalogue): Text {
  const join = (items: readonly Text[]) => ({ zh: items.map((t) => t.zh).join('；'), en: items.map((t) => t.en).join('; ') });
  const names = join(missing.map((m) => missingName(m, facts)));
  switch (status) {
    case 'eligible': {
      const why = join(reasons.map((r) => r.explanation));
      return { zh: `符合全部条件：${why.zh}`, en: `Meets every condition: ${why.en}` };
    }
    case 'to-confirm':
      return { zh: `确认后可享受：${names.zh}`, en: `Eligible once confirmed: ${names.en}` };
    case 'incomplete':
      return { zh: `缺少数据，暂无法判定：${names.zh}`, en: `Cannot tell yet; missing: ${names.en}` };
    default: {
      const why = join(reasons.filter((r) => r.passed === false).map((r) => r.explanation));
      return { zh: `不符合：${why.zh}`, en: `Not eligible: ${why.en}` };
    }
  }
}

export interface PolicyCounts {
  policyId: string;
  name: Text;
  autoGrant: boolean;
  example: boolean;
  counts: Record<PolicyStatus, number>;
}

/** Counts per policy and status over a stream of enterprises; `add` also returns the enterprise's matches. */
export class PolicyTally {
  private readonly counts: Map<string, Record<PolicyStatus, number>>;

  constructor(
    private readonly policies: readonly Policy[],
    private readonly on: AssessmentDate,
    private readonly facts: FactCatalogue,
  ) {
    this.counts = new Map(policies.map((p) => [p.id, Object.fromEntries(policyStatuses.map((s) => [s, 0])) as Record<PolicyStatus, number>]));
  }

  add(snapshot: EnterpriseSnapshot): PolicyMatch[] {
    const matches = matchEnterprise(this.policies, snapshot, this.on, this.facts);
    for (const m of matches) this.counts.get(m.policyId)![m.status]++;
    return matches;
  }

  result(): PolicyCounts[] {
    return this.policies.map((p) => ({ policyId: p.id, name: p.name, autoGrant: p.autoGrant, example: p.example, counts: this.counts.get(p.id)! }));
  }
}
