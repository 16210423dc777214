/** The logged-in user and what the browser needs to write (the CSRF token). */
import type { z } from 'zod';
import type { SessionRecord } from '../../store/accounts-sessions.ts';
import type { UserRecord } from '../../store/accounts-users.ts';
import type { sessionSchema } from '../schemas/account-schemas.ts';
import { presentUser } from './user-presenter.ts';

export function presentSession(user: UserRecord, session: SessionRecord, now: Date): z.infer<typeof sessionSchema> {
  return { user: presentUser(user, now), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}
