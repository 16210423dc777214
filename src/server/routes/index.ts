/**
 * Every route of the API. A new resource is one file in this folder (route → command →
 * presenter) and one line here.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context.ts';
import { authRoutes } from './auth.ts';
import { enterpriseRoutes } from './enterprises.ts';
import { evaluationRoutes } from './evaluation.ts';
import { calendarRoutes } from './calendar.ts';
import { cultivationRoutes } from './cultivation.ts';
import { healthRoutes } from './health.ts';
import { importRoutes } from './imports.ts';
import { industryRoutes } from './industry.ts';
import { observationRoutes } from './observations.ts';
import { planRoutes } from './plan.ts';
import { projectRoutes } from './projects.ts';
import { publicRoutes } from './public.ts';
import { reportRoutes } from './reports.ts';
import { boundaryRoutes } from './boundaries.ts';
import { scenarioRoutes } from './scenario.ts';
import { settingRoutes } from './settings.ts';
import { templateRoutes } from './templates.ts';
import { tokenRoutes } from './tokens.ts';
import { userRoutes } from './users.ts';

export async function registerRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, planRoutes, userRoutes, tokenRoutes, observationRoutes, importRoutes, templateRoutes, calendarRoutes, evaluationRoutes, enterpriseRoutes, cultivationRoutes, projectRoutes, publicRoutes, reportRoutes]) {
    await app.register(routes, { ctx });
  }
  await app.register(settingRoutes, { ctx });
  await app.register(boundaryRoutes, { ctx });
  await app.register(scenarioRoutes, { ctx });
  await app.register(industryRoutes, { ctx });
}
