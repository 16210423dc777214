/**
 * Response schemas of the plan resources: the plan format's own schemas (src/plan/schema.ts),
 * with the values the plan implies (resolved baselines, required growth and path, each
 * cluster's target) as `plan export` gives them.
 */
import { z } from 'zod';
import {
  categorySchema, clusterSchema, indicatorSchema, parkSchema, poleSchema, programmeSchema, projectSchema, regionCodeSchema,
  regionSchema, sourceSchema, statisticSchema, targetKindSchema, textSchema, tierSchema, unitSchema,
} from '../../plan/schema.ts';

const resolvedBaselineSchema = z
  .object({
    year: z.number().int(),
    value: z.number(),
    derived: z.boolean().describe('True when computed from the target and the growth rate, not stated by the plan'),
    origin: z.enum(['plan', 'derived']),
    source: sourceSchema.nullable(),
    method: textSchema,
  })
  .strict();

export const planIndicatorSchema = indicatorSchema
  .omit({ baseline: true })
  .extend({
    baseline: resolvedBaselineSchema.nullable(),
    targetYear: z.number().int(),
    requiredGrowthPct: z.number().nullable().describe('Constant annual growth (%) from baseline to target'),
    requiredPath: z.array(z.object({ year: z.number().int(), value: z.number() }).strict()).nullable(),
  });

export const planClusterSchema = clusterSchema.extend({
  target: z
    .object({ value: z.number(), unit: z.string(), year: z.number().int(), kind: targetKindSchema })
    .strict()
    .nullable()
    .describe('The 2030 target of the indicator measuring the cluster, when it has one'),
});

export const planSummarySchema = z.object({
  formatVersion: z.number().int(),
  id: z.string(),
  title: textSchema,
  issuer: textSchema.nullable(),
  baseYear: z.number().int(),
  targetYear: z.number().int(),
  province: z.object({ code: regionCodeSchema, name: textSchema }),
  document: z.object({ title: textSchema, sha256: z.string().nullable() }),
  industrySystem: z.object({ name: textSchema, totalIndicatorId: z.string().nullable(), source: sourceSchema }).nullable(),
  units: z.array(unitSchema),
  categories: z.array(categorySchema),
  tiers: z.array(tierSchema),
  statistics: z.array(statisticSchema),
  counts: z.object({
    indicators: z.number().int(),
    clusters: z.number().int(),
    segments: z.number().int(),
    regions: z.number().int(),
    poles: z.number().int(),
    parks: z.number().int(),
    projects: z.number().int(),
    programmes: z.number().int(),
    tasks: z.number().int(),
  }),
});

export const planItemSchemas = {
  indicator: planIndicatorSchema,
  cluster: planClusterSchema,
  region: regionSchema,
  pole: poleSchema,
  park: parkSchema,
  project: projectSchema,
  programme: programmeSchema,
};
