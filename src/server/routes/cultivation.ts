/**
 * Enterprise tier cultivation (企业梯度培育) and support policies (免申即享), as
 * `plansight enterprises …` gives them: one enterprise's assessment of every tier and the
 * policies it qualifies for (visible to whoever may read the enterprise), the pipeline of the
 * whole registry and the enterprises behind each of its counts, how many enterprises each
 * policy matches (roles that read every region), the policy book and the fact catalogue (any signed-in user).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { findEnterprise } from '../../store/registry-read.ts';
import { readPipelineMembers, readPolicyCounts } from '../commands/cultivation-lists.ts';
import { readAssessment, readFactCatalogue, readPipeline, readPolicyBook, readPolicyMatches } from '../commands/cultivation-read.ts';
import { errors } from '../errors.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentPipelineMembers } from '../presenters/cultivation-presenter.ts';
import {
  assessmentsSchema, cultivationYearQuerySchema, factCatalogueSchema, pipelineMembersQuerySchema, pipelineMembersSchema, pipelineSchema, policyBookSchema,
  policyCountsSchema, policyMatchesSchema,
} from '../schemas/cultivation-schemas.ts';
import { creditCodeParamsSchema } from '../schemas/enterprises-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { ServerContext } from '../server-context.ts';

const notFound = (creditCode: string) => errors.notFound({ zh: '企业', en: 'enterprise' }, [{ field: 'creditCode', value: creditCode }]);

export const cultivationRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['cultivation'];

  /** As GET /api/enterprises/:creditCode: decided before saying "not found". */
  async function mayRead(request: FastifyRequest, creditCode: string): Promise<void> {
    const enterprise = await findEnterprise(ctx.store.db, creditCode);
    requireUser(request, {
      kind: 'enterprise',
      access: 'read',
      enterprise: { creditCode, regionCode: enterprise?.regionCode ?? null, parkId: enterprise?.parkId ?? null },
    });
    if (!enterprise) throw notFound(creditCode);
  }

  app.get(
    '/api/enterprises/:creditCode/assessment',
    {
      schema: {
        tags,
        summary: 'One enterprise against every tier, as `plansight enterprises assess --credit-code C --year Y --format json`',
        description: 'Visible to whoever may read the enterprise: roles reading every region, its park’s officer, its own account.',
        params: creditCodeParamsSchema,
        querystring: cultivationYearQuerySchema,
        response: { 200: assessmentsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { creditCode } = request.params;
      await mayRead(request, creditCode);
      const assessments = await readAssessment(ctx.store.db, creditCode, request.query.year);
      if (!assessments) throw notFound(creditCode);
      // The assessment's interfaces have no index signature; the loose schema checks the document at run time.
      return assessments as unknown as z.output<typeof assessmentsSchema>;
    },
  );

  app.get(
    '/api/enterprises/:creditCode/policies',
    {
      schema: {
        tags,
        summary: 'The support policies (免申即享) one enterprise qualifies for, with reasons',
        description: 'Every policy, eligible or not and why, judged on 31 December of the year. Visible as the enterprise is.',
        params: creditCodeParamsSchema,
        querystring: cultivationYearQuerySchema,
        response: { 200: policyMatchesSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { creditCode } = request.params;
      await mayRead(request, creditCode);
      const matches = await readPolicyMatches(ctx.store.db, ctx.plan, creditCode, request.query.year);
      if (!matches) throw notFound(creditCode);
      return matches as unknown as z.output<typeof policyMatchesSchema>;
    },
  );

  app.get(
    '/api/cultivation/pipeline',
    {
      schema: {
        tags,
        summary: 'The tier pipeline: certified, candidates, near misses per tier, by region and cluster, against the plan’s targets',
        description: 'As `plansight enterprises pipeline --year Y --format json`. For roles that read every region.',
        querystring: cultivationYearQuerySchema,
        response: { 200: pipelineSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireUser(request, { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } });
      return (await readPipeline(ctx.store.db, ctx.plan, request.query.year)) as unknown as z.output<typeof pipelineSchema>;
    },
  );

  app.get(
    '/api/cultivation/pipeline/enterprises',
    {
      schema: {
        tags,
        summary: 'The enterprises behind one count of the pipeline: a tier’s certified, candidates, incomplete or near misses, a page at a time',
        description:
          'Filtered by region and cluster as the pipeline’s breakdowns are, so `total` equals the count shown there. Each enterprise with the ' +
          'assessment’s summary, the smallest changes that would make it pass and what a candidate still has to confirm. For roles that read every region.',
        querystring: pipelineMembersQuerySchema,
        response: { 200: pipelineMembersSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireUser(request, { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } });
      const { year, tier, category, region, cluster, page, pageSize } = request.query;
      const members = await readPipelineMembers(ctx.store.db, { year, tier, category, regionCode: region, clusterId: cluster, page, pageSize });
      return presentPipelineMembers(members, { page, pageSize });
    },
  );

  app.get(
    '/api/cultivation/policies/counts',
    {
      schema: {
        tags,
        summary: 'How many enterprises of the registry each support policy matches, per status, on 31 December of the year',
        description: 'As the `policies` of `plansight enterprises policies --year Y --format json`. For roles that read every region.',
        querystring: cultivationYearQuerySchema,
        response: { 200: policyCountsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      requireUser(request, { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } });
      return readPolicyCounts(ctx.store.db, ctx.plan, request.query.year);
    },
  );

  app.get(
    '/api/cultivation/policies',
    {
      schema: {
        tags,
        summary: 'The policy book: name, issuing body, benefit, validity, 免申即享 — examples flagged with their notice',
        response: { 200: policyBookSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireUser(request);
      return readPolicyBook();
    },
  );

  app.get(
    '/api/cultivation/facts',
    {
      schema: {
        tags,
        summary: 'The fact catalogue: confirmations, levels, numbers and expert scores the assessments may need beyond the annual figures',
        response: { 200: factCatalogueSchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      requireUser(request);
      return readFactCatalogue();
    },
  );
};
