/**
 * Who is asking, decided once per request before anything else runs: a bearer token if the
 * request sends one, else the session cookie, else nobody. Token scopes and CSRF are
 * enforced here for every unsafe method, so a route cannot forget them.
 */
import type { FastifyInstance } from 'fastify';
import { ANONYMOUS } from '../policy/actor.ts';
import { errors } from '../errors.ts';
import type { ServerContext } from '../server-context.ts';
import { isUnsafeMethod, verifyCsrf } from './csrf.ts';
import { sessionTokenOf } from './session-cookie.ts';
import { actorFromSession } from './session-auth.ts';
import { actorFromAuthorization } from './token-auth.ts';

export function installAuthentication(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('authSession', null);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    request.authSession = null;
    const unsafe = isUnsafeMethod(request.method);

    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const actor = await actorFromAuthorization(ctx, authorization);
      request.actor = actor;
      if (unsafe && !actor.scopes.includes('write')) throw errors.readOnlyToken();
      return;
    }

    const token = sessionTokenOf(request);
    if (token === undefined) return;
    const found = await actorFromSession(ctx, token);
    if (found === null) return;
    request.actor = found.actor;
    request.authSession = found.session;
    if (unsafe && request.routeOptions.config?.csrfExempt !== true) verifyCsrf(request, found.session);
  });
}
