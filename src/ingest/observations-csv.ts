/**
 * Observations for an evaluation from CSV bytes or text already in memory (tests, the
 * scenario tool), and from a CSV or Excel file on disk, streaming. Both run the general
 * observation rows (see kinds/observation-rows.ts) and evaluation-observations.ts: a file
 * with any bad row is rejected whole, listing every bad row with its row and column.
 */
import { parse } from 'csv-parse/sync';
import type { Plan } from '../plan/derive.ts';
import { cleanText } from './cell-value.ts';
import { ObservationCollector, type ObservationsResult } from './evaluation-observations.ts';
import { ImportFileError, type ImportIssue } from './import-issue.ts';
import { openTableSource } from './table-source.ts';
import { decodeBytes } from './text-decoding.ts';

export type { ObservationsResult } from './evaluation-observations.ts';
/** Kept for callers written against the first CSV reader: an error is an ImportIssue. */
export type CsvError = ImportIssue;

export function readObservationsCsv(input: string | Uint8Array, plan: Plan, file = 'observations.csv'): ObservationsResult {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    const text = typeof input === 'string' ? input : decodeBytes(input, file);
    // Line ends unified first so rows count lines the way an editor does.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: '\n',
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, errors: [error.issue] };
    const reason = error instanceof Error ? error.message : String(error);
    const row = (error as { lines?: number }).lines ?? 1;
    return { ok: false, errors: [csvIssue(file, row, 'malformed_csv', { zh: `CSV格式错误：${reason}`, en: `malformed CSV: ${reason}` })] };
  }
  const rows = records
    .map(({ record, info, raw }) => ({ cells: record, row: info.lines - (raw.replace(/\n$/, '').match(/\n/g)?.length ?? 0) }))
    .filter(({ cells }) => cells.some((c) => cleanText(c) !== ''));
  const [header, ...body] = rows;
  if (!header) return { ok: false, errors: [csvIssue(file, 1, 'empty_file', { zh: '文件为空，缺少表头', en: 'the file is empty: no header row' })] };
  const collector = new ObservationCollector(plan, { file, sheet: null, headers: header.cells.map(cleanText), headerRow: header.row });
  if (!collector.headerFailed) for (const { cells, row } of body) collector.add({ sheet: null, row, cells });
  return collector.result();
}

/** The same from a .csv or .xlsx file, streaming; a file that cannot be read at all is one error. */
export async function readObservationsFile(path: string, plan: Plan, displayName?: string): Promise<ObservationsResult> {
  try {
    const source = await openTableSource(path, displayName);
    const collector = new ObservationCollector(plan, source);
    if (!collector.headerFailed) for await (const row of source.rows) collector.add(row);
    return collector.result();
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, errors: [error.issue] };
    throw error;
  }
}

function csvIssue(file: string, row: number, code: string, detail: { zh: string; en: string }): ImportIssue {
  return {
    severity: 'error',
    code,
    file,
    sheet: null,
    row,
    column: null,
    field: null,
    value: null,
    expected: null,
    message: { zh: `第${row}行：${detail.zh}`, en: `row ${row}: ${detail.en}` },
  };
}
