/** The rule sets as data: the shipped files load, their JSON Schemas are current, and a mistake names its file and line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFactsFile } from '../../src/cultivation/facts-file.ts';
import { cultivationJsonSchemas } from '../../src/cultivation/json-schemas.ts';
import { readYamlFolder } from '../../src/cultivation/load-rules.ts';
import { parseRuleBook } from '../../src/cultivation/rule-book.ts';
import type { SourceFile } from '../../src/cultivation/yaml-source.ts';
import { policiesDir, ruleBook, rulesetsDir } from './factories.ts';

async function withEdit(file: string, from: string, to: string): Promise<SourceFile[]> {
  const files = await readYamlFolder(rulesetsDir);
  const target = files.find((f) => f.name === file)!;
  expect(target.text, `${from} in ${file}`).toContain(from);
  return files.map((f) => (f === target ? { ...f, text: f.text.replace(from, to) } : f));
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('the shipped rule sets', () => {
  it('load: four issuing documents, effective dates, and the tiers they decide', async () => {
    const book = await ruleBook();
    expect(book.ruleSets.map((r) => [r.id, r.document, r.effectiveFrom, r.effectiveTo, r.unverified])).toEqual([
      ['hte-2016', '国科发火〔2016〕32号', '2016-01-01', null, false],
      ['sme-tiers-2022', '工信部企业〔2022〕63号', '2022-08-01', '2026-03-31', false],
      ['sme-tiers-2026', '工信部企业〔2026〕2号', '2026-04-01', null, true],
      ['tech-sme-2017', '国科发政〔2017〕115号', '2017-05-03', null, false],
    ]);
    expect(book.tierRules.map((t) => `${t.ruleSet.id}/${t.tier}`)).toEqual([
      'hte-2016/hte',
      'sme-tiers-2022/innovative-sme',
      'sme-tiers-2022/srdi-sme',
      'sme-tiers-2022/little-giant',
      'sme-tiers-2026/innovative-sme',
      'sme-tiers-2026/srdi-sme',
      'sme-tiers-2026/little-giant',
      'tech-sme-2017/tech-sme',
    ]);
  });

  it('the JSON Schemas beside them are current (regenerate with `plansight enterprises schema`)', () => {
    const schemas = cultivationJsonSchemas();
    const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
    expect(read(join(rulesetsDir, 'rule-set.schema.json'))).toEqual(schemas.ruleSet);
    expect(read(join(rulesetsDir, 'facts.schema.json'))).toEqual(schemas.facts);
    expect(read(join(policiesDir, 'policy.schema.json'))).toEqual(schemas.policy);
  });
});

describe('a mistake in a rule set names its file and line', () => {
  it('a misspelt key', async () => {
    const files = await withEdit('hte-2016.yaml', 'require: { atLeast: 10 }', 'require: { atleast: 10 }');
    const result = parseRuleBook(files);
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.file === 'hte-2016.yaml')!;
    expect(issue.line).toBe(lineOf(files.find((f) => f.name === 'hte-2016.yaml')!.text, 'atleast'));
    expect(issue.message.en).toContain('tiers[0].groups[0].criteria[3].require');
  });

  it('a fact the catalogue does not know, and a level it does not have', async () => {
    const unknownFact = parseRuleBook(await withEdit('sme-tiers-2022.yaml', 'fact: own_brand', 'fact: own_brands'));
    expect(unknownFact.issues.map((i) => i.code)).toContain('unknown_fact');
    const unknownLevel = parseRuleBook(await withEdit('tech-sme-2017.yaml', 'atLeast: provincial }', 'atLeast: county }'));
    expect(unknownLevel.issues.find((i) => i.code === 'unknown_level')?.message.zh).toContain('county');
  });

  it('two rule sets of one tier in force on the same day', async () => {
    const result = parseRuleBook(await withEdit('sme-tiers-2022.yaml', 'effectiveTo: "2026-03-31"', 'effectiveTo: "2026-06-30"'));
    expect(result.issues.filter((i) => i.code === 'overlapping_rule_sets')).toHaveLength(3);
  });

  it('a condition inside a score group, and a carried-over tier that does not exist', async () => {
    const kind = parseRuleBook(await withEdit('tech-sme-2017.yaml', 'kind: points\n            dimension: st-staff', 'kind: threshold\n            dimension: st-staff'));
    expect(kind.ok).toBe(false);
    const carried = parseRuleBook(await withEdit('sme-tiers-2026.yaml', 'sameAs: { ruleSet: sme-tiers-2022', 'sameAs: { ruleSet: sme-tiers-2021'));
    expect(carried.issues.map((i) => i.code)).toContain('unknown_reference');
  });

  it('YAML that does not parse, and no fact catalogue', async () => {
    const broken = parseRuleBook(await withEdit('hte-2016.yaml', 'tiers:', 'tiers: ['));
    expect(broken.issues[0]).toMatchObject({ code: 'yaml_syntax', file: 'hte-2016.yaml' });
    const noCatalogue = parseRuleBook((await readYamlFolder(rulesetsDir)).filter((f) => f.name !== 'facts.yaml'));
    expect(noCatalogue.issues[0]?.code).toBe('missing_file');
  });
});

describe('facts given in a file', () => {
  it('are checked against the catalogue', async () => {
    const book = await ruleBook();
    const ok = parseFactsFile({ name: 'facts.yaml', text: '91460100MA5TEST001:\n  no_major_violation: true\n  rd_institution_level: provincial\n' }, book.facts);
    expect(ok.ok && ok.facts.get('91460100MA5TEST001')).toEqual({ no_major_violation: true, rd_institution_level: 'provincial' });
    const bad = parseFactsFile({ name: 'facts.yaml', text: 'X:\n  no_major_violation: "yes"\n  rd_institution_level: county\n  quality_management_points: 6\n  nonsense: 1\n' }, book.facts);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => [i.line, i.path])).toEqual([[2, 'X.no_major_violation'], [3, 'X.rd_institution_level'], [4, 'X.quality_management_points'], [5, 'X.nonsense']]);
  });
});
