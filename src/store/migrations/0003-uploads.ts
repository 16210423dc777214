/**
 * Uploaded files waiting between an import's preview and its commit. They live in the
 * database, not on one instance's disk, so that the commit may reach another instance behind
 * the load balancer. An upload belongs to its user (gone with the user, like sessions) and
 * expires; a commit deletes it. Not part of backups: it is work in progress, not data.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.ts';

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('uploads')
    // A random UUID: an upload id in a log or a URL reveals nothing and cannot be guessed.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('uploads_by_user').on('uploads').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('uploads_by_expiry').on('uploads').column('expires_at').execute();
}
