/**
 * An Excel workbook as a table source, streamed row by row (see xlsx-workbook.ts; a full
 * exceljs read of 200k rows takes several times the memory). The data sheet is the one named 数据
 * (the templates' data sheet) if there is one; otherwise the first visible sheet that is not
 * a template's instructions or code list and has a header row — the first row with at least
 * two filled cells, so a title row above the header is skipped.
 *
 * Cells keep exceljs's values (numbers, Dates, rich text, formulas with results, errors),
 * except that a number shown as a percentage becomes the text the user sees (0.125 → 12.5%):
 * a share typed as 12.5% in Excel must not import as 0.125.
 */
import type ExcelJS from 'exceljs';
import { cellText, toCell } from './cell-value.ts';
import { fileError, ImportFileError } from './import-issue.ts';
import type { SourceRow, TableSource } from './table-source.ts';
import { openWorkbook, type SheetInfo, type WorkbookParts } from './xlsx-workbook.ts';
import { ZipTooLargeError } from './zip-entries.ts';

export const INSTRUCTIONS_SHEET = '填报说明';
export const DATA_SHEET = '数据';
export const CODES_SHEET = '代码表';

/** Runs a step of reading the workbook, turning exceljs and zip failures into an ImportFileError. */
async function reading<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if (error instanceof ZipTooLargeError) {
      throw fileError(file, 'file_too_large', { zh: `Excel文件解压后过大，已拒绝读取（可能是“压缩炸弹”）：${error.message}`, en: `the Excel file inflates far too large and was refused (a zip bomb?): ${error.message}` });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw fileError(file, 'corrupt_file', { zh: `无法读取Excel文件（文件可能已损坏）：${reason}`, en: `the Excel file cannot be read (it may be damaged): ${reason}` });
  }
}

/** Rows of a sheet, with read failures reported as ImportFileError. */
async function* sheetRows(file: string, workbook: WorkbookParts, sheet: SheetInfo): AsyncGenerator<ExcelJS.Row> {
  const rows = workbook.rows(sheet);
  try {
    for (;;) {
      const next = await reading(file, () => rows.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rows.return(undefined);
  }
}

function percentText(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}

/** A row's cells, 0-based, with percentage-formatted numbers as the text shown. */
function rowCells(row: ExcelJS.Row): unknown[] {
  const cells: unknown[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    let value: unknown = cell.value;
    if (cell.numFmt?.includes('%')) {
      if (typeof value === 'number') value = percentText(value);
      else if (value && typeof value === 'object' && typeof (value as { result?: unknown }).result === 'number') {
        value = percentText((value as { result: number }).result);
      }
    }
    cells[col - 1] = value;
  });
  return cells;
}

function filledCount(cells: readonly unknown[]): number {
  let n = 0;
  for (const c of cells) if (toCell(c).type !== 'empty') n++;
  return n;
}

/** The sheets that may hold the data, in workbook order. */
function candidates(sheets: readonly SheetInfo[]): SheetInfo[] {
  const data = sheets.filter((s) => s.name === DATA_SHEET);
  if (data.length > 0) return data;
  return sheets.filter((s) => s.name !== INSTRUCTIONS_SHEET && s.name !== CODES_SHEET && s.state === 'visible');
}

export async function openXlsxSource(path: string, file: string): Promise<TableSource> {
  const workbook = await reading(file, () => openWorkbook(path));
  let found: { sheet: SheetInfo; headerRow: number; headers: string[] } | null = null;
  for (const sheet of candidates(workbook.sheets)) {
    for await (const row of sheetRows(file, workbook, sheet)) {
      const cells = rowCells(row);
      if (filledCount(cells) >= 2) {
        found = { sheet, headerRow: row.number, headers: Array.from(cells, (c) => cellText(toCell(c)) ?? '') };
        break;
      }
    }
    if (found) break;
  }
  if (!found) {
    throw fileError(file, 'no_data_sheet', { zh: '工作簿中没有带表头的数据工作表', en: 'the workbook has no data sheet with a header row' });
  }
  const { sheet, headerRow } = found;
  return {
    file,
    sheet: sheet.name,
    headers: found.headers,
    headerRow,
    rows: {
      async *[Symbol.asyncIterator](): AsyncGenerator<SourceRow> {
        // Each pass opens the workbook anew: passes stay independent, as with CSV.
        const again = await reading(file, () => openWorkbook(path));
        const same = again.sheets.find((s) => s.name === sheet.name) ?? sheet;
        for await (const row of sheetRows(file, again, same)) {
          if (row.number <= headerRow) continue;
          const cells = rowCells(row);
          if (cells.length > 0) yield { sheet: sheet.name, row: row.number, cells };
        }
      },
    },
  };
}
