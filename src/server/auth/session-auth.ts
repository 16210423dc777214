/**
 * Authentication by session cookie: the cookie's hash finds a live session of an enabled
 * user. Each use slides the expiry forward — written at most once a minute, so a busy page
 * does not turn every read into a write.
 */
import { findLiveSession, touchSession, type SessionRecord } from '../../store/accounts-sessions.ts';
import type { UserActor } from '../policy/actor.ts';
import { SESSION_SCOPES } from '../policy/actor.ts';
import type { ServerContext } from '../server-context.ts';
import { actorUserOf } from './actor-user.ts';
import { hashSecret } from './secrets.ts';

const TOUCH_INTERVAL_MS = 60_000;

export async function actorFromSession(ctx: ServerContext, token: string): Promise<{ actor: UserActor; session: SessionRecord } | null> {
  const now = ctx.now();
  const found = await findLiveSession(ctx.store.db, hashSecret(token), now.toISOString());
  if (!found || found.user.disabled) return null;
  let session = found.session;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlMs).toISOString();
    await touchSession(ctx.store.db, session.id, now.toISOString(), expiresAt);
    session = { ...session, lastSeenAt: now.toISOString(), expiresAt };
  }
  return { actor: { kind: 'user', user: actorUserOf(found.user), via: 'session', scopes: SESSION_SCOPES }, session };
}
