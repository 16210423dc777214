/**
 * Inserting many rows of the same shape: multi-row INSERT statements whose SQL text is
 * built once per shape and sent as a compiled query, instead of Kysely's query builder —
 * which builds a node per value and compiles a new statement per batch, the largest cost
 * of a million-row import after parsing. Same result on both engines; the statement stays
 * under SQLite's (32766) and PostgreSQL's (65535) bound-parameter limits.
 *
 * Rows are objects with camelCase keys (as the rest of the store writes them); they must
 * all have the same keys and no `undefined` value (which Kysely would turn into DEFAULT),
 * otherwise this falls back to the query builder.
 */
import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Db } from './open-database.ts';
import type { TableName } from './record-sync.ts';

const MAX_PARAMETERS = 20_000;

/** camelCase → snake_case, as Kysely's CamelCasePlugin maps names (digits stay attached: ipClass1 → ip_class1). */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const statements = new Map<string, string>();

function statementText(table: string, columns: readonly string[], rows: number, postgres: boolean): string {
  const key = `${postgres ? 'pg' : 'sqlite'}|${table}|${columns.join(',')}|${rows}`;
  let text = statements.get(key);
  if (text !== undefined) return text;
  const tuples: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const marks: string[] = [];
    for (let c = 0; c < columns.length; c++) marks.push(postgres ? `$${++n}` : '?');
    tuples.push(`(${marks.join(', ')})`);
  }
  text = `insert into "${snakeCase(table)}" (${columns.map((c) => `"${snakeCase(c)}"`).join(', ')}) values ${tuples.join(', ')}`;
  // Full batches repeat one shape; the last, shorter batch of each import adds one more.
  if (statements.size > 256) statements.clear();
  statements.set(key, text);
  return text;
}

function sameShape(rows: readonly Record<string, unknown>[], columns: readonly string[]): boolean {
  for (const row of rows) {
    let keys = 0;
    for (const key in row) {
      keys++;
      if (row[key] === undefined) return false;
    }
    if (keys !== columns.length) return false;
    for (const column of columns) if (!(column in row)) return false;
  }
  return true;
}

export async function insertRows(db: Db, table: TableName, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const batchSize = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length)));
  if (columns.length === 0 || !sameShape(rows, columns)) {
    for (let i = 0; i < rows.length; i += batchSize) await db.insertInto(table).values(rows.slice(i, i + batchSize) as never).execute();
    return;
  }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (let i = 0; i < rows.length; i += batchSize) {
    const count = Math.min(batchSize, rows.length - i);
    const parameters: unknown[] = new Array(count * columns.length);
    let p = 0;
    for (let r = i; r < i + count; r++) {
      const row = rows[r]!;
      for (const column of columns) parameters[p++] = row[column];
    }
    await db.executeQuery(CompiledQuery.raw(statementText(table, columns, count, postgres), parameters));
  }
}
