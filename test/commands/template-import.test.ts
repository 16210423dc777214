/**
 * The template round trip into the store, on both engines: our template filled in, and the
 * same file saved again by LibreOffice (xlsx and CSV), import every kind in order.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/commands/import-records.ts';
import { plan, tempDir } from '../ingest/support.ts';
import { fills, fillTemplate, filledObservationTemplate } from '../ingest/template-fill.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore } from '../support/engines.ts';

const profile = `/tmp/lo-${randomUUID()}`;
const dir = tempDir();
const files: { ours: string[]; libreXlsx: string[]; libreCsv: string[] } = { ours: [], libreXlsx: [], libreCsv: [] };

beforeAll(async () => {
  const filled = await Promise.all(fills.map((fill) => fillTemplate(dir, fill)));
  const observations = (await filledObservationTemplate(dir)).path;
  files.ours = [...filled, observations];
  const convert = async (format: string, out: string) => {
    mkdirSync(out, { recursive: true });
    await promisify(execFile)('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', out, ...files.ours], { timeout: 120_000 });
  };
  await convert('xlsx', join(dir, 'xlsx'));
  await convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', join(dir, 'csv'));
  files.libreXlsx = files.ours.map((f) => join(dir, 'xlsx', f.split('/').at(-1)!));
  files.libreCsv = files.ours.map((f) => join(dir, 'csv', f.split('/').at(-1)!.replace('.xlsx', '-数据.csv')));
}, 300_000);
afterAll(() => rmSync(profile, { recursive: true, force: true }));

for (const engine of ENGINES) {
  describe(`template round trip into the store on ${engine}`, () => {
    it('ours, then LibreOffice’s xlsx and CSV: the first import writes, the others find nothing to change', async () => {
      const store = await freshStore(engine);
      try {
        const kinds = [...fills.map((f) => f.kind), 'observations' as const];
        for (const [round, list] of [files.ours, files.libreXlsx, files.libreCsv].entries()) {
          for (const [n, path] of list.entries()) {
            const outcome = await importRecords({ store, plan, kind: kinds[n]!, path, dryRun: false, ctx: changeContext() });
            if (!outcome.ok) throw new Error(`${path}: ${outcome.issues.map((i) => i.message.en).join('; ')}`);
            if (round === 0) expect(outcome.counts.inserted, path).toBeGreaterThan(0);
            else expect(outcome.counts, path).toMatchObject({ inserted: 0, updated: 0 });
          }
        }
        const enterprises = await store.db.selectFrom('enterprises').select('name').orderBy('name').execute();
        expect(enterprises.map((e) => e.name)).toEqual(['洋浦新材料股份有限公司', '海口数智科技有限公司']);
      } finally {
        await store.dispose();
      }
    }, 120_000);
  });
}
