/** An account as the API shows it: every field listed, so a new column never leaks (nor the password hash). */
import type { z } from 'zod';
import type { UserRecord } from '../../store/accounts-users.ts';
import type { userSchema } from '../schemas/account-schemas.ts';

export function presentUser(user: UserRecord, now: Date): z.infer<typeof userSchema> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regions: user.regions,
    parkId: user.parkId,
    creditCode: user.creditCode,
    disabled: user.disabled,
    lockedUntil: user.lockedUntil !== null && user.lockedUntil > now.toISOString() ? user.lockedUntil : null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
