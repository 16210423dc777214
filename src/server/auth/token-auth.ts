/**
 * Authentication by API token (`Authorization: Bearer psk_…`): the token's hash finds it;
 * a revoked or expired token, or one of a disabled user, is refused outright — a client
 * that sends credentials wants to know they failed, not to be served as anonymous.
 */
import { findTokenByHash, markTokenUsed } from '../../store/accounts-tokens.ts';
import { errors } from '../errors.ts';
import type { UserActor } from '../policy/actor.ts';
import type { ServerContext } from '../server-context.ts';
import { actorUserOf } from './actor-user.ts';
import { API_TOKEN_PREFIX, hashSecret } from './secrets.ts';

const MARK_USED_INTERVAL_MS = 60_000;

export async function actorFromAuthorization(ctx: ServerContext, header: string): Promise<UserActor> {
  const match = /^Bearer +(\S+) *$/i.exec(header);
  const value = match?.[1];
  if (value === undefined || !value.startsWith(API_TOKEN_PREFIX)) throw errors.invalidToken();
  const now = ctx.now();
  const lookup = await findTokenByHash(ctx.store.db, hashSecret(value), now.toISOString());
  if (lookup.status !== 'valid' || lookup.user.disabled) throw errors.invalidToken();
  const { token, user } = lookup;
  if (token.lastUsedAt === null || now.getTime() - Date.parse(token.lastUsedAt) >= MARK_USED_INTERVAL_MS) {
    await markTokenUsed(ctx.store.db, token.id, now.toISOString());
  }
  return { kind: 'user', user: actorUserOf(user), via: 'token', scopes: token.scopes };
}
