/**
 * Every route of the API. A new resource is one file in this folder (route → command →
 * presenter) and one line here.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context.ts';
import { authRoutes } from './auth.ts';
import { healthRoutes } from './health.ts';
import { planRoutes } from './plan.ts';
import { tokenRoutes } from './tokens.ts';
import { userRoutes } from './users.ts';

export async function registerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, planRoutes, userRoutes, tokenRoutes]) {
    await app.register(routes, { ctx });
  }
}
