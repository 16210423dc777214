/**
 * Facts given for enterprises in a file (YAML or JSON: credit code → fact id → value), the
 * stand-in for the confirmations table until it exists. Every value is checked against
 * the catalogue; a fact left out stays missing.
 */
import type { EnterpriseFacts, FactCatalogue, FactValue } from './facts.ts';
import { parseYamlSource, type CultivationIssue, type SourceFile } from './yaml-source.ts';

export type FactsFileResult = { ok: true; facts: Map<string, EnterpriseFacts> } | { ok: false; issues: CultivationIssue[] };

export function parseFactsFile(source: SourceFile, catalogue: FactCatalogue): FactsFileResult {
  const { parsed, issues } = parseYamlSource(source);
  if (!parsed) return { ok: false, issues };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issues: [parsed.issueAt([], 'file_shape', { zh: '应为“信用代码 → 事项 → 值”的映射', en: 'expected a mapping of credit code → fact → value' })] };
  }
  const facts = new Map<string, EnterpriseFacts>();
  for (const [creditCode, given] of Object.entries(value as Record<string, unknown>)) {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) {
      issues.push(parsed.issueAt([creditCode], 'file_shape', { zh: `${creditCode} 下应为“事项: 值”的映射`, en: `${creditCode} must map fact ids to values` }));
      continue;
    }
    const values: Record<string, FactValue> = {};
    for (const [id, v] of Object.entries(given as Record<string, unknown>)) {
      const problem = catalogue.problem(id, v);
      if (problem) issues.push(parsed.issueAt([creditCode, id], 'fact_value', problem));
      else values[id] = v as FactValue;
    }
    facts.set(creditCode, values);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, facts };
}
