/**
 * GET /api/evaluation?year=Y: where every target stands — the body is exactly the JSON of
 * `plansight evaluate --year Y --format json` on the same store. Approved values by default;
 * `includePending=true` also counts submitted ones (flagged `latest.pending`) and is for
 * roles that read every region. How many values were demo or pending is said in headers,
 * so the body stays the CLI's.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
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

/** The serialised body of a served evaluation, plain and gzipped: made once per cached evaluation. */
interface EvaluationBody {
  json: Buffer;
  gzip: Buffer | null;
}

const bodies = new WeakMap<ServedEvaluation, EvaluationBody>();

/**
 * The document checked against its response schema and serialised — what the route's zod
 * serialiser would do on every request — once per served evaluation, which the cache
 * (commands/evaluation-read.ts) shares between requests until the data change.
 */
function bodyOf(served: ServedEvaluation): EvaluationBody {
  let body = bodies.get(served);
  if (!body) {
    const checked = evaluationDocumentSchema.safeEncode(served.document as unknown as z.output<typeof evaluationDocumentSchema>);
    if (!checked.success) throw new Error(`the evaluation does not match its response schema: ${checked.error.message}`);
    body = { json: Buffer.from(JSON.stringify(checked.data), 'utf8'), gzip: null };
    bodies.set(served, body);
  }
  return body;
}

function acceptsGzip(request: FastifyRequest): boolean {
  const accepted = request.headers['accept-encoding'];
  if (typeof accepted !== 'string') return false;
  return accepted.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return name === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The body, with the demo and pending counts in their headers; gzipped when the client accepts it. */
export function sendEvaluation(request: FastifyRequest, reply: FastifyReply, served: ServedEvaluation): FastifyReply {
  reply.header(DEMO_VALUES_HEADER, String(served.demoValues));
  reply.header(PENDING_VALUES_HEADER, String(served.pendingValues));
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  reply.type('application/json; charset=utf-8');
  const body = bodyOf(served);
  if (acceptsGzip(request)) {
    body.gzip ??= gzipSync(body.json);
    reply.header('content-encoding', 'gzip');
    return reply.send(body.gzip);
  }
  return reply.send(body.json);
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
      return sendEvaluation(request, reply, await readEvaluation(ctx, request.query.year, includePending));
    },
  );
};
