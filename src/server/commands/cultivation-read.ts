/**
 * Enterprise tier cultivation for the API: one enterprise's assessment of every tier, the
 * policies it qualifies for (免申即享), the tier pipeline against the plan's targets, and the
 * policy book — the same functions and the same JSON as `plansight enterprises …`. The rule
 * book and the policy book are read once per folder (lazily) and kept for the process.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessEnterprise } from '../../cultivation/assess-tier.ts';
import { assessmentJson, policyMatchJson } from '../../cultivation/cultivation-json.ts';
import { loadPolicyBook, loadRuleBook } from '../../cultivation/load-rules.ts';
import { buildPipeline, type Pipeline } from '../../cultivation/pipeline.ts';
import { planLabels } from '../../cultivation/plan-labels.ts';
import type { PolicyBook } from '../../cultivation/policy-book.ts';
import { matchEnterprise } from '../../cultivation/policy-match.ts';
import type { RuleBook } from '../../cultivation/rule-book.ts';
import { yearEnd, type EnterpriseSnapshot } from '../../cultivation/snapshot.ts';
import type { Plan } from '../../plan/derive.ts';
import type { Db } from '../../store/open-database.ts';
import { enterpriseSnapshot, enterpriseSnapshots } from '../../store/registry-queries.ts';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The folders the CLI reads too: PLANSIGHT_RULESETS / PLANSIGHT_POLICIES, else the package's own. */
export function cultivationFolders(): { rulesets: string; policies: string } {
  return {
    rulesets: process.env.PLANSIGHT_RULESETS?.trim() || join(packageRoot, 'rulesets'),
    policies: process.env.PLANSIGHT_POLICIES?.trim() || join(packageRoot, 'policies'),
  };
}

const ruleBooks = new Map<string, Promise<RuleBook>>();
const policyBooks = new Map<string, Promise<PolicyBook>>();

/** Loaded once per folder; a failed load is forgotten so that the next request tries again. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

export function ruleBookOf(dir: string = cultivationFolders().rulesets): Promise<RuleBook> {
  return cached(ruleBooks, dir, () => loadRuleBook(dir));
}

export function policyBookOf(folders = cultivationFolders()): Promise<PolicyBook> {
  return cached(policyBooks, `${folders.rulesets}\u0000${folders.policies}`, async () => loadPolicyBook(folders.policies, await ruleBookOf(folders.rulesets)));
}

/** Every tier's assessment of one enterprise, as `plansight enterprises assess --credit-code C --year Y --format json`; null when the registry lacks it. */
export async function readAssessment(db: Db, creditCode: string, year: number) {
  const [book, snapshot] = await Promise.all([ruleBookOf(), enterpriseSnapshot(db, creditCode, year)]);
  if (!snapshot) return null;
  return assessEnterprise(book, snapshot, yearEnd(year)).map((a) => assessmentJson(a, book.facts));
}

/** Every policy against one enterprise, eligible or not and why; null when the registry lacks it. */
export async function readPolicyMatches(db: Db, plan: Plan, creditCode: string, year: number) {
  const [book, policies, snapshot] = await Promise.all([ruleBookOf(), policyBookOf(), enterpriseSnapshot(db, creditCode, year)]);
  if (!snapshot) return null;
  const on = yearEnd(year);
  const named = book.facts.withValueLabels(planLabels(plan));
  const matches = matchEnterprise(policies, snapshot, on, named).map((m) => policyMatchJson(m, named));
  return { creditCode, date: on.date, dataYear: on.dataYear, eligible: matches.filter((m) => m.eligible).map((m) => m.policyId), matches };
}

/** The tier pipeline of the whole registry, as `plansight enterprises pipeline --year Y --format json`. */
export async function readPipeline(db: Db, plan: Plan, year: number): Promise<Pipeline> {
  const book = await ruleBookOf();
  const on = yearEnd(year);
  const snapshots: AsyncIterable<EnterpriseSnapshot> = enterpriseSnapshots(db, { dataYear: on.dataYear });
  return buildPipeline(plan, book, snapshots, on);
}

/** The policy book as a reader sees it (without the eligibility conditions' internals). */
export async function readPolicyBook() {
  const policies = await policyBookOf();
  return {
    policies: policies.map((p) => ({
      id: p.id,
      example: p.example,
      notice: p.notice ?? null,
      name: p.name,
      issuedBy: p.issuedBy,
      benefit: p.benefit,
      validFrom: p.validFrom,
      validTo: p.validTo,
      autoGrant: p.autoGrant,
      basis: p.basis ?? null,
    })),
  };
}

/** The fact catalogue (rulesets/facts.yaml) as a reader sees it: names, levels, units. */
export async function readFactCatalogue() {
  const book = await ruleBookOf();
  return {
    facts: book.facts.facts.map((f) => ({
      id: f.id,
      type: f.type,
      name: f.name,
      levels: f.type === 'level' ? f.levels.map((l) => ({ id: l.id, name: l.name })) : null,
      unit: f.type === 'number' ? f.unit : null,
      max: f.type === 'points' ? f.max : null,
    })),
  };
}
