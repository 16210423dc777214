/**
 * The sheets of an .xlsx, streamed row by row with exceljs's own parsers, in workbook
 * order. exceljs 4.4.0's WorkbookReader reads the zip in one forward pass, and because
 * exceljs itself writes xl/workbook.xml last, it intermittently parses sheets before it
 * knows their names and throws "Cannot read properties of undefined (reading 'sheets')"
 * (exceljs issue #3064). Here the parts are opened by name through the zip's central
 * directory — relationships, workbook, shared strings and styles first — and each sheet is
 * handed to WorkbookReader's sheet parser only when asked for. The underscore methods are
 * exceljs internals, pinned by the exact exceljs version in package.json and covered by the
 * Excel tests.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ZipFile } from './zip-entries.ts';

export interface SheetInfo {
  name: string;
  state: string;
  /** The part in the zip, e.g. xl/worksheets/sheet2.xml. */
  part: string;
}

interface ReaderInternals {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

export interface WorkbookParts {
  sheets: SheetInfo[];
  /** Rows of one sheet, streamed; stopping early closes the part. */
  rows(sheet: SheetInfo): AsyncGenerator<ExcelJS.Row>;
}

const OPTIONS = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' } as const;

function partOf(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return `xl/${target.replace(/^\.\//, '')}`;
}

export async function openWorkbook(path: string): Promise<WorkbookParts> {
  const zip = await ZipFile.open(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, OPTIONS) as unknown as ReaderInternals;
  const has = (name: string) => zip.entries.has(name);
  await reader._parseRels(await zip.text('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(await zip.text('xl/workbook.xml'));
  // With sharedStrings 'cache' the parser fills the reader's table and yields nothing; it only needs running.
  if (has('xl/sharedStrings.xml')) for await (const event of reader._parseSharedStrings(await zip.text('xl/sharedStrings.xml'))) void event;
  if (has('xl/styles.xml')) await reader._parseStyles(await zip.text('xl/styles.xml'));

  const rels = reader.workbookRels ?? [];
  const sheets = (reader.model?.sheets ?? []).flatMap((s) => {
    const rel = rels.find((r) => r.Id === s.rId);
    return rel ? [{ name: s.name, state: s.state ?? 'visible', part: partOf(rel.Target) }] : [];
  });

  return {
    sheets,
    async *rows(sheet) {
      const stream = await zip.text(sheet.part);
      try {
        const [event] = reader._parseWorksheet(stream, sheet.part);
        const worksheet = event?.value as AsyncIterable<ExcelJS.Row> | undefined;
        if (worksheet) yield* worksheet;
      } finally {
        stream.destroy();
      }
    },
  };
}
