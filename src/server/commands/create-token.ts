/**
 * Creating an API token: a random `psk_…` value returned once, its hash stored, the
 * creation (never the value) recorded in the history.
 */
import type { ChangeContext } from '../../store/actor.ts';
import { insertApiToken, type ApiTokenRecord } from '../../store/accounts-tokens.ts';
import { findUserById } from '../../store/accounts-users.ts';
import { appendHistory } from '../../store/history.ts';
import type { Db } from '../../store/open-database.ts';
import { hashSecret, newApiTokenValue } from '../auth/secrets.ts';
import { errors } from '../errors.ts';
import { createTokenBodySchema, type CreateTokenInput } from '../schemas/account-schemas.ts';
import { validateInput } from '../validate-input.ts';
import { API_TOKEN_ENTITY } from './user-history.ts';

export interface TokenDeps {
  db: Db;
  change: ChangeContext;
}

export interface CreatedToken {
  apiToken: ApiTokenRecord;
  /** The token value: shown once, never stored. */
  token: string;
}

const DAY_MS = 86_400_000;

export async function createApiToken(deps: TokenDeps, userId: number, rawInput: CreateTokenInput): Promise<CreatedToken> {
  const input = validateInput(createTokenBodySchema, rawInput);
  const user = await findUserById(deps.db, userId);
  if (!user) throw errors.notFound({ zh: '用户', en: 'user' }, [{ field: 'userId', value: userId }]);
  // Write implies read: a token that may change data may also look at it.
  const scopes = input.scopes.includes('write') ? (['read', 'write'] as const) : (['read'] as const);
  const expiresAt = input.expiresInDays === undefined ? null : new Date(Date.parse(deps.change.at) + input.expiresInDays * DAY_MS).toISOString();
  const token = newApiTokenValue();
  const apiToken = await deps.db.transaction().execute(async (trx) => {
    const created = await insertApiToken(trx, { userId, name: input.name, tokenHash: hashSecret(token), scopes: [...scopes], expiresAt }, deps.change.at);
    await appendHistory(
      trx,
      [{ entity: API_TOKEN_ENTITY, entityKey: String(created.id), action: 'create', changes: { userId: [null, userId], name: [null, created.name], scopes: [null, created.scopes], expiresAt: [null, expiresAt] } }],
      deps.change,
    );
    return created;
  });
  return { apiToken, token };
}
