/**
 * Who is making a request: nobody (anonymous), or a user through a browser session or an
 * API token. A session may do whatever the user's role allows; a token only what its scopes
 * allow on top of that.
 */
import type { RoleScope, TokenScope } from '../../store/accounts-roles.ts';

export interface ActorUser extends RoleScope {
  id: number;
  username: string;
  displayName: string;
}

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: ActorUser; via: 'session' | 'token'; scopes: readonly TokenScope[] };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** A browser session carries every scope: the role alone limits it. */
export const SESSION_SCOPES: readonly TokenScope[] = Object.freeze(['read', 'write']);

export function isUser(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

export function hasScope(actor: Actor, scope: TokenScope): boolean {
  return actor.kind === 'user' && actor.scopes.includes(scope);
}
