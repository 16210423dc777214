/**
 * The open data under /api/public/: approved values only (never drafts, submissions or
 * returned values), each flagged when it is demo data. The CSV files have the same columns
 * as the JSON items, with `demo` as a true/false column rather than a comment line.
 */
import { z } from 'zod';
import { idSchema, regionCodeSchema, targetKindSchema } from '../../plan/schema.ts';
import { textSchema } from '../errors.ts';

export const publicIndicatorSchema = z.object({
  id: z.string(),
  name: textSchema,
  category: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  binding: z.boolean().describe('约束性 (true) or 预期性 (false)'),
  baseline: z.object({ year: z.number().int(), value: z.number() }).nullable().describe('The plan’s baseline (stated or derived)'),
  target: z.object({ year: z.number().int(), value: z.number().nullable(), kind: targetKindSchema }),
  latest: z
    .object({ year: z.number().int(), value: z.number(), isDemo: z.boolean() })
    .nullable()
    .describe('The latest approved yearly value for the province'),
});

export const publicObservationSchema = z.object({
  indicator: z.string().describe('Indicator or statistic id of the plan'),
  region: z.string(),
  park: z.string().nullable(),
  period: z.string().describe('2027, or 2027Q3 for a quarter'),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  kind: z.enum(['actual', 'target']),
  value: z.number(),
  unit: z.string(),
  note: z.string().nullable(),
  isDemo: z.boolean().describe('Synthetic demo data, not official statistics'),
});

export const publicObservationsQuerySchema = z
  .object({
    indicator: idSchema.optional(),
    region: regionCodeSchema.optional(),
    year: z.coerce.number().int().min(1000).max(9999).optional(),
  })
  .strict();

export const publicIndicatorsSchema = z.object({ items: z.array(publicIndicatorSchema) });
export const publicObservationsSchema = z.object({ items: z.array(publicObservationSchema) });

export const csvResponse = (description: string) => ({
  description,
  content: { 'text/csv': { schema: z.string().describe('UTF-8 with a byte-order mark, CRLF line ends, one header row') } },
});
