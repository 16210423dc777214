/** `plansight enterprises …` on the embedded store: the JSON fields as named, the same numbers as the engine, exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessTier } from '../../src/cultivation/assess-tier.ts';
import { assessmentJson } from '../../src/cultivation/cultivation-json.ts';
import { openStore } from '../../src/store/open-database.ts';
import { enterpriseSnapshot } from '../../src/store/registry-queries.ts';
import { runCli } from '../support/run-cli.ts';
import { ruleBook } from './factories.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-cli-cultivation-'));
const previous = process.env.PLANSIGHT_DATABASE_URL;
let code = '';

beforeAll(async () => {
  process.env.PLANSIGHT_DATABASE_URL = join(dir, 'plansight.db');
  expect((await runCli('demo', 'seed', '--enterprises', '200', '--no-progress')).code).toBe(0);
  const store = await openStore();
  const row = await store.db
    .selectFrom('certifications')
    .select('creditCode')
    .where('kind', '=', 'srdi-sme')
    .orderBy('creditCode')
    .executeTakeFirstOrThrow();
  await store.close();
  code = row.creditCode;
}, 60_000);
afterAll(() => {
  if (previous === undefined) delete process.env.PLANSIGHT_DATABASE_URL;
  else process.env.PLANSIGHT_DATABASE_URL = previous;
});

describe('plansight enterprises', () => {
  it('assess --credit-code --year --format json: per tier the fields as named, the same as the engine', async () => {
    const run = await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2028', '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('演示数据');
    const out = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(out.map((a) => a.tier)).toEqual(['hte', 'tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant']);
    for (const a of out) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['creditCode', 'tier', 'ruleSet', 'passed', 'score', 'criteria']));
      expect(a.creditCode).toBe(code);
      for (const c of a.criteria as Record<string, unknown>[]) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'passed', 'value', 'threshold', 'points', 'missing']));
        expect(Array.isArray(c.missing)).toBe(true);
      }
    }
    const store = await openStore();
    const snapshot = await enterpriseSnapshot(store.db, code, 2028);
    await store.close();
    const book = await ruleBook();
    const expected = assessmentJson(assessTier(book, snapshot!, 'srdi-sme', { date: '2028-12-31', dataYear: 2028 }), book.facts);
    expect(out[3]).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('--tier picks one tier; without --credit-code every enterprise is assessed', async () => {
    const one = JSON.parse((await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2028', '--tier', 'srdi-sme', '--format', 'json')).stdout);
    expect(one).toHaveLength(1);
    expect(one[0].ruleSet.document).toBe('工信部企业〔2026〕2号');
    expect(one[0].ruleSet.unverified).toBe(true);
    const all = JSON.parse((await runCli('enterprises', 'assess', '--year', '2025', '--tier', 'hte', '--format', 'json')).stdout);
    expect(all).toHaveLength(200);
    expect(all[0].ruleSet.id).toBe('hte-2016');
  });

  it('--facts confirms for an enterprise what the annual data lacks', async () => {
    const before = JSON.parse((await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2028', '--tier', 'innovative-sme', '--format', 'json')).stdout)[0];
    const missingFacts = (before.missing as { kind: string; fact: string }[]).filter((m) => m.kind === 'fact');
    expect(missingFacts.length).toBeGreaterThan(0);
    const file = join(dir, 'facts.yaml');
    writeFileSync(file, `${code}:\n${missingFacts.map((m) => `  ${m.fact}: ${m.fact.endsWith('level') ? 'national' : 'true'}`).join('\n')}\n`);
    const after = JSON.parse((await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2028', '--tier', 'innovative-sme', '--format', 'json', '--facts', file)).stdout)[0];
    expect(after.missing.filter((m: { kind: string }) => m.kind === 'fact')).toEqual([]);
    writeFileSync(file, `${code}:\n  no_major_violation: maybe\n`);
    const bad = await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2028', '--facts', file);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('no_major_violation');
  });

  it('the table names each tier, its rule set and the gaps', async () => {
    const run = await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2028');
    expect(run.stdout).toContain('■ 专精特新中小企业');
    expect(run.stdout).toContain('工信部企业〔2026〕2号（待核实）');
    const en = await runCli('enterprises', 'assess', '--credit-code', code, '--year', '2025', '--lang', 'en');
    expect(en.stdout).toContain('工信部企业〔2022〕63号');
    expect(en.stdout).toMatch(/■ SRDI SME/);
  });

  it('pipeline --year 2028: tiers, regions and the plan’s targets', async () => {
    const run = await runCli('enterprises', 'pipeline', '--year', '2028', '--format', 'json');
    expect(run.code).toBe(0);
    const p = JSON.parse(run.stdout);
    expect(p.enterprises).toBe(200);
    expect(p.tiers.map((t: { tier: string }) => t.tier)).toEqual(['hte', 'tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant', 'single-champion']);
    expect(p.targets.map((t: { indicatorId: string }) => t.indicatorId)).toEqual(['above-size-hte', 'srdi-sme-cumulative', 'little-giant-cumulative']);
    const table = await runCli('enterprises', 'pipeline', '--year', '2028');
    expect(table.stdout).toContain('规划目标');
    expect(table.stdout).toContain('海口市');
  });

  it('policies: one enterprise against every example policy, said to be examples', async () => {
    const run = await runCli('enterprises', 'policies', '--year', '2028', '--credit-code', code, '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('示例政策');
    const out = JSON.parse(run.stdout);
    expect(out.matches).toHaveLength(out.policies.length);
    expect(out.matches.every((m: { example: boolean; reasons: unknown[] }) => m.example && m.reasons.length > 0)).toBe(true);
    const one = await runCli('enterprises', 'policies', '--year', '2028', '--policy', 'srdi-eaglet', '--format', 'json');
    const listed = JSON.parse(one.stdout).matches;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((m: { eligible: boolean; policyId: string }) => m.eligible && m.policyId === 'srdi-eaglet')).toBe(true);
  });

  it('rulesets lists the documents; bad input exits 2 or 3', async () => {
    const list = await runCli('enterprises', 'rulesets');
    expect(list.stdout).toContain('国科发火〔2016〕32号');
    expect(list.stdout).toContain('工信部企业〔2026〕2号');
    expect((await runCli('enterprises', 'assess', '--credit-code', '91460100DM0NOTHERE', '--year', '2028')).code).toBe(3);
    expect((await runCli('enterprises', 'assess', '--year', '2028', '--tier', 'giant')).code).toBe(2);
    expect((await runCli('enterprises', 'assess', '--year', '28')).code).toBe(2);
    expect((await runCli('enterprises', 'policies', '--year', '2028', '--policy', 'nope')).code).toBe(2);
  });
});
