/** GET /api/health: is the server up and its database reachable — for load balancers and people. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { errors } from '../errors.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { ServerContext } from '../server-context.ts';

const healthSchema = z.object({
  status: z.literal('ok'),
  engine: z.enum(['sqlite', 'postgres']),
  planId: z.string(),
  version: z.string(),
  publicPortal: z.boolean(),
});

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Health: engine, plan and version (anonymous)',
        security: [],
        response: { 200: healthSchema, ...errorResponses(503) },
      },
    },
    async (request) => {
      try {
        await sql`select 1`.execute(ctx.store.db);
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        throw errors.unavailable();
      }
      return { status: 'ok' as const, engine: ctx.store.engine, planId: ctx.plan.id, version: ctx.version, publicPortal: ctx.publicPortal.enabled };
    },
  );
};
