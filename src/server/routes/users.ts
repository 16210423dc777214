/** Accounts, for administrators: list, look up, create, change (role, scope, disabled, password). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findUserById, listUsers } from '../../store/accounts-users.ts';
import { changeContextOf } from '../change-context.ts';
import { createUser } from '../commands/create-user.ts';
import { updateUser } from '../commands/update-user.ts';
import { errors } from '../errors.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentUser } from '../presenters/user-presenter.ts';
import { createUserBodySchema, idParamsSchema, updateUserBodySchema, userSchema, userWithPasswordSchema } from '../schemas/account-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { itemsOf } from '../schemas/list-schema.ts';
import type { ServerContext } from '../server-context.ts';

const READ_ACCOUNTS = { kind: 'read', resource: { kind: 'accounts' } } as const;
const ADMINISTER = { kind: 'administer' } as const;

export const userRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['accounts'];

  app.get('/api/users', { schema: { tags, summary: 'Every account (administrators)', response: { 200: itemsOf(userSchema), ...errorResponses(401, 403) } } }, async (request) => {
    requireUser(request, READ_ACCOUNTS);
    const now = ctx.now();
    return { items: (await listUsers(ctx.store.db)).map((user) => presentUser(user, now)) };
  });

  app.get(
    '/api/users/:id',
    { schema: { tags, summary: 'One account (administrators)', params: idParamsSchema, response: { 200: userSchema, ...errorResponses(400, 401, 403, 404) } } },
    async (request) => {
      requireUser(request, READ_ACCOUNTS);
      const user = await findUserById(ctx.store.db, request.params.id);
      if (!user) throw errors.notFound({ zh: '用户', en: 'user' }, [{ field: 'id', value: request.params.id }]);
      return presentUser(user, ctx.now());
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create an account (administrators); a generated password is returned once',
        body: createUserBodySchema,
        response: { 201: userWithPasswordSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request, ADMINISTER);
      const now = ctx.now();
      const created = await createUser({ db: ctx.store.db, plan: ctx.plan, change: changeContextOf(actor, now) }, request.body);
      return reply.code(201).send({ user: presentUser(created.user, now), password: created.generatedPassword });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change an account: name, role and scope, disabled, password (administrators)',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userWithPasswordSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireUser(request, ADMINISTER);
      const now = ctx.now();
      const updated = await updateUser({ db: ctx.store.db, plan: ctx.plan, change: changeContextOf(actor, now) }, request.params.id, request.body);
      return { user: presentUser(updated.user, now), password: updated.generatedPassword };
    },
  );
};
