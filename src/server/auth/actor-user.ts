/** The part of a stored user the policy needs (no lockout state, never the password hash). */
import type { UserRecord } from '../../store/accounts-users.ts';
import type { ActorUser } from '../policy/actor.ts';

export function actorUserOf(user: UserRecord): ActorUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regions: user.regions,
    parkId: user.parkId,
    creditCode: user.creditCode,
  };
}
