import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluation/evaluate-plan.ts';
import { evaluationJson } from '../../src/evaluation/evaluation-json.ts';
import { openTableSource } from '../../src/ingest/table-source.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import { openStore } from '../../src/store/open-database.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-cli-store-'));
const previous = process.env.PLANSIGHT_DATABASE_URL;

beforeAll(() => {
  process.env.PLANSIGHT_DATABASE_URL = join(dir, 'plansight.db');
});
afterAll(() => {
  if (previous === undefined) delete process.env.PLANSIGHT_DATABASE_URL;
  else process.env.PLANSIGHT_DATABASE_URL = previous;
});

describe('the store through the command line (embedded SQLite)', () => {
  it('db migrate, demo seed, evaluate --year from the store (same numbers as the engine), backup and restore', async () => {
    expect((await runCli('db', 'migrate')).stdout).toContain('0001-initial');
    const seeded = await runCli('demo', 'seed', '--enterprises', '200', '--no-progress');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('演示数据（虚构，非官方统计）');
    expect(seeded.stdout).toMatch(/enterprises\s+200 new/);

    const run = await runCli('evaluate', '--year', '2028', '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('演示数据');
    const fromCli = JSON.parse(run.stdout);
    const plan = await loadPlan(hainanPlanDir);
    const store = await openStore();
    const read = await observationsForEvaluation(store.db, plan.id);
    await store.close();
    expect(fromCli).toEqual(JSON.parse(JSON.stringify(evaluationJson(plan, evaluatePlan(plan, read.observations, 2028)))));
    expect(fromCli.indicators.find((i: { id: string }) => i.id === 'hitech-revenue').latest.year).toBe(2028);

    const backup = join(dir, 'backup.db');
    expect((await runCli('db', 'backup', backup)).code).toBe(0);
    await runCli('demo', 'seed', '--enterprises', '200', '--seed', '7', '--no-progress');
    const restored = await runCli('db', 'restore', backup);
    expect(restored.stdout).toMatch(/enterprises 200/);
    const again = await runCli('evaluate', '--year', '2028', '--format', 'json');
    expect(JSON.parse(again.stdout)).toEqual(fromCli);

    const checked = await runCli('db', 'check');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('checked (sqlite): integrity_check; foreign_key_check');
    expect(checked.stdout).toContain('ok: no problem found');
  });

  it('import with --dry-run, then for real; a bad file exits 3 and names the row', async () => {
    const file = join(dir, 'obs.csv');
    writeFileSync(file, 'indicator,region,year,value\nhitech-revenue,,2029,9100\n');
    const dry = await runCli('import', 'observations', file, '--dry-run', '--lang', 'en');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('dry run (nothing written), 1 rows: 1 new, 0 changed, 0 unchanged');
    expect(dry.stdout).toContain('+ row 2');
    const real = await runCli('import', 'observations', file);
    expect(real.stdout).toContain('已导入，共 1 行：新增 1，修改 0，未变 0');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'indicator,region,year,value\nhitech-revenue,,2029,lots\n');
    const rejected = await runCli('import', 'observations', bad, '--lang', 'en');
    expect(rejected.code).toBe(3);
    expect(rejected.stdout).toMatch(/bad\.csv:2\s+error\s+.*lots/);
    expect(rejected.stdout).toContain('nothing was written');
  });

  it('template writes an Excel file whose headers import back', async () => {
    const out = join(dir, 'annual-template.xlsx');
    const run = await runCli('template', 'annual', '-o', out);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const source = await openTableSource(out);
    expect(source.sheet).toBe('数据');
    expect(source.headers[0]).toContain('统一社会信用代码');
    expect(source.headers).toContain('营业收入（万元）');
    expect((await runCli('template', 'observations', '--region', '999999', '-o', out)).code).toBe(2);
  });
});
