/**
 * The evaluation document: exactly what `plansight evaluate --format json` prints. The main
 * fields are described for clients; every object is loose, so the serialiser passes the
 * document through whole (a strict schema would drop a field the CLI prints) — the tests
 * hold the API and the CLI equal.
 */
import { z } from 'zod';
import { assignedStatuses, progressStatuses, scheduleStatuses } from '../../evaluation/statuses.ts';
import { textSchema } from '../errors.ts';

const yearValueSchema = z.looseObject({ year: z.number().int(), value: z.number() });

const indicatorEvaluationSchema = z
  .looseObject({
    id: z.string(),
    name: textSchema,
    category: z.string(),
    unit: z.string(),
    region: z.string().describe('The province code for the province rows, a region code for the regional ones'),
    baseline: yearValueSchema.nullable(),
    latest: z
      .looseObject({
        year: z.number().int(),
        value: z.number(),
        pending: z.boolean().describe('True when the value awaits approval (only with includePending=true)'),
      })
      .nullable(),
    target: z.looseObject({ year: z.number().int(), value: z.number().nullable() }),
    completionPct: z.number().nullable(),
    status: z.enum(progressStatuses).describe('UN SDG progress status'),
    schedule: z.enum(scheduleStatuses).describe('时序进度: against the required path'),
    explanation: textSchema,
  })
  .describe('One indicator in one place: baseline, latest value, target, statuses, projection, explanation');

const statusCountsShape = {
  indicators: z.number().int(),
  byStatus: z.record(z.enum(progressStatuses), z.number().int()),
  bySchedule: z.record(z.enum(scheduleStatuses), z.number().int()),
  byAssigned: z.record(z.enum(assignedStatuses), z.number().int()),
};

export const evaluationDocumentSchema = z
  .looseObject({
    plan: z.looseObject({ id: z.string(), title: textSchema }),
    year: z.number().int(),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    settings: z.looseObject({}).describe('The plan’s evaluation settings (thresholds, tolerances)'),
    indicators: z.array(indicatorEvaluationSchema).describe('One row per indicator, for the province'),
    regional: z.array(indicatorEvaluationSchema).describe('One row per indicator and region observed below the province'),
    regionalSums: z.array(z.looseObject({ indicatorId: z.string(), year: z.number().int(), mismatch: z.boolean() })),
    summary: z.looseObject(statusCountsShape).describe('Counts by status, category, tier, pole and region'),
    findings: z.array(z.looseObject({ code: z.string(), indicatorId: z.string(), message: textSchema })),
  })
  .describe('The evaluation, as `plansight evaluate --format json` prints it');

export const evaluationQuerySchema = z
  .object({
    year: z.coerce.number().int().min(1000).max(9999).describe('The evaluation year; later observations are ignored'),
    includePending: z
      .enum(['true', 'false'])
      .default('false')
      .describe('true: also count submitted values not yet approved (flagged `latest.pending`)'),
  })
  .strict();

export const publicEvaluationQuerySchema = evaluationQuerySchema.pick({ year: true }).strict();

/** Response headers that say what the evaluation rests on, beside a body equal to the CLI's. */
export const DEMO_VALUES_HEADER = 'x-plansight-demo-values';
export const PENDING_VALUES_HEADER = 'x-plansight-pending-values';

export const EVALUATION_HEADERS_DESCRIPTION =
  `The body is exactly the CLI's JSON. Response headers: \`X-Plansight-Demo-Values\` — how many of the values used are ` +
  'demo data (synthetic, not official statistics); `X-Plansight-Pending-Values` — how many are submitted but not yet approved ' +
  '(0 unless includePending=true).';
