/**
 * Settings an administrator changes while the server runs (the public-portal switch, the
 * uploaded region boundaries): one row per key, its value as JSON text, stamped with who set
 * it and when. Portable like the others: text columns only. Backed up with the data.
 *
 * Two indexes make "does the store hold demo data?" (GET /api/settings, asked by every page
 * the web app opens) an index lookup instead of a scan of the registry and the observations.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_by_demo').on('enterprises').column('is_demo').execute();
  await db.schema.createIndex('observations_by_demo').on('observations').column('is_demo').execute();
}
