/**
 * Formula injection through the Excel templates, the one Excel file the product writes: the
 * names it copies into a template (regions, parks, series, projects, clusters, segments —
 * from a plan, which another province may write) must land as text cells, never as formulas,
 * however they begin. A plan whose names start with `=cmd|' /C calc'!A0`, `+`, `-`, `@`
 * gives templates of every record kind, pre-filled for a region and a year; in every sheet of
 * every template there is no formula (no `<f>` in the sheet XML, no formula cell as exceljs
 * reads it), and each hostile name is there as the plain string it was.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text as readText } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/ingest/excel-template.ts';
import { ZipFile } from '../../src/ingest/zip-entries.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { recordKinds, type RecordKindId } from '../../src/records/record-kinds.ts';
import { asExcelBuffer, plan as hainan } from '../ingest/support.ts';

const EVIL = ["=cmd|' /C calc'!A0", '+HYPERLINK("http://x.invalid")', '-2+3+cmd|x', '@SUM(1+1)*cmd|x', '=1+1', '\t=1+1'];

/** The Hainan plan with hostile names on the things a template lists (zh and en alike). */
function hostilePlan(): { plan: Plan; names: string[] } {
  const plan = structuredClone(hainan) as Plan;
  const names: string[] = [];
  let n = 0;
  const rename = (thing: { name: { zh: string; en: string } } | undefined) => {
    if (!thing) return;
    const evil = `${EVIL[n % EVIL.length]}名${n++}`;
    thing.name = { zh: evil, en: evil };
    names.push(evil);
  };
  const region = plan.regions[0]!;
  rename(region);
  rename(plan.parks[0]);
  rename(plan.indicators.find((i) => i.measurement.kind === 'direct'));
  rename(plan.statistics[0]);
  rename(plan.projects.find((p) => p.regions.includes(region.code)));
  rename(plan.clusters[0]);
  rename(plan.clusters[1]?.segments[0]);
  return { plan, names };
}

async function sheetXml(bytes: Buffer): Promise<Map<string, string>> {
  const file = join(mkdtempSync(join(tmpdir(), 'plansight-template-injection-')), 'template.xlsx');
  writeFileSync(file, bytes);
  const zip = await ZipFile.open(file);
  const parts = new Map<string, string>();
  for (const name of zip.entries.keys()) {
    if (name.endsWith('.xml')) parts.set(name, await readText(await zip.text(name)));
  }
  return parts;
}

describe('Excel templates carry no formula, whatever the names they copy', () => {
  const { plan, names } = hostilePlan();
  const region = plan.regions[0]!.code;

  for (const kind of recordKinds.map((k) => k.id as RecordKindId)) {
    it(`${kind}: hostile names are text cells, no cell is a formula`, async () => {
      const bytes = await buildTemplate(kind, plan, { region, year: 2027 });
      const parts = await sheetXml(bytes);
      const sheets = [...parts.keys()].filter((name) => name.startsWith('xl/worksheets/'));
      expect(sheets.length).toBeGreaterThan(0);
      for (const name of sheets) expect(parts.get(name), name).not.toMatch(/<f[\s>/]/);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(asExcelBuffer(bytes));
      const texts = new Set<string>();
      for (const sheet of workbook.worksheets) {
        sheet.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cell) => {
            expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.formula, `${sheet.name}!${cell.address}`).toBeFalsy();
            if (typeof cell.value === 'string') texts.add(cell.value);
          }),
        );
      }
      expect(texts.size).toBeGreaterThan(0);
    });
  }

  it('the hostile names do reach the templates (the test above is not vacuous)', async () => {
    const seen = new Set<string>();
    for (const kind of recordKinds.map((k) => k.id as RecordKindId)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(asExcelBuffer(await buildTemplate(kind, plan, { region, year: 2027 })));
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) => row.eachCell((cell) => {
          if (typeof cell.value === 'string') for (const name of names) if (cell.value === name) seen.add(name);
        }));
      }
    }
    // Every renamed thing appears somewhere, as a cell whose whole text is the hostile name.
    expect([...seen].sort()).toEqual([...names].sort());
  });
});
