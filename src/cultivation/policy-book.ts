/** The policies of policies/, validated (one policy per file): pure, file contents in. */
import type { FactCatalogue } from './facts.ts';
import { policySchema, type Policy } from './policy-schema.ts';
import { checkConditions } from './rule-set-checks.ts';
import { parseYamlSource, schemaIssues, type CultivationIssue, type SourceFile } from './yaml-source.ts';

export type PolicyBook = readonly Policy[];

export type PolicyBookResult = { ok: true; policies: PolicyBook; issues: CultivationIssue[] } | { ok: false; issues: CultivationIssue[] };

export function parsePolicyBook(files: readonly SourceFile[], facts: FactCatalogue): PolicyBookResult {
  const issues: CultivationIssue[] = [];
  const policies: Policy[] = [];
  for (const file of files) {
    const { parsed, issues: syntax } = parseYamlSource(file);
    issues.push(...syntax);
    if (!parsed) continue;
    const result = policySchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      issues.push(...schemaIssues(parsed, result.error));
      continue;
    }
    const policy = result.data;
    if (policy.example && !policy.notice) {
      issues.push(parsed.issueAt(['notice'], 'example_notice', { zh: '示例政策须有 notice（中英文说明其为示例）', en: 'an example policy needs a notice saying so, in both languages' }));
    }
    if (policies.some((p) => p.id === policy.id)) {
      issues.push(parsed.issueAt(['id'], 'duplicate_id', { zh: `政策编号 ${policy.id} 重复`, en: `policy id ${policy.id} appears twice` }));
    }
    if (policy.validTo !== null && policy.validTo < policy.validFrom) {
      issues.push(parsed.issueAt(['validTo'], 'date_order', { zh: `失效日期早于生效日期`, en: `validTo is before validFrom` }));
    }
    issues.push(...checkConditions(policy.eligibility, ['eligibility'], parsed, facts));
    policies.push(policy);
  }
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, policies, issues };
}

export function isInForce(policy: Policy, date: string): boolean {
  return policy.validFrom <= date && (policy.validTo === null || date <= policy.validTo);
}
