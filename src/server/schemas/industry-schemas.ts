/**
 * The enterprise registry tallied for the industry system and the map: enterprises and their
 * revenue per cluster, segment and region in one year, certificates held per region, and the
 * leading enterprises of one cluster and of each of its segments.
 */
import { z } from 'zod';
import { idSchema } from '../../plan/schema.ts';
import { certificationKindSchema } from './enterprises-schemas.ts';

export const industryYearQuerySchema = z
  .object({
    year: z.coerce
      .number()
      .int()
      .min(1000)
      .max(9999)
      .optional()
      .describe('Revenue of this year; certificates judged on 31 December of it. Default: the latest year with annual figures'),
  })
  .strict();

export const industryClusterQuerySchema = industryYearQuerySchema
  .extend({ top: z.coerce.number().int().min(1).max(20).default(3).describe('Leading enterprises listed per segment') })
  .strict();

export const industryClusterParamsSchema = z.object({ id: idSchema }).strict();

const tallyShape = {
  enterprises: z.number().int().describe('Enterprises in the registry belonging to it'),
  withRevenue: z.number().int().describe('Of them, how many reported revenue for the year'),
  revenue: z.number().nullable().describe('Their revenue in the year, 万元 (10 thousand yuan); null when none reported'),
};

export const segmentTallySchema = z.object({ segmentId: z.string(), ...tallyShape });

export const industryStructureSchema = z
  .object({
    year: z.number().int().nullable().describe('The year of the revenue figures (null: the registry holds none)'),
    at: z.string().describe('The day certificates are judged on (YYYY-MM-DD)'),
    enterprises: z.number().int().describe('Enterprises in the registry'),
    demoEnterprises: z.number().int().describe('Of them, demo data (synthetic, not official statistics)'),
    withRevenue: tallyShape.withRevenue,
    revenue: tallyShape.revenue,
    clusters: z
      .array(z.object({ clusterId: z.string(), ...tallyShape, segments: z.array(segmentTallySchema) }))
      .describe('Every cluster of the plan, in the plan’s order (an enterprise in two clusters counts in both)'),
    regions: z
      .array(
        z.object({
          regionCode: z.string(),
          ...tallyShape,
          certificates: z
            .array(z.object({ kind: certificationKindSchema, enterprises: z.number().int() }))
            .describe('Enterprises holding a valid certificate of each kind on `at` (kinds held by none are left out)'),
        }),
      )
      .describe('Every region of the plan, in the plan’s order, by the region the enterprise is registered in'),
  })
  .describe('The registry tallied by cluster, segment and region');

export const rankedEnterpriseSchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  parkId: z.string().nullable(),
  segments: z.array(z.string()),
  revenue: z.number().describe('Revenue in the year, 万元'),
  tiers: z.array(certificationKindSchema).describe('Certificate kinds held on `at`'),
  isDemo: z.boolean(),
});

export const industryClusterSchema = z
  .object({
    clusterId: z.string(),
    year: z.number().int().nullable(),
    at: z.string(),
    ...tallyShape,
    segments: z.array(segmentTallySchema.extend({ leading: z.array(rankedEnterpriseSchema).describe('The `top` largest by revenue') })),
    leading: z.array(rankedEnterpriseSchema).describe('The cluster’s ten largest enterprises by revenue in the year'),
  })
  .describe('One cluster in the registry: its enterprises and revenue, per segment, and its leading enterprises');
