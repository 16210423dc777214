/** The example policies: data, marked as examples, quoting the plan verbatim; matching with reasons. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/cultivation/policy-schema.ts';
import { matchEnterprise, matchPolicy } from '../../src/cultivation/policy-match.ts';
import { planLabels } from '../../src/cultivation/plan-labels.ts';
import { readYamlFolder } from '../../src/cultivation/load-rules.ts';
import { parsePolicyBook } from '../../src/cultivation/policy-book.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { hainanPlanDir, hainanPlanText } from '../support/paths.ts';
import { certificate, END_2025, policiesDir, policyBook, ruleBook, snapshot } from './factories.ts';

let policies: readonly Policy[];
beforeAll(async () => {
  policies = await policyBook();
});

describe('example policies', () => {
  it('about ten, each an example with a notice in both languages and the plan’s own words as its basis', () => {
    const text = hainanPlanText();
    expect(policies.length).toBeGreaterThanOrEqual(10);
    for (const p of policies) {
      expect(p.example, p.id).toBe(true);
      expect(p.notice?.zh).toContain('示例');
      expect(p.notice?.en).toMatch(/example/i);
      expect(p.name.zh).toContain('示例');
      expect(text, `${p.id}: “${p.basis?.quote}” is not in the plan text`).toContain(p.basis!.quote);
    }
    expect(policies.some((p) => p.autoGrant)).toBe(true);
  });

  it('an example without a notice is refused', async () => {
    const book = await ruleBook();
    const files = (await readYamlFolder(policiesDir)).map((f) => (f.name === 'rd-reserve.yaml' ? { ...f, text: f.text.replace(/notice:\n( {2}.*\n){2}/, '') } : f));
    const result = parsePolicyBook(files, book.facts);
    expect(result.ok).toBe(false);
    expect(result.issues.find((i) => i.code === 'example_notice')?.file).toBe('rd-reserve.yaml');
  });

  it('an enterprise against every policy: qualifies or not, each with every condition and why', async () => {
    const book = await ruleBook();
    const s = snapshot({ years: { 2026: { rdExpense: 500 } }, certifications: [certificate('tech-sme', '2026-04-01', '2026-12-31')] });
    const matches = matchEnterprise(policies, s, { date: '2026-12-31', dataYear: 2026 }, book.facts);
    expect(matches).toHaveLength(policies.length);
    const insurance = matches.find((m) => m.policyId === 'tech-insurance')!;
    expect(insurance).toMatchObject({ eligible: true, status: 'eligible', autoGrant: true, example: true });
    const reserve = matches.find((m) => m.policyId === 'rd-reserve')!;
    expect(reserve.eligible).toBe(true);
    expect(reserve.reasons.map((r) => [r.id, r.passed])).toEqual([['rd-amount', true], ['rd-increase', true]]);
    const elite = matches.find((m) => m.policyId === 'hte-elite')!;
    expect(elite.status).toBe('not-eligible');
    expect(elite.explanation.zh).toContain('不符合');
  });

  it('conditions on clusters read in the plan’s names, and a policy out of its validity period matches nobody', async () => {
    const book = await ruleBook();
    const plan = await loadPlan(hainanPlanDir);
    const named = book.facts.withValueLabels(planLabels(plan));
    const equipment = policies.find((p) => p.id === 'first-set-equipment')!;
    const m = matchPolicy(equipment, snapshot(), { date: '2026-12-31', dataYear: 2026 }, named);
    expect(m.reasons[0]!.explanation.zh).toContain('数字经济');
    expect(m.reasons[0]!.explanation.zh).toContain('商业航天');
    expect(matchPolicy(equipment, snapshot(), END_2025, named).status).toBe('not-in-force');
  });
});
