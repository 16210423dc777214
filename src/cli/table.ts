/** Terminal tables: plain (no colour codes, so piped output stays clean), one line per row. */
import Table from 'cli-table3';

const compactChars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

export function newTable(head: string[], options: { colWidths?: number[] } = {}): Table.Table {
  return new Table({
    head,
    chars: compactChars,
    style: { head: [], border: [] },
    ...(options.colWidths ? { colWidths: options.colWidths } : {}),
  });
}
