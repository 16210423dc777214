/**
 * A version number per kind of data that cached results depend on, raised by the database
 * itself on every write: triggers on `observations` add one to `data_versions.version` for
 * every INSERT, UPDATE or DELETE (and TRUNCATE on PostgreSQL), whoever writes — the API, an
 * import, the CLI, a restore, another server on the same PostgreSQL. The evaluation served
 * by the API is cached under this number (src/server/commands/evaluation-read.ts), so a
 * cached result is never older than the last committed write.
 *
 * SQLite has row triggers only (one small UPDATE per written row); PostgreSQL gets one
 * statement trigger per statement. The UPDATE holds the version row until commit, so
 * concurrent writers of observations on PostgreSQL take turns — they are few and short.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.ts';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('data_versions')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', engine === 'postgres' ? 'bigint' : 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into data_versions (name, version) values ('observations', 0)`.execute(db);
  if (engine === 'postgres') {
    await sql`
      create function plansight_observations_written() returns trigger language plpgsql as $$
      begin
        update data_versions set version = version + 1 where name = 'observations';
        return null;
      end
      $$`.execute(db);
    await sql`
      create trigger observations_data_version after insert or update or delete or truncate on observations
      for each statement execute function plansight_observations_written()`.execute(db);
    return;
  }
  for (const event of ['insert', 'update', 'delete']) {
    await sql
      .raw(
        `create trigger observations_data_version_${event} after ${event} on observations
         begin update data_versions set version = version + 1 where name = 'observations'; end`,
      )
      .execute(db);
  }
}
