/**
 * POST /api/scenario: what-if — growth assumptions per cluster (and GDP, the total, what
 * drives each GDP share) projected to the target year on the store's observations, read as
 * GET /api/evaluation reads them and with the same rule for pending values. Signed-in users
 * only: a what-if is a working tool, not published data. A POST because the assumptions are
 * a document; it changes nothing (machine clients still need a token with the write scope,
 * as for every POST).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { runServedScenario } from '../commands/scenario-run.ts';
import { requireUser } from '../policy/require-actor.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { DEMO_VALUES_HEADER, PENDING_VALUES_HEADER } from '../schemas/evaluation-schemas.ts';
import { scenarioBodySchema, scenarioResultSchema } from '../schemas/scenario-schemas.ts';
import type { ServerContext } from '../server-context.ts';

const READ_PUBLISHED = { kind: 'read', resource: { kind: 'published' } } as const;

export const scenarioRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.post(
    '/api/scenario',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'What-if: growth assumptions projected to the target year (an empty body gives the defaults)',
        description:
          '情景推演：按各集群（及 GDP、总量）的年均增速假设推算到目标年，判断各目标能否实现。未给出的假设取迄今实际增速，否则取规划所需增速；' +
          '每一行给出所用增速与假设来源（assumption），空请求体即返回默认值。数据与 GET /api/evaluation 相同（默认只用已审核数据；includePending 仅限可查看全部地区的角色）。' +
          `响应头 ${DEMO_VALUES_HEADER} / ${PENDING_VALUES_HEADER} 与评估接口相同。`,
        body: scenarioBodySchema,
        response: { 200: scenarioResultSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const includePending = request.body.includePending === true;
      // Unapproved values of every region: only for those who read every region's data (as GET /api/evaluation).
      requireUser(request, includePending ? { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } } : READ_PUBLISHED);
      const served = await runServedScenario(ctx, request.body);
      reply.header(DEMO_VALUES_HEADER, String(served.values.demo));
      reply.header(PENDING_VALUES_HEADER, String(served.values.pending));
      return served;
    },
  );
};
