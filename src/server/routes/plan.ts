/**
 * The plan, read-only: summary, indicators, clusters with their segments, regions, poles,
 * parks, key projects and programmes — as `plan export` gives them. For every logged-in
 * user, and for anonymous readers when the public portal is on.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../errors.ts';
import { requireActor } from '../policy/require-actor.ts';
import {
  presentCluster, presentIndicator, presentPark, presentPlanSummary, presentPole, presentProgramme, presentProject, presentRegion,
} from '../presenters/plan-presenters.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { itemsOf } from '../schemas/list-schema.ts';
import { planItemSchemas, planSummarySchema } from '../schemas/plan-schemas.ts';
import type { ServerContext } from '../server-context.ts';

const READ_PLAN = { kind: 'read', resource: { kind: 'plan' } } as const;
const refusals = errorResponses(401, 403);

export const planRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const plan = ctx.planExport;
  const tags = ['plan'];

  app.get('/api/plan', { schema: { tags, summary: 'The plan: title, period, units, categories, tiers and counts', response: { 200: planSummarySchema, ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return presentPlanSummary(plan);
  });

  app.get('/api/plan/indicators', { schema: { tags, summary: 'Indicators with baselines, targets and required growth', response: { 200: itemsOf(planItemSchemas.indicator), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.indicators.map(presentIndicator) };
  });

  app.get(
    '/api/plan/indicators/:id',
    {
      schema: {
        tags,
        summary: 'One indicator',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: planItemSchemas.indicator, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      requireActor(request, READ_PLAN);
      const indicator = plan.indicators.find((i) => i.id === request.params.id);
      if (!indicator) throw errors.notFound({ zh: '指标', en: 'indicator' }, [{ field: 'id', value: request.params.id }]);
      return presentIndicator(indicator);
    },
  );

  app.get('/api/plan/clusters', { schema: { tags, summary: 'Industry clusters with their segments and targets', response: { 200: itemsOf(planItemSchemas.cluster), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.clusters.map(presentCluster) };
  });

  app.get('/api/plan/regions', { schema: { tags, summary: 'Cities and counties', response: { 200: itemsOf(planItemSchemas.region), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.regions.map(presentRegion) };
  });

  app.get('/api/plan/poles', { schema: { tags, summary: 'The poles (e.g. the three poles) and what they radiate to', response: { 200: itemsOf(planItemSchemas.pole), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.poles.map(presentPole) };
  });

  app.get('/api/plan/parks', { schema: { tags, summary: 'Parks', response: { 200: itemsOf(planItemSchemas.park), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.parks.map(presentPark) };
  });

  app.get('/api/plan/projects', { schema: { tags, summary: 'Key projects of the plan columns', response: { 200: itemsOf(planItemSchemas.project), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.projects.map(presentProject) };
  });

  app.get('/api/plan/programmes', { schema: { tags, summary: 'Programmes and safeguards with their tasks', response: { 200: itemsOf(planItemSchemas.programme), ...refusals } } }, async (request) => {
    requireActor(request, READ_PLAN);
    return { items: plan.programmes.map(presentProgramme) };
  });
};
