/**
 * POST /api/scenario: growth assumptions in, the scenario engine's result out
 * (src/evaluation/scenario.ts), with the assumptions actually used — so an empty body
 * returns the defaults a scenario page starts its sliders from.
 */
import { z } from 'zod';
import { textSchema } from '../errors.ts';

/** Growth a year, in %: beyond these a "scenario" is a typo. */
export const GROWTH_LIMITS = { min: -50, max: 100 } as const;

const growthSchema = z.number().min(GROWTH_LIMITS.min).max(GROWTH_LIMITS.max).describe(`Growth a year, % (${GROWTH_LIMITS.min} to ${GROWTH_LIMITS.max})`);

export const scenarioBodySchema = z
  .object({
    clusterGrowthPct: z
      .record(z.string(), growthSchema)
      .optional()
      .describe('Growth a year (%) per cluster id (GET /api/plan/clusters); a cluster not given keeps its growth so far, else the growth the plan requires'),
    gdpGrowthPct: growthSchema.optional().describe('Growth a year (%) of GDP; by default its growth so far'),
    totalGrowthPct: growthSchema.optional().describe('Growth a year (%) of the industry total; by default it moves with the clusters'),
    shareDrivers: z
      .record(z.string(), z.string())
      .optional()
      .describe('Per GDP-share indicator id: what drives its numerator — a cluster id or `total`; by default its growth so far'),
    year: z.number().int().optional().describe('The year the projection starts from; by default the latest year with data'),
    includePending: z.boolean().optional().describe('Also count submitted values not yet approved (roles that read every region)'),
  })
  .strict();

export type ScenarioBody = z.infer<typeof scenarioBodySchema>;

export const scenarioAssumptionSchema = z
  .enum(['given', 'actual', 'required', 'clusters', 'driver', 'none'])
  .describe('given: from the request; actual: growth so far; required: the growth the plan requires; clusters: with the clusters’ sum; driver: its driver’s growth; none: nothing to project');

const startSchema = z.object({ year: z.number().int(), value: z.number() });

const scenarioLineSchema = z.object({
  id: z.string().describe('Cluster id, `total`, `gdp` or the share indicator’s id'),
  indicatorId: z.string().nullable(),
  name: textSchema,
  start: startSchema.nullable().describe('The value the projection grows from (latest value, else baseline)'),
  growthPct: z.number().nullable().describe('Growth a year used, %'),
  assumption: scenarioAssumptionSchema,
  projected: z.number().nullable().describe('The value in the target year'),
  target: z.number().nullable(),
  met: z.boolean().nullable(),
  gapPct: z.number().nullable().describe('(projected − target) ÷ |target|, %'),
});

export const scenarioResultSchema = z.object({
  year: z.number().int(),
  targetYear: z.number().int(),
  clusters: z.array(scenarioLineSchema).describe('One line per cluster with an indicator'),
  clustersTotal: z.object({ start: z.number(), projected: z.number(), target: z.number(), growthPct: z.number().nullable() }),
  total: scenarioLineSchema.nullable().describe('The industry system’s total indicator'),
  gdp: scenarioLineSchema.nullable(),
  shares: z.array(scenarioLineSchema).describe('Indicators measured as a share of GDP'),
  targetsMet: z.array(z.string()),
  targetsMissed: z.array(z.string()),
  assumptions: z
    .object({
      year: z.number().int(),
      yearSource: z.enum(['given', 'latest-data', 'base-year']).describe('Where the year came from'),
      includePending: z.boolean(),
      gdpGrowthPct: z.number().nullable().describe('GDP growth used (null: none could be derived and none was given)'),
      gdpAssumption: z.enum(['given', 'actual', 'none']),
    })
    .describe('The assumptions used beside those on each line'),
  growthLimits: z.object({ min: z.number(), max: z.number() }).describe('The accepted range of growth values, %'),
  values: z
    .object({ demo: z.number().int(), pending: z.number().int() })
    .describe('How many observations read were demo data, and how many are pending (0 unless includePending)'),
});
