/**
 * Backup and restore. SQLite is backed up with its online backup API (a consistent copy
 * while writers go on); PostgreSQL with a logical export: gzip'd JSON lines, one row a line.
 * Restore reads either kind into either engine inside one transaction, so a failed restore
 * leaves the store as it was.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { connect, type Db, type Store } from './open-database.ts';
import { DATA_TABLES } from './table-order.ts';

const FORMAT = 'plansight-logical-backup';

interface BackupHeader {
  format: typeof FORMAT;
  version: 1;
  engine: string;
  migrations: string[];
  tables: string[];
}

export type BackupKind = 'sqlite' | 'logical';

export async function appliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((r) => r.name);
}

/** Writes a backup of the store to `file`; returns which kind was written. */
export async function backupStore(store: Store, file: string): Promise<BackupKind> {
  if (store.sqlite) {
    await store.sqlite.backup(file);
    return 'sqlite';
  }
  await writeLogicalBackup(store, file);
  return 'logical';
}

export async function writeLogicalBackup(store: Store, file: string): Promise<void> {
  const header: BackupHeader = {
    format: FORMAT,
    version: 1,
    engine: store.engine,
    migrations: await appliedMigrations(store.db),
    tables: DATA_TABLES.map((t) => t.sqlName),
  };
  // A repeatable-read snapshot on PostgreSQL: every table is read as of the same moment.
  const transaction = store.engine === 'postgres' ? store.db.transaction().setIsolationLevel('repeatable read') : store.db.transaction();
  await transaction.execute(async (trx) => {
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const info of DATA_TABLES) {
        let query = trx.selectFrom(info.table).selectAll();
        for (const column of info.orderBy) query = query.orderBy(column as never);
        for await (const row of query.stream(1000)) yield `${JSON.stringify({ t: info.sqlName, r: row })}\n`;
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  });
}

async function detectKind(file: string): Promise<BackupKind> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    if (bytesRead >= 16 && buffer.toString('latin1', 0, 15) === 'SQLite format 3') return 'sqlite';
    if (bytesRead >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return 'logical';
  } finally {
    await handle.close();
  }
  throw new Error(`${file} is neither a SQLite backup nor a Plansight logical backup`);
}

type Row = Record<string, unknown>;

/** Rows of a backup, table by table, parents first. */
async function* backupRows(file: string, kind: BackupKind): AsyncGenerator<{ table: string; row: Row } | { header: BackupHeader }> {
  if (kind === 'sqlite') {
    const source = connect({ url: file }, { readonly: true });
    try {
      // A backup made before a later migration lacks that migration's tables.
      const present = new Set((await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(source.db)).rows.map((r) => r.name));
      const tables = DATA_TABLES.filter((t) => present.has(t.sqlName));
      yield { header: { format: FORMAT, version: 1, engine: 'sqlite', migrations: await appliedMigrations(source.db), tables: tables.map((t) => t.sqlName) } };
      for (const info of tables) {
        let query = source.db.selectFrom(info.table).selectAll();
        for (const column of info.orderBy) query = query.orderBy(column as never);
        for await (const row of query.stream(1000)) yield { table: info.sqlName, row: row as Row };
      }
    } finally {
      await source.close();
    }
    return;
  }
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (line.length === 0) continue;
    const value = JSON.parse(line) as BackupHeader | { t: string; r: Row };
    if (first) {
      first = false;
      if (!('format' in value) || value.format !== FORMAT) throw new Error(`${file} is not a Plansight logical backup`);
      yield { header: value };
      continue;
    }
    if ('t' in value) yield { table: value.t, row: value.r };
  }
}

export interface RestoreCounts {
  [table: string]: number;
}

/** Replaces every data table of the store with the backup's content, all or nothing. */
export async function restoreStore(store: Store, file: string): Promise<RestoreCounts> {
  const kind = await detectKind(file);
  const counts: RestoreCounts = Object.fromEntries(DATA_TABLES.map((t) => [t.sqlName, 0]));
  const byName = new Map(DATA_TABLES.map((t) => [t.sqlName, t]));
  const known = new Set(await appliedMigrations(store.db));
  await store.db.transaction().execute(async (trx) => {
    let batch: Row[] = [];
    let batchTable: string | null = null;
    const flush = async () => {
      if (batchTable === null || batch.length === 0) return;
      const info = byName.get(batchTable)!;
      await trx.insertInto(info.table).values(batch as never).execute();
      counts[batchTable]! += batch.length;
      batch = [];
    };
    for await (const item of backupRows(file, kind)) {
      if ('header' in item) {
        const unknown = item.header.migrations.filter((m) => !known.has(m));
        if (unknown.length > 0) throw new Error(`the backup needs migrations this version does not know: ${unknown.join(', ')}`);
        // Tables the backup does not hold (added by a later migration, e.g. accounts) are left as they are.
        const held = new Set(item.header.tables);
        for (const info of [...DATA_TABLES].reverse()) if (held.has(info.sqlName)) await trx.deleteFrom(info.table).execute();
        continue;
      }
      if (!byName.has(item.table)) throw new Error(`the backup holds an unknown table ${JSON.stringify(item.table)}`);
      if (item.table !== batchTable) {
        await flush();
        batchTable = item.table;
      }
      batch.push(item.row);
      // Rows have at most ~35 columns: 500 rows stay under both engines' parameter limits.
      if (batch.length >= 500) await flush();
    }
    await flush();
    if (store.engine === 'postgres') {
      for (const info of DATA_TABLES.filter((t) => t.serialId)) {
        await sql`select setval(pg_get_serial_sequence(${info.sqlName}, 'id'), coalesce(max(id), 1), max(id) is not null) from ${sql.table(info.sqlName)}`.execute(trx);
      }
    }
  });
  return counts;
}
