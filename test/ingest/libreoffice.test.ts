/**
 * A filled template saved again by LibreOffice — as xlsx, and as CSV of the data sheet —
 * still imports to the same records. CI installs LibreOffice (Debian package
 * libreoffice-calc), so a missing `soffice` fails this test rather than skipping it.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir, validateFile } from './support.ts';
import { fills, fillTemplate, filledObservationTemplate } from './template-fill.ts';

const run = promisify(execFile);
const profile = `/tmp/lo-${randomUUID()}`;
const TIMEOUT = 120_000;
// Filter options: comma, double quote, UTF-8 (76), from row 1, …, the 12th token picks sheet 2 (数据).
const CSV_OF_DATA_SHEET = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2';

async function soffice(format: string, outDir: string, files: string[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files];
  await run('soffice', args, { timeout: TIMEOUT });
}

afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe('templates saved again by LibreOffice', () => {
  it('xlsx and CSV converted by LibreOffice import to the same records', { timeout: 3 * TIMEOUT }, async () => {
    const dir = tempDir();
    const filled = await Promise.all(fills.map((fill) => fillTemplate(dir, fill)));
    const observations = await filledObservationTemplate(dir);
    await soffice('xlsx', join(dir, 'xlsx'), [...filled, observations.path]);
    await soffice(CSV_OF_DATA_SHEET, join(dir, 'csv'), [...filled, observations.path]);

    for (const fill of fills) {
      const fromXlsx = await validateFile(fill.kind, join(dir, 'xlsx', `${fill.kind}-filled.xlsx`));
      expect(fromXlsx.source.sheet, fill.kind).toBe('数据');
      expect([...fromXlsx.headerIssues, ...fromXlsx.issues], fill.kind).toEqual([]);
      expect(fromXlsx.records, fill.kind).toEqual(fill.expected);

      const fromCsv = await validateFile(fill.kind, join(dir, 'csv', `${fill.kind}-filled-数据.csv`));
      expect([...fromCsv.headerIssues, ...fromCsv.issues], `${fill.kind} csv`).toEqual([]);
      expect(fromCsv.records, `${fill.kind} csv`).toEqual(fill.expected);
    }

    for (const file of [join(dir, 'xlsx', 'observations-filled.xlsx'), join(dir, 'csv', 'observations-filled-数据.csv')]) {
      const result = await validateFile('observations', file);
      expect(result.issues, file).toEqual([]);
      expect(result.records.map((r) => ({ seriesId: r.seriesId, value: r.value })), file).toEqual(observations.expected);
      expect(result.records.every((r) => r.regionCode === '460100' && r.period === '2027'), file).toBe(true);
    }
  });
});
