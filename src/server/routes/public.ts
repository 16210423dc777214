/**
 * Open data: the indicators with their latest approved values, the approved observations
 * (JSON and CSV) and the evaluation of a year on approved values. Anonymous readers get
 * them only when the operator turned the public portal on (the guard in
 * policy/public-portal.ts refuses the whole prefix otherwise); any signed-in user always.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readEvaluation } from '../commands/evaluation-read.ts';
import { toCsv, type CsvCell } from '../commands/public-csv.ts';
import { publishedIndicators, publishedObservations, type PublishedFilters } from '../commands/public-data.ts';
import { requireActor } from '../policy/require-actor.ts';
import {
  INDICATOR_CSV_HEADER, OBSERVATION_CSV_HEADER, indicatorCsvRow, observationCsvRow, presentPublicIndicator, presentPublicObservation,
} from '../presenters/public-presenter.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { EVALUATION_HEADERS_DESCRIPTION, evaluationDocumentSchema, publicEvaluationQuerySchema } from '../schemas/evaluation-schemas.ts';
import {
  csvResponse, publicIndicatorsSchema, publicObservationsQuerySchema, publicObservationsSchema,
} from '../schemas/public-schemas.ts';
import type { ServerContext } from '../server-context.ts';
import { sendEvaluation } from './evaluation.ts';

const READ_PUBLISHED = { kind: 'read', resource: { kind: 'published' } } as const;
/** Anonymous (when the portal is on), or signed in. */
const security: Record<string, string[]>[] = [{}, { session: [] }, { token: [] }];

function sendCsv(reply: FastifyReply, filename: string, header: readonly string[], rows: Iterable<readonly CsvCell[]>) {
  return reply
    .type('text/csv; charset=utf-8; header=present')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(toCsv(header, rows));
}

function filtersOf(query: { indicator?: string | undefined; region?: string | undefined; year?: number | undefined }): PublishedFilters {
  return {
    ...(query.indicator === undefined ? {} : { seriesId: query.indicator }),
    ...(query.region === undefined ? {} : { regionCode: query.region }),
    ...(query.year === undefined ? {} : { year: query.year }),
  };
}

export const publicRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['public'];
  const refusals = errorResponses(401);

  app.get(
    '/api/public/indicators.json',
    { schema: { tags, security, summary: 'The plan’s indicators with the latest approved value for the province', response: { 200: publicIndicatorsSchema, ...refusals } } },
    async (request) => {
      requireActor(request, READ_PUBLISHED);
      return { items: (await publishedIndicators(ctx.store.db, ctx.plan)).map(presentPublicIndicator) };
    },
  );

  app.get(
    '/api/public/indicators.csv',
    { schema: { tags, security, summary: 'The same as indicators.json, as CSV', response: { 200: csvResponse('Indicators, one row each'), ...refusals } } },
    async (request, reply) => {
      requireActor(request, READ_PUBLISHED);
      const items = (await publishedIndicators(ctx.store.db, ctx.plan)).map(presentPublicIndicator);
      return sendCsv(reply, 'indicators.csv', INDICATOR_CSV_HEADER, items.map(indicatorCsvRow));
    },
  );

  app.get(
    '/api/public/observations.json',
    {
      schema: {
        tags,
        security,
        summary: 'Approved observations (never drafts or pending values); demo values flagged',
        querystring: publicObservationsQuerySchema,
        response: { 200: publicObservationsSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      requireActor(request, READ_PUBLISHED);
      return { items: (await publishedObservations(ctx.store.db, ctx.plan.id, filtersOf(request.query))).map(presentPublicObservation) };
    },
  );

  app.get(
    '/api/public/observations.csv',
    {
      schema: {
        tags,
        security,
        summary: 'The same as observations.json, as CSV with a `demo` column',
        querystring: publicObservationsQuerySchema,
        response: { 200: csvResponse('Approved observations, one row each'), ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      requireActor(request, READ_PUBLISHED);
      const items = (await publishedObservations(ctx.store.db, ctx.plan.id, filtersOf(request.query))).map(presentPublicObservation);
      return sendCsv(reply, 'observations.csv', OBSERVATION_CSV_HEADER, items.map(observationCsvRow));
    },
  );

  app.get(
    '/api/public/evaluation.json',
    {
      schema: {
        tags,
        security,
        summary: 'The evaluation of a year on approved values, as `plansight evaluate --format json` gives it',
        description: EVALUATION_HEADERS_DESCRIPTION,
        querystring: publicEvaluationQuerySchema,
        response: { 200: evaluationDocumentSchema.describe(EVALUATION_HEADERS_DESCRIPTION), ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      requireActor(request, READ_PUBLISHED);
      return sendEvaluation(request, reply, await readEvaluation(ctx, request.query.year, false));
    },
  );
};
