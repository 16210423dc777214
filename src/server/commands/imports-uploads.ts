/**
 * Uploaded files between an import's preview and its commit, in the `uploads` table so
 * that every instance sees them. An upload is its user's only: looked up by id and user
 * together, so someone else's id is simply not found. Expired uploads are deleted whenever
 * a new one arrives, and a user keeps only the newest few.
 */
import { randomUUID } from 'node:crypto';
import type { RecordKindId } from '../../records/record-kinds.ts';
import type { UploadRow } from '../../store/database-schema.ts';
import type { Db } from '../../store/open-database.ts';

/** Long enough to look at a preview over lunch, short enough not to keep stale files. */
export const UPLOAD_TTL_MS = 24 * 3_600_000;
/** Pending uploads kept per user: older ones go, so one account cannot fill the database. */
export const UPLOADS_PER_USER = 5;

export interface NewUpload {
  userId: number;
  kind: RecordKindId;
  filename: string;
  bytes: Buffer;
}

export async function saveUpload(db: Db, upload: NewUpload, now: Date): Promise<UploadRow> {
  const at = now.toISOString();
  const row: UploadRow = {
    id: randomUUID(),
    userId: upload.userId,
    kind: upload.kind,
    filename: upload.filename,
    size: upload.bytes.length,
    bytes: upload.bytes,
    createdAt: at,
    expiresAt: new Date(now.getTime() + UPLOAD_TTL_MS).toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('uploads').where('expiresAt', '<=', at).execute();
    await trx.insertInto('uploads').values(row).execute();
    // The new upload always stays; of the others, the newest (UPLOADS_PER_USER - 1) do.
    const stale = await trx
      .selectFrom('uploads')
      .select('id')
      .where('userId', '=', upload.userId)
      .where('id', '!=', row.id)
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .limit(1000)
      .offset(UPLOADS_PER_USER - 1)
      .execute();
    if (stale.length > 0) await trx.deleteFrom('uploads').where('id', 'in', stale.map((s) => s.id)).execute();
  });
  return row;
}

/** The user's live upload with this id, or undefined (unknown, someone else's or expired). */
export async function findUpload(db: Db, id: string, userId: number, now: Date): Promise<UploadRow | undefined> {
  return db
    .selectFrom('uploads')
    .selectAll()
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
}

export async function deleteUpload(db: Db, id: string): Promise<void> {
  await db.deleteFrom('uploads').where('id', '=', id).execute();
}
