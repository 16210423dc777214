/**
 * The rule book: every rule set of rulesets/ with the fact catalogue, validated and with
 * carried-over tiers resolved — what the assessment engine reads. Pure: file contents in,
 * the book or the problems (each with file and line) out.
 */
import type { Text } from '../plan/schema.ts';
import { FactCatalogue, factCatalogueSchema } from './facts.ts';
import { checkRuleSet } from './rule-set-checks.ts';
import { ruleSetSchema, type Group, type RuleSetDocument } from './rule-set-schema.ts';
import type { TierId } from './tiers.ts';
import { parseYamlSource, schemaIssues, type CultivationIssue, type ParsedYaml, type SourceFile } from './yaml-source.ts';

/** The file of rulesets/ that holds the fact catalogue; every other YAML file is one rule set. */
export const FACT_CATALOGUE_FILE = 'facts.yaml';

/** A rule set as an assessment cites it. */
export interface RuleSetRef {
  id: string;
  name: Text;
  document: string;
  issuedBy: Text;
  effectiveFrom: string;
  effectiveTo: string | null;
  unverified: boolean;
  basis: Text;
}

/** One tier's criteria under one rule set. */
export interface TierRules {
  tier: TierId;
  name: Text;
  ruleSet: RuleSetRef;
  /** The rule set whose criteria these are, when carried over (e.g. 2022 创新型 under the 2026 办法). */
  carriedFrom: RuleSetRef | null;
  groups: readonly Group[];
  /** True when the rule set or the tier is marked unverified. */
  unverified: boolean;
  note: Text | null;
}

export interface RuleBook {
  facts: FactCatalogue;
  ruleSets: readonly RuleSetRef[];
  tierRules: readonly TierRules[];
}

export type RuleBookResult = { ok: true; book: RuleBook; issues: CultivationIssue[] } | { ok: false; issues: CultivationIssue[] };

export function parseRuleBook(files: readonly SourceFile[]): RuleBookResult {
  const issues: CultivationIssue[] = [];
  const catalogueFile = files.find((f) => f.name === FACT_CATALOGUE_FILE);
  if (!catalogueFile) {
    return { ok: false, issues: [{ severity: 'error', code: 'missing_file', message: { zh: `缺少确认事项目录 ${FACT_CATALOGUE_FILE}`, en: `the fact catalogue ${FACT_CATALOGUE_FILE} is missing` } }] };
  }
  const facts = parseCatalogue(catalogueFile, issues);
  const documents: { doc: RuleSetDocument; parsed: ParsedYaml }[] = [];
  for (const file of files) {
    if (file.name === FACT_CATALOGUE_FILE) continue;
    const { parsed, issues: syntax } = parseYamlSource(file);
    issues.push(...syntax);
    if (!parsed) continue;
    const result = ruleSetSchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      issues.push(...schemaIssues(parsed, result.error));
      continue;
    }
    if (facts) issues.push(...checkRuleSet(result.data, parsed, facts));
    documents.push({ doc: result.data, parsed });
  }
  issues.push(...checkAcross(documents));
  if (!facts || issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, book: resolve(documents.map((d) => d.doc), facts), issues };
}

function parseCatalogue(file: SourceFile, issues: CultivationIssue[]): FactCatalogue | null {
  const { parsed, issues: syntax } = parseYamlSource(file);
  issues.push(...syntax);
  if (!parsed) return null;
  const result = factCatalogueSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    issues.push(...schemaIssues(parsed, result.error));
    return null;
  }
  const seen = new Set<string>();
  result.data.facts.forEach((f, k) => {
    if (seen.has(f.id)) issues.push(parsed.issueAt(['facts', k, 'id'], 'duplicate_id', { zh: `确认事项 ${f.id} 重复`, en: `fact ${f.id} appears twice` }));
    seen.add(f.id);
  });
  return new FactCatalogue(result.data.facts);
}

/** Unique rule-set ids, carried tiers that point at a real tier, and one rule set per tier and day. */
function checkAcross(documents: readonly { doc: RuleSetDocument; parsed: ParsedYaml }[]): CultivationIssue[] {
  const issues: CultivationIssue[] = [];
  const byId = new Map<string, RuleSetDocument>();
  for (const { doc, parsed } of documents) {
    if (byId.has(doc.id)) issues.push(parsed.issueAt(['id'], 'duplicate_id', { zh: `规则集编号 ${doc.id} 重复`, en: `rule set id ${doc.id} appears twice` }));
    byId.set(doc.id, doc);
  }
  for (const { doc, parsed } of documents) {
    doc.tiers.forEach((tier, t) => {
      if (!('sameAs' in tier)) return;
      const target = byId.get(tier.sameAs.ruleSet)?.tiers.find((x) => x.tier === tier.sameAs.tier);
      if (!target || 'sameAs' in target) {
        issues.push(
          parsed.issueAt(['tiers', t, 'sameAs'], 'unknown_reference', {
            zh: `沿用的规则 ${tier.sameAs.ruleSet} / ${tier.sameAs.tier} 不存在（或本身也是沿用）`,
            en: `the carried-over rules ${tier.sameAs.ruleSet} / ${tier.sameAs.tier} do not exist (or are carried over themselves)`,
          }),
        );
      }
    });
  }
  for (let a = 0; a < documents.length; a++) {
    for (let b = a + 1; b < documents.length; b++) {
      const x = documents[a]!.doc;
      const y = documents[b]!.doc;
      if (!overlap(x, y)) continue;
      for (const tier of x.tiers) {
        if (y.tiers.some((t) => t.tier === tier.tier)) {
          issues.push(
            documents[b]!.parsed.issueAt(['effectiveFrom'], 'overlapping_rule_sets', {
              zh: `${x.id} 与 ${y.id} 对 ${tier.tier} 的有效期重叠：同一天只能有一个规则集有效`,
              en: `${x.id} and ${y.id} are both in force for ${tier.tier} on some day; one rule set per tier and day`,
            }),
          );
        }
      }
    }
  }
  return issues;
}

function overlap(x: RuleSetDocument, y: RuleSetDocument): boolean {
  const endX = x.effectiveTo ?? '9999-12-31';
  const endY = y.effectiveTo ?? '9999-12-31';
  return x.effectiveFrom <= endY && y.effectiveFrom <= endX;
}

function resolve(documents: readonly RuleSetDocument[], facts: FactCatalogue): RuleBook {
  const refs = new Map(documents.map((doc) => [doc.id, refOf(doc)]));
  const tierRules: TierRules[] = [];
  for (const doc of documents) {
    const ruleSet = refs.get(doc.id)!;
    for (const tier of doc.tiers) {
      const unverified = ruleSet.unverified || tier.unverified === true;
      const note = tier.note ?? null;
      if ('sameAs' in tier) {
        const origin = documents.find((d) => d.id === tier.sameAs.ruleSet)!;
        const carried = origin.tiers.find((t) => t.tier === tier.sameAs.tier)!;
        if (!('groups' in carried)) continue;
        tierRules.push({ tier: tier.tier, name: tier.name, ruleSet, carriedFrom: refs.get(origin.id)!, groups: carried.groups, unverified, note });
      } else {
        tierRules.push({ tier: tier.tier, name: tier.name, ruleSet, carriedFrom: null, groups: tier.groups, unverified, note });
      }
    }
  }
  return { facts, ruleSets: [...refs.values()], tierRules };
}

function refOf(doc: RuleSetDocument): RuleSetRef {
  return {
    id: doc.id,
    name: doc.name,
    document: doc.document,
    issuedBy: doc.issuedBy,
    effectiveFrom: doc.effectiveFrom,
    effectiveTo: doc.effectiveTo,
    unverified: doc.confidence.unverified,
    basis: doc.confidence.basis,
  };
}
