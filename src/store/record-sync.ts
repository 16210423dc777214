/**
 * Writing records by natural key: compare incoming records with what is stored, then insert
 * the new, update the changed (with their field-by-field history) and leave the rest.
 * Re-importing the same file therefore changes nothing. The comparison is pure; the
 * writes run inside the caller's transaction.
 */
import type { ChangeContext } from './actor.ts';
import type { DatabaseSchema } from './database-schema.ts';
import { insertRows } from './bulk-insert.ts';
import { appendHistory, type FieldChanges, type HistoryEntry } from './history.ts';
import type { Db } from './open-database.ts';

export type TableName = keyof DatabaseSchema;
type Columns = Record<string, unknown>;

export interface RecordTable<R> {
  /** Name used in the history (`observation`, `enterprise`, …). */
  entity: string;
  table: TableName;
  /** The natural key, as camelCase columns. */
  keyColumns: readonly string[];
  /** A key column selective enough to look stored rows up in batches (`… IN (…)`). */
  lookupColumn: string;
  key(record: R): Columns;
  /** The data columns, compared with the stored row to decide whether anything changed. */
  values(record: R): Columns;
  /** Columns set only when the row is created (status, origin, audit). */
  onInsert(record: R, ctx: ChangeContext): Columns;
  /** Columns set whenever the row changes (audit). */
  onUpdate(record: R, ctx: ChangeContext): Columns;
}

export type RecordChange<R> =
  | { type: 'insert'; key: string; record: R }
  | { type: 'update'; key: string; record: R; changes: FieldChanges }
  | { type: 'unchanged'; key: string; record: R };

export function keyString(table: RecordTable<unknown>, columns: Columns): string {
  return table.keyColumns.map((column) => String(columns[column] ?? '')).join('|');
}

/** Pure: what writing `records` would change, given the stored rows with the same keys. */
export function diffRecords<R>(table: RecordTable<R>, records: readonly R[], stored: ReadonlyMap<string, Columns>): RecordChange<R>[] {
  return records.map((record) => {
    const key = keyString(table as RecordTable<unknown>, table.key(record));
    const existing = stored.get(key);
    if (!existing) return { type: 'insert', key, record };
    const changes: FieldChanges = {};
    for (const [column, value] of Object.entries(table.values(record))) {
      const before = existing[column] ?? null;
      if (!sameValue(before, value ?? null)) changes[column] = [before, value ?? null];
    }
    return Object.keys(changes).length > 0 ? { type: 'update', key, record, changes } : { type: 'unchanged', key, record };
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

/** The stored rows whose keys match the given records, keyed by their natural-key string. */
export async function loadStored<R>(db: Db, table: RecordTable<R>, records: readonly R[]): Promise<Map<string, Columns>> {
  const stored = new Map<string, Columns>();
  const lookups = [...new Set(records.map((r) => table.key(r)[table.lookupColumn]))];
  for (let i = 0; i < lookups.length; i += 500) {
    const batch = lookups.slice(i, i + 500);
    const rows = (await db
      .selectFrom(table.table)
      .selectAll()
      .where(table.lookupColumn as never, 'in', batch as never)
      .execute()) as Columns[];
    for (const row of rows) stored.set(keyString(table as RecordTable<unknown>, row), row);
  }
  return stored;
}

export interface SyncCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Apply the changes. Call inside a transaction: either all of them land or none. */
export async function applyChanges<R>(db: Db, table: RecordTable<R>, changes: readonly RecordChange<R>[], ctx: ChangeContext): Promise<SyncCounts> {
  const counts: SyncCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const inserts = changes.filter((c) => c.type === 'insert');
  const history: HistoryEntry[] = [];
  if (inserts.length > 0) {
    // One pass, each record's values computed once: for a million-row import these loops are hot.
    const rows: Columns[] = new Array(inserts.length);
    for (let i = 0; i < inserts.length; i++) {
      const change = inserts[i]!;
      const values = table.values(change.record);
      rows[i] = Object.assign(table.key(change.record), values, table.onInsert(change.record, ctx));
      const changes: FieldChanges = {};
      for (const column in values) changes[column] = [null, values[column] ?? null];
      history.push({ entity: table.entity, entityKey: change.key, action: 'create', changes });
    }
    await insertRows(db, table.table, rows);
    counts.inserted = inserts.length;
  }
  for (const change of changes) {
    if (change.type === 'unchanged') counts.unchanged++;
    if (change.type !== 'update') continue;
    let query = db.updateTable(table.table).set({ ...table.values(change.record), ...table.onUpdate(change.record, ctx) } as never);
    for (const [column, value] of Object.entries(table.key(change.record))) {
      query = query.where(column as never, '=', value as never);
    }
    await query.execute();
    history.push({ entity: table.entity, entityKey: change.key, action: 'update', changes: change.changes });
    counts.updated++;
  }
  await appendHistory(db, history, ctx);
  return counts;
}
