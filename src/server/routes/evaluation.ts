/**
 * GET /api/evaluation?year=Y: where every target stands — the body is exactly the JSON of
 * `plansight evaluate --year Y --format json` on the same store. Approved values by default;
 * `includePending=true` also counts submitted ones (flagged `latest.pending`) and is for
 * roles that read every region. How many values were demo or pending is said in headers,
 * so the body stays the CLI's.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { readEvaluation, type ServedEvaluation } from '../commands/evaluation-read.ts';
import { requireUser } from '../policy/require-actor.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import {
  DEMO_VALUES_HEADER, EVALUATION_HEADERS_DESCRIPTION, PENDING_VALUES_HEADER, evaluationDocumentSchema, evaluationQuerySchema,
} from '../schemas/evaluation-schemas.ts';
import type { ServerContext } from '../server-context.ts';

const READ_PUBLISHED = { kind: 'read', resource: { kind: 'published' } } as const;

/** The body, with the demo and pending counts in their headers. */
export function sendEvaluation(reply: FastifyReply, served: ServedEvaluation): z.output<typeof evaluationDocumentSchema> {
  reply.header(DEMO_VALUES_HEADER, String(served.demoValues));
  reply.header(PENDING_VALUES_HEADER, String(served.pendingValues));
  // The evaluation's interfaces have no index signature; the loose schema checks the document at run time.
  return served.document as unknown as z.output<typeof evaluationDocumentSchema>;
}

export const evaluationRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/evaluation',
    {
      schema: {
        tags: ['evaluation'],
        summary: 'The evaluation of a year, as `plansight evaluate --format json` gives it',
        description:
          `Approved values only, unless includePending=true (roles that read every region). ${EVALUATION_HEADERS_DESCRIPTION}`,
        querystring: evaluationQuerySchema,
        response: { 200: evaluationDocumentSchema.describe(EVALUATION_HEADERS_DESCRIPTION), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const includePending = request.query.includePending === 'true';
      // Unapproved values of every region: only for those who read every region's data.
      requireUser(request, includePending ? { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } } : READ_PUBLISHED);
      return sendEvaluation(reply, await readEvaluation(ctx, request.query.year, includePending));
    },
  );
};
