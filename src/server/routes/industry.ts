/**
 * The industry system and the map read the enterprise registry through these: every cluster,
 * segment and region with its enterprises and revenue in a year, and one cluster's leading
 * enterprises. Tallies of the whole registry: for roles that read every region (as the
 * cultivation pipeline).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readIndustryCluster, readIndustryStructure } from '../commands/industry-read.ts';
import { errors } from '../errors.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentIndustryCluster, presentIndustryStructure } from '../presenters/industry-presenter.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import {
  industryClusterParamsSchema, industryClusterQuerySchema, industryClusterSchema, industryStructureSchema, industryYearQuerySchema,
} from '../schemas/industry-schemas.ts';
import type { ServerContext } from '../server-context.ts';

export const industryRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['industry'];
  const readsEveryRegion = { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } } as const;

  app.get(
    '/api/industry/structure',
    {
      schema: {
        tags,
        summary: 'The enterprise registry tallied by cluster, segment and region: enterprises, revenue, certificates',
        description: 'For roles that read every region. Every cluster, segment and region of the plan is listed, with zeros where the registry has nobody.',
        querystring: industryYearQuerySchema,
        response: { 200: industryStructureSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireUser(request, readsEveryRegion);
      return presentIndustryStructure(await readIndustryStructure(ctx.store.db, ctx.plan, request.query.year, ctx.now()));
    },
  );

  app.get(
    '/api/industry/clusters/:id',
    {
      schema: {
        tags,
        summary: 'One cluster in the registry: enterprises and revenue per segment, the leading enterprises overall and per segment',
        description: 'For roles that read every region. Enterprises without revenue figures for the year are counted but not ranked.',
        params: industryClusterParamsSchema,
        querystring: industryClusterQuerySchema,
        response: { 200: industryClusterSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireUser(request, readsEveryRegion);
      const cluster = ctx.plan.clusters.find((c) => c.id === request.params.id);
      if (!cluster) throw errors.notFound({ zh: '产业集群', en: 'cluster' }, [{ field: 'id', value: request.params.id }]);
      return presentIndustryCluster(await readIndustryCluster(ctx.store.db, cluster, request.query.year, request.query.top, ctx.now()));
    },
  );
};
