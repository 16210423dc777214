/**
 * The edge of the cultivation room: reading the YAML files of rulesets/ and policies/.
 * Everything else here is pure; this is the only file that touches the file system.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePolicyBook, type PolicyBook } from './policy-book.ts';
import { parseRuleBook, type RuleBook } from './rule-book.ts';
import type { CultivationIssue, SourceFile } from './yaml-source.ts';

/** Rule sets or policies that cannot be used, with every problem found (file, line, field). */
export class CultivationLoadError extends Error {
  constructor(
    message: string,
    readonly issues: readonly CultivationIssue[],
  ) {
    super(message);
    this.name = 'CultivationLoadError';
  }
}

/** The `*.yaml` files of a folder, in name order. */
export async function readYamlFolder(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

export async function loadRuleBook(dir: string): Promise<RuleBook> {
  const result = parseRuleBook(await readYamlFolder(dir));
  if (!result.ok) throw new CultivationLoadError(`the rule sets in ${dir} cannot be used (${result.issues.length} problem(s))`, result.issues);
  return result.book;
}

export async function loadPolicyBook(dir: string, book: RuleBook): Promise<PolicyBook> {
  const result = parsePolicyBook(await readYamlFolder(dir), book.facts);
  if (!result.ok) throw new CultivationLoadError(`the policies in ${dir} cannot be used (${result.issues.length} problem(s))`, result.issues);
  return result.policies;
}
