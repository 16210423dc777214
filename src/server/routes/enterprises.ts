/**
 * The enterprise registry: search (name or credit code; region, park, cluster, tier on a
 * day), paginated with the total; and one enterprise with its annual data and certificates.
 * Roles that read every region see every enterprise; a park officer its park's; an
 * enterprise account itself only (another code: 403).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findEnterprise } from '../../store/registry-read.ts';
import { enterpriseDossier, listEnterprises } from '../commands/enterprises-read.ts';
import { dayInChina } from '../commands/today-in-china.ts';
import { errors } from '../errors.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentEnterpriseDetail, presentEnterpriseSummary } from '../presenters/enterprises-presenter.ts';
import {
  creditCodeParamsSchema, enterpriseDetailQuerySchema, enterpriseDetailSchema, enterprisePageSchema, enterpriseSearchQuerySchema,
} from '../schemas/enterprises-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { ServerContext } from '../server-context.ts';

export const enterpriseRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['enterprises'];

  app.get(
    '/api/enterprises',
    {
      schema: {
        tags,
        summary: 'Search the enterprise registry (what your role may see), a page at a time',
        querystring: enterpriseSearchQuerySchema,
        response: { 200: enterprisePageSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const { q, region, park, cluster, tier, page, pageSize } = request.query;
      const at = request.query.at ?? dayInChina(ctx.now());
      const filters = { at, ...(q === undefined ? {} : { q }), ...(region ? { regionCode: region } : {}), ...(park ? { parkId: park } : {}), ...(cluster ? { clusterId: cluster } : {}), ...(tier ? { tier } : {}) };
      const listing = await listEnterprises(ctx.store.db, actor, filters, { page, pageSize });
      return { items: listing.rows.map((r) => presentEnterpriseSummary(r.enterprise, r.tiers)), total: listing.total, page, pageSize, at };
    },
  );

  app.get(
    '/api/enterprises/:creditCode',
    {
      schema: {
        tags,
        summary: 'One enterprise: registry data, annual figures by year, certificates with their validity',
        params: creditCodeParamsSchema,
        querystring: enterpriseDetailQuerySchema,
        response: { 200: enterpriseDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { creditCode } = request.params;
      const enterprise = await findEnterprise(ctx.store.db, creditCode);
      // Decided before saying "not found": whoever may not read it learns nothing about whether it exists.
      requireUser(request, {
        kind: 'enterprise',
        access: 'read',
        enterprise: { creditCode, regionCode: enterprise?.regionCode ?? null, parkId: enterprise?.parkId ?? null },
      });
      if (!enterprise) throw errors.notFound({ zh: '企业', en: 'enterprise' }, [{ field: 'creditCode', value: creditCode }]);
      const at = request.query.at ?? dayInChina(ctx.now());
      return presentEnterpriseDetail(await enterpriseDossier(ctx.store.db, enterprise, at), at);
    },
  );
};
