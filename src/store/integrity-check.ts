/**
 * The engine's own check that the stored bytes are sound — after a crash, a power loss or a
 * restore, before trusting the data again (`plansight db check`):
 *   - SQLite: `PRAGMA integrity_check` (pages, b-trees, indexes against their tables) and
 *     `PRAGMA foreign_key_check`;
 *   - PostgreSQL: the `amcheck` extension — `verify_heapam` on every table (tuples, TOAST)
 *     and `bt_index_check(index, heapallindexed => true)` on every B-tree index (structure,
 *     and every table row present in the index), then every foreign key. bt_index_check
 *     (not bt_index_parent_check) takes only AccessShareLock, so it can run on a live server.
 * amcheck ships with PostgreSQL (contrib) but must be created in the database, which needs
 * a role allowed to create extensions; without it the check says so instead of passing.
 */
import { sql } from 'kysely';
import type { Store } from './open-database.ts';

export interface IntegrityReport {
  engine: Store['engine'];
  /** What was checked, e.g. "integrity_check", "12 tables (verify_heapam)". */
  checked: string[];
  /** Each problem the engine reported, as it said it; empty when the store is sound. */
  problems: string[];
  /** Checks that could not run (no amcheck), with the reason; the store is then not proven sound. */
  skipped: string[];
}

export async function checkStoreIntegrity(store: Store): Promise<IntegrityReport> {
  return store.engine === 'sqlite' ? checkSqlite(store) : checkPostgres(store);
}

export function integrityOk(report: IntegrityReport): boolean {
  return report.problems.length === 0 && report.skipped.length === 0;
}

async function checkSqlite(store: Store): Promise<IntegrityReport> {
  const report: IntegrityReport = { engine: 'sqlite', checked: [], problems: [], skipped: [] };
  // A file damaged badly enough makes the pragma itself fail ("database disk image is
  // malformed"): that is a finding, not a crash of the check.
  await reportFailure(report, 'integrity_check', async () => {
    const integrity = await sql<Record<string, string>>`PRAGMA integrity_check`.execute(store.db);
    for (const row of integrity.rows) {
      const said = Object.values(row)[0]!;
      if (said !== 'ok') report.problems.push(said);
    }
  });
  await reportFailure(report, 'foreign_key_check', async () => {
    const foreignKeys = await sql<{ table: string; rowid: number; parent: string }>`PRAGMA foreign_key_check`.execute(store.db);
    for (const row of foreignKeys.rows) report.problems.push(`foreign key: ${row.table} row ${row.rowid} → ${row.parent} missing`);
  });
  return report;
}

async function reportFailure(report: IntegrityReport, check: string, run: () => Promise<void>): Promise<void> {
  report.checked.push(check);
  try {
    await run();
  } catch (error) {
    report.problems.push(`${check}: ${(error as Error).message}`);
  }
}

async function checkPostgres(store: Store): Promise<IntegrityReport> {
  const report: IntegrityReport = { engine: 'postgres', checked: [], problems: [], skipped: [] };
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS amcheck`.execute(store.db);
  } catch (error) {
    report.skipped.push(`amcheck is not available in this database: ${(error as Error).message}`);
    return report;
  }
  const tables = await sql<{ name: string }>`
    SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`.execute(store.db);
  for (const { name } of tables.rows) {
    const found = await sql<{ blkno: number; offnum: number; msg: string }>`
      SELECT blkno, offnum, msg FROM verify_heapam(${name}::regclass, check_toast => true)`.execute(store.db);
    for (const row of found.rows) report.problems.push(`${name} block ${row.blkno} item ${row.offnum}: ${row.msg}`);
  }
  report.checked.push(`${tables.rows.length} tables (verify_heapam)`);
  const indexes = await sql<{ name: string }>`
    SELECT c.oid::regclass::text AS name FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
    WHERE n.nspname = current_schema() AND a.amname = 'btree' AND i.indisvalid AND i.indisready ORDER BY 1`.execute(store.db);
  for (const { name } of indexes.rows) {
    try {
      await sql`SELECT bt_index_check(${name}::regclass, true)`.execute(store.db);
    } catch (error) {
      report.problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  report.checked.push(`${indexes.rows.length} B-tree indexes (bt_index_check, heapallindexed)`);
  const orphans = await foreignKeyOrphans(store);
  report.checked.push('foreign keys');
  report.problems.push(...orphans);
  return report;
}

/** Rows whose foreign key points at nothing: PostgreSQL enforces them, so any is a corruption sign. */
async function foreignKeyOrphans(store: Store): Promise<string[]> {
  const keys = await sql<{ child: string; parent: string; childCols: string[]; parentCols: string[] }>`
    SELECT con.conrelid::regclass::text AS child, con.confrelid::regclass::text AS parent,
      ARRAY(SELECT quote_ident(attname) FROM unnest(con.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute ON attrelid = con.conrelid AND attnum = k.n ORDER BY k.o) AS child_cols,
      ARRAY(SELECT quote_ident(attname) FROM unnest(con.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute ON attrelid = con.confrelid AND attnum = k.n ORDER BY k.o) AS parent_cols
    FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()`.execute(store.db);
  const problems: string[] = [];
  for (const key of keys.rows) {
    const join = key.childCols.map((c, i) => `p.${key.parentCols[i]} = c.${c}`).join(' AND ');
    const notNull = key.childCols.map((c) => `c.${c} IS NOT NULL`).join(' AND ');
    // Identifiers come from the catalogue, quoted by quote_ident: no user input reaches this SQL.
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.raw(key.child)} c WHERE ${sql.raw(notNull)} AND NOT EXISTS (SELECT 1 FROM ${sql.raw(key.parent)} p WHERE ${sql.raw(join)})`.execute(store.db);
    if (rows[0]!.n > 0) problems.push(`foreign key: ${rows[0]!.n} rows of ${key.child} point at no ${key.parent} row`);
  }
  return problems;
}
