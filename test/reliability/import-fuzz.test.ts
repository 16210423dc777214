/**
 * Fuzzing the importers (CSV and Excel) through the real import command on a real store:
 * valid files of every kind, then mutated — evil cells (formulas, injections, huge text,
 * control characters), broken quoting, wrong encodings, dropped or duplicated columns,
 * corrupted or truncated workbooks. Properties, for every case:
 *   - nothing throws but ImportFileError, and that names the file;
 *   - a rejected import leaves the store exactly as it was (snapshot of every table);
 *   - an accepted one accounts for every row read;
 *   - every error names where the problem is: the file, and a row, column or field (or is
 *     a whole-file problem with its code).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords, type ImportOutcome } from '../../src/commands/import-records.ts';
import { ImportFileError, type ImportIssue } from '../../src/ingest/import-issue.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import type { RecordKindId } from '../../src/records/record-kinds.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { snapshot } from '../support/snapshot.ts';
import { tempDir } from '../ingest/support.ts';
import { count, EVIL_TEXT, fuzz, printTally, TIMEOUT } from './fuzz-config.ts';

const code = (n: number, region = '460100') => withCheckChar(`91${region}MA5T${String(n).padStart(5, '0')}`);

/** A valid file of each kind: header and rows (cells as text). */
const BASE: Record<RecordKindId, string[][]> = {
  enterprises: [
    ['统一社会信用代码', '企业名称', '所在市县', '所属产业集群', '成立日期', '企业规模', '是否上市'],
    [code(1), '海南椰风电子科技有限公司', '海口市', '数字经济', '2019-03-08', '小型', '否'],
    [code(2, '460400'), '洋浦石化新材料有限公司', '儋州市', '石油化工新材料', '2015-06-01', '大型', '是'],
    [code(3, '460200'), '三亚深蓝海工装备有限公司', '三亚', '深海科技', '2021-11-30', '中型', '否'],
  ],
  annual: [
    ['credit_code', 'year', 'revenue', 'main_business_revenue', 'rd_expense', 'staff', 'rd_staff', 'net_profit'],
    [code(1), '2026', '5200.5', '5000', '260', '120', '30', '-35.5'],
    [code(2, '460400'), '2026', '880000', '860000', '9000', '2100', '160', '42000'],
  ],
  certifications: [
    ['统一社会信用代码', '认定类型', '证书编号', '发证日期', '有效期至'],
    [code(1), '高新技术企业', 'GR202646000101', '2026-12-01', '2029-11-30'],
    [code(3, '460200'), 'srdi-sme', 'ZJTX-2026-0003', '2026-08-15', '2029-08-14'],
  ],
  observations: [
    ['indicator', 'region', 'year', 'value', 'note'],
    ['hitech-revenue', '', '2026', '6800', ''],
    ['数字经济核心产业营收', '海口市', '2026', '1700.5', '市统计局'],
    ['gdp', '', '2026', '8520', ''],
  ],
  projects: [
    ['项目', '年度', '项目阶段', '计划投资', '完成投资', '开工日期'],
    ['advanced-packaging-base', '2026', '建设', '12.5', '9.8', '2026-03-01'],
  ],
  milestones: [['project', 'milestone', 'due_on', 'done_on'], ['advanced-packaging-base', '主体结构封顶', '2026-10-31', '2026-11-15']],
  calendar: [['indicator', 'region', 'year', 'due_on'], ['hitech-revenue', '海口市', '2026', '2027-03-31']],
};
/** Enterprises first: the other kinds refer to them. */
const KINDS = Object.keys(BASE) as RecordKindId[];

/** Whole-file problems: they concern no row or column. */
const FILE_LEVEL = new Set(['unreadable_file', 'empty_file', 'corrupt_file', 'unsupported_format', 'no_data_sheet', 'file_too_large', 'undecodable_text', 'no_rows', 'empty_header', 'no_header']);

const evil = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EVIL_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('海'.repeat(100_000), `=${'A1+'.repeat(10_000)}1`) },
);

type Mutation =
  | { type: 'cell'; row: number; col: number; value: string }
  | { type: 'row'; at: number; cells: string[] }
  | { type: 'dropRow'; at: number }
  | { type: 'duplicateRow'; at: number }
  | { type: 'dropColumn'; col: number }
  | { type: 'header'; col: number; value: string }
  | { type: 'wideRow'; at: number; width: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ type: fc.constant('cell' as const), row: fc.nat(), col: fc.nat(), value: evil }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('row' as const), at: fc.nat(), cells: fc.array(evil, { maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('dropRow' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('duplicateRow' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('dropColumn' as const), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('header' as const), col: fc.nat(), value: evil }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('wideRow' as const), at: fc.nat(), width: fc.integer({ min: 20, max: 5000 }) }) },
);

function mutate(table: string[][], mutations: readonly Mutation[]): string[][] {
  const rows = table.map((r) => [...r]);
  for (const m of mutations) {
    const width = rows[0]?.length ?? 1;
    switch (m.type) {
      case 'cell': {
        const row = rows[1 + (m.row % Math.max(1, rows.length - 1))];
        if (row) row[m.col % width] = m.value;
        break;
      }
      case 'row':
        rows.splice(1 + (m.at % rows.length), 0, m.cells);
        break;
      case 'dropRow':
        if (rows.length > 1) rows.splice(1 + (m.at % (rows.length - 1)), 1);
        break;
      case 'duplicateRow':
        if (rows.length > 1) rows.push([...rows[1 + (m.at % (rows.length - 1))]!]);
        break;
      case 'dropColumn':
        for (const row of rows) row.splice(m.col % width, 1);
        break;
      case 'header':
        if (rows[0]) rows[0][m.col % width] = m.value;
        break;
      case 'wideRow':
        rows.splice(1 + (m.at % rows.length), 0, Array.from({ length: m.width }, (_, i) => String(i)));
        break;
    }
  }
  return rows;
}

function quoteCsv(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

type Encoding = 'utf8' | 'utf8-bom' | 'stray-bytes' | 'utf16le-bom' | 'latin1' | 'crlf' | 'unclosed-quote' | 'truncate';
const encoding = fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8-bom', 'stray-bytes', 'utf16le-bom', 'latin1', 'crlf', 'unclosed-quote', 'truncate');

function csvBytes(rows: string[][], enc: Encoding, cut: number): Buffer {
  const eol = enc === 'crlf' ? '\r\n' : '\n';
  let text = rows.map((r) => r.map(quoteCsv).join(',')).join(eol) + eol;
  if (enc === 'unclosed-quote') text += '"never closed,1,2\n';
  switch (enc) {
    case 'utf8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'stray-bytes': {
      // Bytes that are not UTF-8 (a GBK file, a binary file, a broken copy), spliced in.
      const bytes = Buffer.from(text, 'utf8');
      const at = cut % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0x80 + (cut % 0x7f), 0xff, 0xc3, 0x28, 0xa1]), bytes.subarray(at)]);
    }
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'truncate': {
      const bytes = Buffer.from(text, 'utf8');
      return bytes.subarray(0, cut % (bytes.length + 1));
    }
    default:
      return Buffer.from(text, 'utf8');
  }
}

type ExcelCell = string | number | Date | { formula: string; result?: number | string } | { error: string } | { richText: { text: string }[] } | null;
const excelCell: fc.Arbitrary<ExcelCell> = fc.oneof(
  { weight: 4, arbitrary: evil },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }) },
  { weight: 2, arbitrary: fc.record({ formula: fc.constantFrom("cmd|' /C calc'!A0", 'SUM(A1:A3)', 'HYPERLINK("http://x","y")', '1/0'), result: fc.oneof(fc.integer(), fc.constantFrom('calc', '=1')) }) },
  { weight: 1, arbitrary: fc.record({ error: fc.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!') }) },
  { weight: 1, arbitrary: fc.array(evil, { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((text) => ({ text })) })) },
  { weight: 1, arbitrary: fc.constant(null) },
);

type ZipDamage = { type: 'none' } | { type: 'truncate'; at: number } | { type: 'flip'; at: number; xor: number; count: number } | { type: 'tail'; at: number; xor: number };
const zipDamage: fc.Arbitrary<ZipDamage> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ type: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }), count: fc.integer({ min: 1, max: 8 }) }) },
  // The central directory and end record live in the last bytes: damage them specifically.
  { weight: 1, arbitrary: fc.record({ type: fc.constant('tail' as const), at: fc.integer({ min: 1, max: 400 }), xor: fc.integer({ min: 1, max: 255 }) }) },
);

function damage(bytes: Buffer, d: ZipDamage): Buffer {
  const out = Buffer.from(bytes);
  switch (d.type) {
    case 'none':
      return out;
    case 'truncate':
      return out.subarray(0, 4 + (d.at % (out.length - 4)));
    case 'flip':
      for (let i = 0; i < d.count; i++) {
        const at = (d.at + i * 7919) % out.length;
        out[at] = out[at]! ^ d.xor;
      }
      return out;
    case 'tail': {
      const at = Math.max(0, out.length - (d.at % out.length) - 1);
      out[at] = out[at]! ^ d.xor;
      return out;
    }
  }
}

for (const engine of ENGINES) describe(`import fuzzing (${engine}, real import command)`, () => {
  let store: TestStore;
  let plan: Plan;
  const dir = tempDir();
  let n = 0;

  beforeAll(async () => {
    store = await freshStore(engine);
    plan = await loadPlan(hainanPlanDir);
    // The enterprises the other kinds refer to.
    const path = join(dir, 'enterprises-base.csv');
    writeFileSync(path, BASE.enterprises.map((r) => r.join(',')).join('\n'));
    const seeded = await importRecords({ store, plan, kind: 'enterprises', path, dryRun: false, ctx: changeContext() });
    expect(seeded.ok).toBe(true);
  });
  afterAll(async () => {
    await store.dispose();
    printTally(`import-fuzz on ${engine}`);
  });

  /** Runs one import and checks every property; returns the outcome (or the file error). */
  async function check(kind: RecordKindId, path: string, name: string): Promise<ImportOutcome | ImportFileError> {
    const before = await snapshot(store.db);
    let outcome: ImportOutcome;
    try {
      outcome = await importRecords({ store, plan, kind, path, displayName: name, dryRun: false, ctx: changeContext() });
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      count(`  → file refused (${error.issue.code})`);
      expect(error.issue.file).toBe(name);
      expect(error.issue.message.en).toContain(name);
      expect(error.issue.row !== null || FILE_LEVEL.has(error.issue.code), `${error.issue.code}: ${error.message}`).toBe(true);
      expect(await snapshot(store.db)).toEqual(before);
      return error;
    }
    count(outcome.ok ? '  → imported' : '  → rejected, rows named');
    if (!outcome.ok) {
      expect(outcome.errorCount).toBeGreaterThan(0);
      expect(outcome.issues.length).toBeGreaterThan(0);
      for (const issue of outcome.issues) placedWell(issue, name);
      expect(await snapshot(store.db)).toEqual(before);
    } else {
      const { inserted, updated, unchanged } = outcome.counts;
      expect(inserted + updated + unchanged).toBe(outcome.rowsRead);
    }
    return outcome;
  }

  function placedWell(issue: ImportIssue, name: string): void {
    expect(issue.file).toBe(name);
    if (issue.severity === 'error') {
      const placed = issue.row !== null || issue.column !== null || issue.field !== null || FILE_LEVEL.has(issue.code);
      expect(placed, `${issue.code}: ${issue.message.en}`).toBe(true);
    }
  }

  it('CSV: mutated files of every kind are imported whole or rejected whole, every error placed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KINDS), fc.array(mutation, { maxLength: 4 }), encoding, fc.nat(), async (kind, mutations, enc, cut) => {
        count('csv');
        const name = `fuzz-${++n}.csv`;
        const path = join(dir, name);
        writeFileSync(path, csvBytes(mutate(BASE[kind], mutations), enc, cut));
        await check(kind, path, name);
      }),
      fuzz(150, 4000),
    );
  }, TIMEOUT);

  it('CSV: an invalid row after the first written batch rolls back everything before it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1001, max: 2600 }), evil, async (rows, bad) => {
        count('csv-large-rollback');
        const lines = ['indicator,region,year,value'];
        // Distinct keys: every region, then the next year.
        const regions = plan.regions.map((r) => r.name.zh);
        for (let i = 0; i < rows; i++) lines.push(`hitech-revenue,${regions[i % regions.length]},${1900 + Math.floor(i / regions.length)},${i}`);
        lines.push(`hitech-revenue,,2026,${quoteCsv(bad.length === 0 ? 'x' : `${bad}x`)}`);
        const name = `large-${++n}.csv`;
        const path = join(dir, name);
        writeFileSync(path, `${lines.join('\n')}\n`);
        const outcome = await check('observations', path, name);
        if (outcome instanceof ImportFileError || outcome.ok) throw new Error('the bad last row was not rejected');
        // Only the last row is wrong: the first batch (1000 rows) was valid and written before the rollback.
        expect(outcome.issues.every((i) => (i.row ?? 0) > 1001), JSON.stringify(outcome.issues[0])).toBe(true);
      }),
      fuzz(3, 40),
    );
  }, TIMEOUT);

  it('Excel: workbooks with evil cells (formulas, errors, rich text, huge text), whole or damaged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.array(mutation, { maxLength: 3 }),
        fc.array(fc.record({ row: fc.nat(), col: fc.nat(), value: excelCell }), { maxLength: 4 }),
        zipDamage,
        async (kind, mutations, cells, zipHarm) => {
          count('xlsx');
          const rows: ExcelCell[][] = mutate(BASE[kind], mutations);
          for (const c of cells) {
            const row = rows[1 + (c.row % Math.max(1, rows.length - 1))];
            if (row) row[c.col % Math.max(1, row.length)] = c.value;
          }
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('数据');
          rows.forEach((r, i) => r.forEach((v, j) => (sheet.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)));
          const name = `fuzz-${++n}.xlsx`;
          const path = join(dir, name);
          await workbook.xlsx.writeFile(path);
          writeFileSync(path, damage(readFileSync(path), zipHarm));
          await check(kind, path, name);
        },
      ),
      fuzz(60, 2500),
    );
  }, TIMEOUT);
});
