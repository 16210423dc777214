/**
 * The import writes while it validates, inside one transaction: an error after thousands of
 * rows were written rolls them all back, and the rows after it are still validated, so
 * every error of the file is reported — on both engines. A duplicate far from its first
 * row is still found (the key index spans the whole file).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/commands/import-records.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { snapshot } from '../support/snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-one-pass-'));
const ROWS = 3500;
const code = (n: number) => withCheckChar(`91460100MA5T${String(n).padStart(5, '0')}`);

function enterprisesFile(): string {
  const lines = ['credit_code,name,region'];
  for (let i = 0; i < ROWS; i++) lines.push(`${code(i)},测试企业${i}有限公司,460100`);
  const path = join(dir, 'enterprises.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** One annual row per enterprise; `mistakes` replaces some lines (by data row index). */
function annualFile(name: string, mistakes: Record<number, string> = {}): string {
  const lines = ['credit_code,year,revenue,staff'];
  for (let i = 0; i < ROWS; i++) lines.push(mistakes[i] ?? `${code(i)},2027,${1000 + i},${10 + (i % 50)}`);
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

for (const engine of ENGINES) {
  describe(`a one-pass import on ${engine}`, () => {
    let store: TestStore;
    let plan: Plan;
    const run = (path: string, dryRun = false) => importRecords({ store, plan, kind: 'annual', path, dryRun, ctx: changeContext() });

    beforeAll(async () => {
      store = await freshStore(engine);
      plan = await loadPlan(hainanPlanDir);
      const registered = await importRecords({ store, plan, kind: 'enterprises', path: enterprisesFile(), dryRun: false, ctx: changeContext() });
      expect(registered.ok).toBe(true);
    });
    afterAll(async () => store.dispose());

    it('rolls back thousands of written rows at a late error, and reports the errors before and after it', async () => {
      const before = await snapshot(store.db);
      const outcome = await run(
        annualFile(`late-errors-${engine}.csv`, {
          2600: `${code(2600)},2027,-1,10`,
          // A duplicate of the file's second data row, three batches later.
          3100: `${code(1)},2027,5,5`,
          3400: `${code(3400)},20x7,1,1`,
        }),
      );
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.errorCount).toBe(3);
      expect(outcome.rowsRead).toBe(ROWS - 3);
      expect(outcome.issues.map((i) => [i.row, i.code])).toEqual([
        [2602, 'out_of_range'],
        [3102, 'duplicate_row'],
        [3402, 'not_a_year'],
      ]);
      expect(outcome.issues[1]!.message.en).toMatch(/row 3\b/);
      expect(await snapshot(store.db)).toEqual(before);
    });

    it('writes every row of a valid file, and a second import changes nothing', async () => {
      const file = annualFile(`valid-${engine}.csv`);
      const dry = await run(file, true);
      expect(dry).toMatchObject({ ok: true, dryRun: true, counts: { inserted: ROWS, updated: 0, unchanged: 0 } });
      const first = await run(file);
      expect(first).toMatchObject({ ok: true, rowsRead: ROWS, counts: { inserted: ROWS, updated: 0, unchanged: 0 } });
      const history = await store.db.selectFrom('history').select(({ fn }) => fn.countAll<number>().as('n')).where('entity', '=', 'enterprise-annual').executeTakeFirstOrThrow();
      expect(Number(history.n)).toBe(ROWS);
      const again = await run(file);
      expect(again).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: ROWS } });
    });
  });
}
