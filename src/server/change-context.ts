/** Who changes the store through the API, for the history: the user's name, origin `api`. */
import type { ChangeContext } from '../store/actor.ts';
import type { UserActor } from './policy/actor.ts';

export function changeContextOf(actor: UserActor, now: Date, reason?: string): ChangeContext {
  return { actor: actor.user.username, at: now.toISOString(), origin: 'api', ...(reason === undefined ? {} : { reason }) };
}
