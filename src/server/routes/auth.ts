/**
 * Login, logout and the current session. Login is the one unsafe route without a CSRF token
 * (it creates the session that holds one); it accepts JSON only, which a cross-site form
 * cannot send, and is rate limited per client address.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteSession } from '../../store/accounts-sessions.ts';
import { findUserById } from '../../store/accounts-users.ts';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../auth/session-cookie.ts';
import { login } from '../commands/login.ts';
import { errors } from '../errors.ts';
import { presentSession } from '../presenters/session-presenter.ts';
import { loginBodySchema, sessionSchema } from '../schemas/account-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { SessionRecord } from '../../store/accounts-sessions.ts';
import type { ServerContext } from '../server-context.ts';

export const authRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        csrfExempt: true,
        rateLimit: { max: ctx.config.loginRateLimit.max, timeWindow: ctx.config.loginRateLimit.windowMs },
      },
      onRequest: async (request) => {
        if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) throw errors.unsupportedMediaType(request.headers['content-type']);
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in: sets the session cookie and returns the CSRF token',
        description:
          'Sets the HttpOnly cookie `plansight_session`. Five consecutive failures lock the account for 15 minutes ' +
          '(423 `account_locked`); more than 20 attempts a minute from one address are refused (429 `rate_limited`).',
        security: [],
        body: loginBodySchema,
        response: { 200: sessionSchema, ...errorResponses(400, 401, 415, 423, 429) },
      },
    },
    async (request, reply) => {
      const previousToken = sessionTokenOf(request);
      const outcome = await login(ctx, { ...request.body, ...(previousToken === undefined ? {} : { previousToken }) });
      setSessionCookie(request, reply, outcome.token);
      return presentSession(outcome.user, outcome.session, ctx.now());
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log out: ends the session and clears the cookie',
        response: { 204: z.undefined().describe('Logged out'), ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.authSession !== null) await deleteSession(ctx.store.db, request.authSession.id);
      clearSessionCookie(request, reply);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user and the CSRF token, or 401',
        response: { 200: sessionSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const found = await currentSession(request.authSession);
      if (!found) throw errors.unauthenticated();
      return found;
    },
  );

  // The web app asks this on every load: "nobody" is an answer here, not an error (a 401
  // would be logged by the browser as a failed request on every visit).
  app.get(
    '/api/auth/status',
    {
      schema: {
        tags: ['auth'],
        summary: 'The session when there is one, else null — never 401',
        response: { 200: z.object({ session: sessionSchema.nullable() }) },
      },
    },
    async (request) => ({ session: await currentSession(request.authSession) }),
  );

  async function currentSession(session: SessionRecord | null) {
    if (session === null) return null;
    const user = await findUserById(ctx.store.db, session.userId);
    return user ? presentSession(user, session, ctx.now()) : null;
  }
};
