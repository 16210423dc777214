/**
 * A CSV file as a table source. The header is the first non-blank line; each pass over
 * `rows` reads the file again from disk, so two passes (validate, then write) hold no more
 * than one record at a time.
 */
import { cleanText } from './cell-value.ts';
import { csvRecords } from './csv-records.ts';
import { fileError } from './import-issue.ts';
import type { SourceRow, TableSource } from './table-source.ts';

function blank(cells: readonly string[]): boolean {
  return cells.every((c) => cleanText(c) === '');
}

export async function openCsvSource(path: string, file: string): Promise<TableSource> {
  let header: { line: number; cells: string[] } | null = null;
  for await (const record of csvRecords(path, file)) {
    if (blank(record.cells)) continue;
    header = record;
    break;
  }
  if (!header) throw fileError(file, 'empty_file', { zh: '文件为空，没有表头', en: 'the file is empty: no header row' });
  const headerLine = header.line;
  return {
    file,
    sheet: null,
    headers: header.cells.map(cleanText),
    headerRow: headerLine,
    rows: {
      async *[Symbol.asyncIterator](): AsyncGenerator<SourceRow> {
        for await (const record of csvRecords(path, file)) {
          if (record.line <= headerLine || blank(record.cells)) continue;
          yield { sheet: null, row: record.line, cells: record.cells };
        }
      },
    },
  };
}
