/**
 * The route side of the policy: `requireActor(request, permission)` returns the actor when
 * the permission holds and otherwise throws the catalogue's error — 401 `unauthenticated`
 * for nobody, 403 `forbidden_region` naming the region, 403 `forbidden` for the rest.
 * `authorize(permission)` is the same as a preHandler, for permissions known up front.
 */
import type { FastifyRequest } from 'fastify';
import { errors, type ApiError } from '../errors.ts';
import type { Actor, UserActor } from './actor.ts';
import { decide, type Decision, type Permission } from './decide.ts';

/** A refusal as the catalogue's error. */
export function refusalError(decision: Extract<Decision, { allowed: false }>): ApiError {
  switch (decision.refusal) {
    case 'unauthenticated':
      return errors.unauthenticated();
    case 'read_only_token':
      return errors.readOnlyToken();
    case 'forbidden_region':
      return errors.forbiddenRegion(decision.regionCode ?? '');
    case 'forbidden':
      return errors.forbidden();
  }
}

export function requireActor(request: FastifyRequest, permission: Permission): Actor {
  const decision = decide(request.actor, permission, { publicPortal: request.server.serverContext.publicPortal.enabled });
  if (!decision.allowed) throw refusalError(decision);
  return request.actor;
}

/** As `requireActor`, for permissions only a user can hold (anything but public reads). */
export function requireUser(request: FastifyRequest, permission: Permission = { kind: 'authenticated' }): UserActor {
  const actor = requireActor(request, permission);
  if (actor.kind !== 'user') throw errors.unauthenticated();
  return actor;
}

export function authorize(permission: Permission) {
  return async (request: FastifyRequest): Promise<void> => {
    requireActor(request, permission);
  };
}
