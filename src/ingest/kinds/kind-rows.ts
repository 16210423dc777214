import type { ImportContext } from '../import-context.ts';
import type { RowReader } from '../row-reader.ts';

/** How the rows of one record kind become records: field reads, then the kind's own rules. */
export interface KindRows<R> {
  /** The record, or null when a field could not be read or a rule failed (the reader holds the issues). */
  build(r: RowReader, context: ImportContext): R | null;
  /** The natural key as one string: two rows with the same key in one file are duplicates. */
  key(record: R): string;
}
