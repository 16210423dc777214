/**
 * The API tokens repository. A token is found by the hash of its value; the value is shown
 * once when the token is created and never stored.
 */
import type { ApiTokenRow } from './database-schema.ts';
import type { Db } from './open-database.ts';
import { TOKEN_SCOPES, type TokenScope } from './accounts-roles.ts';
import { USER_COLUMNS, userRecordOf, type UserRecord } from './accounts-users.ts';

export interface ApiTokenRecord {
  id: number;
  userId: number;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewApiToken {
  userId: number;
  name: string;
  tokenHash: string;
  scopes: TokenScope[];
  expiresAt: string | null;
}

const TOKEN_COLUMNS = [
  'apiTokens.id', 'apiTokens.userId', 'apiTokens.name', 'apiTokens.scopes', 'apiTokens.createdAt',
  'apiTokens.expiresAt', 'apiTokens.lastUsedAt', 'apiTokens.revokedAt',
] as const;

function tokenRecordOf(row: Omit<ApiTokenRow, 'tokenHash'>): ApiTokenRecord {
  const scopes = (JSON.parse(row.scopes) as string[]).filter((s): s is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(s));
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    scopes,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export async function insertApiToken(db: Db, token: NewApiToken, at: string): Promise<ApiTokenRecord> {
  const row = await db
    .insertInto('apiTokens')
    .values({ ...token, scopes: JSON.stringify(token.scopes), createdAt: at, lastUsedAt: null, revokedAt: null })
    .returning(TOKEN_COLUMNS)
    .executeTakeFirstOrThrow();
  return tokenRecordOf(row);
}

export type TokenLookup =
  | { status: 'valid'; token: ApiTokenRecord; user: UserRecord }
  | { status: 'unknown' | 'revoked' | 'expired' };

/** The token with this hash and its user, told apart from revoked and expired ones. */
export async function findTokenByHash(db: Db, tokenHash: string, at: string): Promise<TokenLookup> {
  const found = await db.selectFrom('apiTokens').select(TOKEN_COLUMNS).where('tokenHash', '=', tokenHash).executeTakeFirst();
  if (!found) return { status: 'unknown' };
  const token = tokenRecordOf(found);
  if (token.revokedAt !== null) return { status: 'revoked' };
  if (token.expiresAt !== null && token.expiresAt <= at) return { status: 'expired' };
  const user = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', token.userId).executeTakeFirst();
  if (!user) return { status: 'unknown' };
  return { status: 'valid', token, user: userRecordOf(user) };
}

export async function findTokenById(db: Db, id: number): Promise<ApiTokenRecord | undefined> {
  const row = await db.selectFrom('apiTokens').select(TOKEN_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && tokenRecordOf(row);
}

/** Tokens of one user, or of everyone when `userId` is undefined; newest first. */
export async function listApiTokens(db: Db, userId?: number): Promise<ApiTokenRecord[]> {
  let query = db.selectFrom('apiTokens').select(TOKEN_COLUMNS).orderBy('id', 'desc');
  if (userId !== undefined) query = query.where('userId', '=', userId);
  return (await query.execute()).map(tokenRecordOf);
}

export async function markTokenUsed(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('apiTokens').set({ lastUsedAt: at }).where('id', '=', id).execute();
}

/** Revokes the token (once: a second revoke keeps the first time). */
export async function revokeApiToken(db: Db, id: number, at: string): Promise<ApiTokenRecord> {
  await db.updateTable('apiTokens').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
  const token = await findTokenById(db, id);
  if (!token) throw new Error(`api token ${id} vanished while being revoked`);
  return token;
}
