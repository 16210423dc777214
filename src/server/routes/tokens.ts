/**
 * API tokens: every user manages their own; administrators manage everyone's. The token
 * value is in the creation response only. Someone else's token is "not found" to a user who
 * may not manage it, so ids do not reveal what exists.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findTokenById, listApiTokens } from '../../store/accounts-tokens.ts';
import { changeContextOf } from '../change-context.ts';
import { createApiToken } from '../commands/create-token.ts';
import { revokeToken } from '../commands/revoke-token.ts';
import { errors } from '../errors.ts';
import { isAdmin } from '../policy/permissions.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentToken } from '../presenters/token-presenter.ts';
import { createTokenBodySchema, createdTokenSchema, idParamsSchema, tokenSchema } from '../schemas/account-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { itemsOf } from '../schemas/list-schema.ts';
import type { ServerContext } from '../server-context.ts';

export const tokenRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['accounts'];

  app.get(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Your API tokens (administrators: everyone’s, or one user’s with ?userId=)',
        querystring: z.object({ userId: z.coerce.number().int().positive().optional() }),
        response: { 200: itemsOf(tokenSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const userId = isAdmin(actor) ? request.query.userId : actor.user.id;
      return { items: (await listApiTokens(ctx.store.db, userId)).map(presentToken) };
    },
  );

  app.post(
    '/api/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token; its value is returned this once',
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const userId = request.body.userId ?? actor.user.id;
      if (userId !== actor.user.id) requireUser(request, { kind: 'administer' });
      const created = await createApiToken({ db: ctx.store.db, change: changeContextOf(actor, ctx.now()) }, userId, request.body);
      return reply.code(201).send({ apiToken: presentToken(created.apiToken), token: created.token });
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API token: from now on it is refused',
        params: idParamsSchema,
        response: { 200: tokenSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const token = await findTokenById(ctx.store.db, request.params.id);
      if (!token || (token.userId !== actor.user.id && !isAdmin(actor))) {
        throw errors.notFound({ zh: 'API 令牌', en: 'API token' }, [{ field: 'id', value: request.params.id }]);
      }
      const revoked = await revokeToken({ db: ctx.store.db, change: changeContextOf(actor, ctx.now()) }, token);
      return presentToken(revoked);
    },
  );
};
