/**
 * Logging in with a username and password. Whatever goes wrong — no such user, wrong
 * password, disabled account — the answer is the same `invalid_credentials`, and an unknown
 * username costs the same argon2 verification as a known one. Consecutive failures lock the
 * account (`account_locked`, 423) for a while; a success resets the count. Every login makes
 * a new session token (no session fixation) and ends the session the browser came with.
 */
import { deleteExpiredSessions, deleteSessionByTokenHash, insertSession, type SessionRecord } from '../../store/accounts-sessions.ts';
import { clearFailedLogins, findUserByUsername, lockUser, passwordHashOf, recordFailedLogin, type UserRecord } from '../../store/accounts-users.ts';
import { countHit } from '../../store/accounts-rate-limits.ts';
import { appendHistory } from '../../store/history.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { errors } from '../errors.ts';
import type { ServerContext } from '../server-context.ts';
import { USER_ENTITY } from './user-history.ts';

export interface LoginInput {
  username: string;
  password: string;
  /** The session cookie the request came with, if any: it is ended. */
  previousToken?: string;
}

export interface LoginOutcome {
  user: UserRecord;
  session: SessionRecord;
  /** The new cookie value. */
  token: string;
}

type LoginDeps = Pick<ServerContext, 'store' | 'config' | 'now'>;

export async function login(deps: LoginDeps, input: LoginInput): Promise<LoginOutcome> {
  const db = deps.store.db;
  const now = deps.now();
  const at = now.toISOString();
  const { threshold, durationMs } = deps.config.lockout;
  const username = input.username.trim().toLowerCase();
  const user = await findUserByUsername(db, username);

  if (!user) {
    await verifyPassword(undefined, input.password);
    // Unknown names lock like real ones, so that a lockout does not reveal which names exist.
    const { hits, windowEndsAt } = await countHit(db, `login-name:${username}`, now, durationMs);
    if (hits >= threshold) throw errors.accountLocked(windowEndsAt, now);
    throw errors.invalidCredentials();
  }
  if (user.lockedUntil !== null && user.lockedUntil > at) throw errors.accountLocked(user.lockedUntil, now);

  const passwordOk = await verifyPassword(await passwordHashOf(db, user.id), input.password);
  if (!passwordOk) {
    const failures = await recordFailedLogin(db, user.id);
    if (failures >= threshold) {
      const until = new Date(now.getTime() + durationMs).toISOString();
      await lockUser(db, user.id, until);
      await appendHistory(db, [{ entity: USER_ENTITY, entityKey: String(user.id), action: 'lock', changes: { lockedUntil: [null, until] } }], {
        actor: 'system:login',
        at,
        origin: 'api',
        reason: `${failures} consecutive failed logins`,
      });
      throw errors.accountLocked(until, now);
    }
    throw errors.invalidCredentials();
  }
  if (user.disabled) throw errors.invalidCredentials();

  await clearFailedLogins(db, user.id);
  if (input.previousToken !== undefined) await deleteSessionByTokenHash(db, hashSecret(input.previousToken));
  await deleteExpiredSessions(db, at);
  const token = newSecret();
  const session = await insertSession(
    db,
    { tokenHash: hashSecret(token), userId: user.id, csrfToken: newSecret(), expiresAt: new Date(now.getTime() + deps.config.sessionTtlMs).toISOString() },
    at,
  );
  return { user: { ...user, failedLogins: 0, lockedUntil: null }, session, token };
}
