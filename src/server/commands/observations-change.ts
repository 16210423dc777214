/**
 * Who changes an observation through the API, for its audit trail: the username, and the
 * origin — `form` when a person used the browser (a session), `api` when a machine client
 * did (an API token). The same word goes to the row's `origin_kind` when it is created.
 */
import type { ChangeContext } from '../../store/actor.ts';
import { changeContextOf } from '../change-context.ts';
import type { UserActor } from '../policy/actor.ts';

export function originOf(actor: UserActor): 'form' | 'api' {
  return actor.via === 'session' ? 'form' : 'api';
}

export function observationChange(actor: UserActor, now: Date, reason?: string): ChangeContext & { origin: 'form' | 'api' } {
  return { ...changeContextOf(actor, now, reason), origin: originOf(actor) };
}
