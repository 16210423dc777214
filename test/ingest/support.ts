/** Helpers for the import tests: files written to a temp folder, then read through the real sources. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importContext } from '../../src/ingest/import-context.ts';
import type { ImportIssue } from '../../src/ingest/import-issue.ts';
import { createRowValidator, type RecordOf } from '../../src/ingest/row-validator.ts';
import { openTableSource, type TableSource } from '../../src/ingest/table-source.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import type { RecordKindId } from '../../src/records/record-kinds.ts';
import { hainanPlanDir } from '../support/paths.ts';

export const plan = await loadPlan(hainanPlanDir);
export const context = importContext(plan);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'plansight-ingest-'));
}

/** A valid credit code, different for each n. */
export function creditCode(n: number, region = '460100'): string {
  return withCheckChar(`91${region}MA5T${String(n).padStart(5, '0')}`);
}

export function writeCsv(dir: string, name: string, lines: readonly string[] | string, encode: (text: string) => Uint8Array = (t) => Buffer.from(t, 'utf8')): string {
  const path = join(dir, name);
  writeFileSync(path, encode(typeof lines === 'string' ? lines : `${lines.join('\n')}\n`));
  return path;
}

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  state?: ExcelJS.WorksheetState;
}

/** exceljs types `load` with its own Buffer type, which Node 20's Buffer<ArrayBufferLike> does not match. */
export function asExcelBuffer(buffer: Buffer): ExcelJS.Buffer {
  return buffer as unknown as ExcelJS.Buffer;
}

/** A cell with a number format, e.g. a share shown as a percentage. */
export class Styled {
  constructor(
    readonly value: ExcelJS.CellValue,
    readonly numFmt: string,
  ) {}
}

/** An .xlsx written by exceljs, rows given from row 1; a cell may be any exceljs value or a Styled one. */
export async function writeXlsx(dir: string, name: string, sheets: readonly SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
    spec.rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        if (value instanceof Styled) {
          cell.value = value.value;
          cell.numFmt = value.numFmt;
        } else if (value !== undefined) cell.value = value as ExcelJS.CellValue;
      }),
    );
  }
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

export interface Validated<K extends RecordKindId> {
  source: TableSource;
  headerIssues: ImportIssue[];
  records: RecordOf[K][];
  /** Row-level errors, in row order. */
  issues: ImportIssue[];
  warnings: ImportIssue[];
}

/** Opens a file and validates every row, as the import command does in its first pass. */
export async function validateFile<K extends RecordKindId>(kind: K, path: string): Promise<Validated<K>> {
  const source = await openTableSource(path);
  const validator = createRowValidator(kind, source, context);
  const out: Validated<K> = { source, headerIssues: validator.headerIssues, records: [], issues: [], warnings: [] };
  for await (const row of source.rows) {
    const result = validator.validate(row);
    if (result === null) continue;
    if ('issues' in result) out.issues.push(...result.issues);
    else {
      out.records.push(result.record);
      out.warnings.push(...(result.warnings ?? []));
    }
  }
  return out;
}

/** [row, field, value] of each issue: the compact view the error tests compare. */
export function placed(issues: readonly ImportIssue[]): [number | null, string | null, string | null][] {
  return issues.map((i) => [i.row, i.field, i.value]);
}
