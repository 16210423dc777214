/**
 * The version of a kind of stored data, raised by the database on every write to it (see
 * migrations/0005-data-versions.ts): equal numbers mean nothing was written in between.
 * Null when the store does not keep one (the row was removed), so callers do not cache.
 */
import { sql } from 'kysely';
import type { Db } from './open-database.ts';

export type VersionedData = 'observations';

export async function dataVersion(db: Db, name: VersionedData): Promise<number | null> {
  const { rows } = await sql<{ version: number | string | bigint }>`select version from data_versions where name = ${name}`.execute(db);
  const row = rows[0];
  return row === undefined ? null : Number(row.version);
}
