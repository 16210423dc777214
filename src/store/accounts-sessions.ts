/**
 * The sessions repository. A session is found by the hash of its cookie value; the value
 * itself is never stored, so a copy of the database cannot be used to log in.
 */
import type { Db } from './open-database.ts';
import { USER_COLUMNS, userRecordOf, type UserRecord } from './accounts-users.ts';

export interface SessionRecord {
  id: number;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface NewSession {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  expiresAt: string;
}

export async function insertSession(db: Db, session: NewSession, at: string): Promise<SessionRecord> {
  return db
    .insertInto('sessions')
    .values({ ...session, createdAt: at, lastSeenAt: at })
    .returning(['id', 'userId', 'csrfToken', 'createdAt', 'expiresAt', 'lastSeenAt'])
    .executeTakeFirstOrThrow();
}

/** The live session with this token hash and its user, or undefined when none or expired. */
export async function findLiveSession(db: Db, tokenHash: string, at: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as sessionId', 'sessions.csrfToken', 'sessions.createdAt as sessionCreatedAt',
      'sessions.expiresAt', 'sessions.lastSeenAt', ...USER_COLUMNS,
    ])
    .where('sessions.tokenHash', '=', tokenHash)
    .where('sessions.expiresAt', '>', at)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: { id: row.sessionId, userId: row.id, csrfToken: row.csrfToken, createdAt: row.sessionCreatedAt, expiresAt: row.expiresAt, lastSeenAt: row.lastSeenAt },
    user: userRecordOf(row),
  };
}

/** Slides the expiry forward: the session lives as long as it is used. */
export async function touchSession(db: Db, id: number, at: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt: at, expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: number): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionByTokenHash(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

/** Logs a user out everywhere (password reset, account disabled). */
export async function deleteSessionsOfUser(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('userId', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, at: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', at).execute();
}
