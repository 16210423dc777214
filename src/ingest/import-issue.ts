/**
 * What an import found wrong, as a value: one issue per problem, placed by file, sheet,
 * row and column, with the value found and what was expected, in Chinese and English.
 * Row validation returns these; only a file that cannot be read at all throws, and then
 * as an ImportFileError carrying the same kind of issue.
 */
import type { Text } from '../plan/schema.ts';

export interface ImportIssue {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `not_a_number`, `duplicate_row`, `missing_column`. */
  code: string;
  file: string;
  sheet: string | null;
  /** 1-based, as the user sees it (a CSV line or an Excel row number). */
  row: number | null;
  /** The column's header as written in the file. */
  column: string | null;
  /** The canonical field key (`revenue`), when the issue concerns one field. */
  field: string | null;
  /** The cell's content as text, as found. */
  value: string | null;
  expected: Text | null;
  /** The whole sentence, location included, ready to show. */
  message: Text;
  /** The cell's A1 reference (`D12`), when the issue concerns one cell. */
  cell?: string;
}

/** Thrown when a file cannot be read at all: unknown extension, empty, corrupt, not decodable. */
export class ImportFileError extends Error {
  readonly issue: ImportIssue;

  constructor(issue: ImportIssue) {
    super(issue.message.en);
    this.name = 'ImportFileError';
    this.issue = issue;
  }
}

/** An ImportFileError for a problem of the whole file (or of one line of a CSV). */
export function fileError(file: string, code: string, reason: Text, row: number | null = null, sheet: string | null = null): ImportFileError {
  const at = row === null ? { zh: '', en: '' } : { zh: `第${row}行：`, en: `row ${row}: ` };
  return new ImportFileError({
    severity: 'error',
    code,
    file,
    sheet,
    row,
    column: null,
    field: null,
    value: null,
    expected: null,
    message: { zh: `${file}：${at.zh}${reason.zh}`, en: `${file}: ${at.en}${reason.en}` },
  });
}
