/**
 * The plan format: one zod schema for a whole plan. A plan folder holds several YAML
 * files, each carrying some of the top-level sections below; the loader merges them and
 * validates the result against `planSchema`. The same schema is exported as JSON Schema
 * (`schema/plan.schema.json`) for editors.
 */
import { z } from 'zod';

/** Stable identifiers: lower-case kebab words, so they read well in URLs and CSV files. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens, e.g. "digital-economy"');

/** A GB/T 2260 code of a province or a county-level unit: six digits. */
export const regionCodeSchema = z.string().regex(/^\d{6}$/, 'a region code is six digits (GB/T 2260), e.g. "460100"');

export const textSchema = z
  .object({
    zh: z.string().min(1).describe("Chinese: the plan's own words"),
    en: z.string().min(1).describe('English'),
  })
  .strict()
  .describe('A name or sentence in Chinese and English');

/**
 * Where an item comes from. `quote` is an exact phrase of the plan text, checked verbatim.
 * A fact from elsewhere (e.g. a statistical code list) names that source in `external`;
 * its quote is then not looked up in the plan text.
 */
export const sourceSchema = z
  .object({
    ref: z.string().min(1).describe('Where in the source: 表2-1, 第三章第一节·一, 专栏5, …'),
    quote: z.string().min(1).describe('The exact phrase, verbatim'),
    external: z
      .string()
      .min(1)
      .optional()
      .describe('Name of a source other than the plan text (then `quote` is not checked against the plan)'),
    unverified: z.boolean().optional().describe('True when the fact is not yet checked against an official text'),
    note: z.string().optional(),
  })
  .strict();

export const unitSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    symbol: z.string().min(1).describe('How the plan writes it: 亿元, %, 个'),
    additive: z.boolean().describe('True when regional values add up to the total (amounts, counts); false for shares'),
  })
  .strict();

export const categorySchema = z.object({ id: idSchema, name: textSchema }).strict();

export const evaluationSettingsSchema = z
  .object({
    sdgThresholds: z
      .object({
        onTrack: z.number().default(0.95),
        fair: z.number().default(0.5),
        limited: z.number().default(-0.1),
      })
      .strict()
      .default({ onTrack: 0.95, fair: 0.5, limited: -0.1 })
      .describe('UN SDG progress-assessment ratio thresholds (R = CAGR actual / CAGR required)'),
    scheduleTolerancePct: z.number().min(0).default(2).describe('Tolerance around the required path (时序进度), %'),
    baselineDeviationPct: z
      .number()
      .min(0)
      .default(5)
      .describe('An observed baseline further than this from the derived one is reported, %'),
  })
  .strict();

export const targetKindSchema = z
  .enum(['at_least', 'approximately', 'reach', 'at_most', 'assigned'])
  .describe('at_least: 以上/突破/力争; approximately: 左右; reach: 达到; at_most: 以下/控制在; assigned: 完成下达目标');

export const measurementSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('direct') }).strict(),
    z
      .object({
        kind: z.literal('ratio'),
        numerator: idSchema.describe('Statistic or indicator id of the numerator'),
        denominator: idSchema.describe('Statistic or indicator id of the denominator'),
        scale: z.number().positive().default(100).describe('100 for a percentage'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('enterprise_count'),
        certification: idSchema.describe('Tier or certification counted, e.g. hte, srdi-sme, little-giant'),
        aboveSizeOnly: z.boolean().default(false).describe('Count only enterprises above designated size (规上)'),
        cumulative: z.boolean().default(false).describe('Count every enterprise ever certified (累计), not only valid ones'),
      })
      .strict(),
  ])
  .describe('How the value is obtained: observed directly, a ratio of two statistics, or a count of enterprises');

export const indicatorSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    category: idSchema.describe('One of the plan’s categories'),
    unit: idSchema.describe('One of the plan’s units'),
    table: z
      .object({ ref: z.string().min(1), row: z.number().int().positive() })
      .strict()
      .nullable()
      .default(null)
      .describe('Row of the plan’s indicator table, or null for a target stated only in the text'),
    target: z
      .object({
        value: z.number().nullable().describe('Null only for assigned targets'),
        kind: targetKindSchema,
        year: z.number().int().optional().describe('Defaults to the plan’s target year'),
        source: sourceSchema.optional().describe('The sentence of the text that states the target, when there is one'),
      })
      .strict(),
    annualGrowthPct: z.number().nullable().default(null).describe('年均增长 % stated by the plan'),
    annualGrowthKind: z.enum(['at_least', 'reach']).optional(),
    direction: z.enum(['increase', 'decrease']).default('increase').describe('Which way is better'),
    measurement: measurementSchema.default({ kind: 'direct' }),
    baseline: z
      .object({ year: z.number().int(), value: z.number(), source: sourceSchema })
      .strict()
      .nullable()
      .default(null)
      .describe('The base-year value, only where the plan states it for the same measure'),
    binding: z.boolean().default(false).describe('约束性 (true) or 预期性 (false)'),
    note: textSchema.optional(),
    source: sourceSchema,
  })
  .strict();

export const statisticSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    unit: idSchema,
    note: textSchema.optional(),
    source: sourceSchema,
  })
  .strict()
  .describe('A series the plan needs to compute an indicator (e.g. GDP as a denominator), without a target of its own');

export const chainPositionSchema = z.enum(['upstream', 'midstream', 'downstream']);

export const chainLinkSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    position: chainPositionSchema.nullable().default(null),
    products: z.array(textSchema).default([]).describe('Products and technologies the plan names for this link'),
    source: sourceSchema,
  })
  .strict();

export const segmentSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    position: chainPositionSchema.nullable().default(null).describe('Where the plan places the segment in the chain'),
    products: z.array(textSchema).default([]),
    links: z.array(chainLinkSchema).default([]).describe('Chain links inside the segment, where the plan lists them'),
    source: sourceSchema,
  })
  .strict();

export const tierSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    minTarget: z.number().nullable().describe('Smallest 2030 revenue a cluster of this tier is meant to reach'),
    maxTarget: z.number().nullable().describe('Upper bound (exclusive), or null'),
    unit: idSchema.nullable(),
    source: sourceSchema,
  })
  .strict();

export const clusterSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    tier: idSchema,
    indicatorId: idSchema.nullable().describe('The indicator measuring the cluster’s revenue, or null'),
    goal: textSchema.optional().describe('The qualitative 2030 goal, for clusters without a number'),
    segments: z.array(segmentSchema).default([]),
    source: sourceSchema,
  })
  .strict();

export const regionSchema = z
  .object({
    code: regionCodeSchema,
    name: textSchema,
    kind: z.enum(['prefecture-city', 'county-city', 'county', 'autonomous-county']),
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    coordinatesSource: sourceSchema.describe('Where the point comes from (a city-seat coordinate, datum unspecified)'),
    source: sourceSchema,
  })
  .strict();

export const poleSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    role: textSchema.describe('What the plan makes of the pole'),
    motto: textSchema.optional(),
    core: z.array(regionCodeSchema).min(1),
    coreParks: z.array(idSchema).default([]),
    radiates: z.array(regionCodeSchema).default([]),
    clusters: z.array(idSchema).default([]).describe('Industries the pole focuses on (cluster ids)'),
    source: sourceSchema,
  })
  .strict();

export const parkSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    kind: z.enum(['zone', 'park', 'cooperation', 'base', 'platform']),
    region: regionCodeSchema.nullable().describe('The county-level unit it lies in; null when it spans several'),
    regions: z.array(regionCodeSchema).default([]).describe('All units it spans, when more than one'),
    statisticalCode: z.string().optional().describe('Code in the statistical division list, when it has one'),
    clusters: z.array(idSchema).default([]),
    focus: textSchema.optional(),
    source: sourceSchema,
  })
  .strict();

export const projectStageSchema = z
  .enum(['planned', 'advancing', 'construction', 'operating'])
  .describe('谋划 → planned; 推进/推动…落地 → advancing; (推进…)建设 → construction; 投产 → operating');

export const projectSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    column: z.number().int().positive().describe('Number of the plan column (专栏) listing it'),
    heading: z.string().min(1).describe('The heading it stands under in the column, as written'),
    clusterId: idSchema.nullable(),
    segmentId: idSchema.nullable(),
    regions: z.array(regionCodeSchema).default([]),
    parks: z.array(idSchema).default([]),
    stage: projectStageSchema,
    collective: z.boolean().default(false).describe('A group item ("一批…", "…等项目")'),
    source: sourceSchema,
  })
  .strict();

export const taskSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    column: z.number().int().positive().optional(),
    clusters: z.array(idSchema).default([]),
    parks: z.array(idSchema).default([]),
    source: sourceSchema,
  })
  .strict();

export const programmeSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    kind: z.enum(['programme', 'safeguard']).describe('工程 of the task system, or 保障举措'),
    tasks: z.array(taskSchema).default([]),
    source: sourceSchema,
  })
  .strict();

export const planSchema = z
  .object({
    id: idSchema,
    title: textSchema,
    issuer: textSchema.optional(),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    province: z.object({ code: regionCodeSchema, name: textSchema }).strict(),
    document: z
      .object({
        title: textSchema,
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .optional()
          .describe('Hash of the plan text the quotes are taken from'),
      })
      .strict(),
    settings: z
      .object({ evaluation: evaluationSettingsSchema.default(evaluationSettingsSchema.parse({})) })
      .strict()
      .default({ evaluation: evaluationSettingsSchema.parse({}) }),
    industrySystem: z
      .object({
        name: textSchema,
        totalIndicatorId: idSchema
          .nullable()
          .describe('The indicator whose target the clusters together serve (e.g. total high-tech revenue)'),
        source: sourceSchema,
      })
      .strict()
      .optional(),
    units: z.array(unitSchema).min(1),
    categories: z.array(categorySchema).min(1),
    indicators: z.array(indicatorSchema).min(1),
    statistics: z.array(statisticSchema).default([]),
    tiers: z.array(tierSchema).default([]),
    clusters: z.array(clusterSchema).default([]),
    regions: z.array(regionSchema).default([]),
    poles: z.array(poleSchema).default([]),
    parks: z.array(parkSchema).default([]),
    projects: z.array(projectSchema).default([]),
    programmes: z.array(programmeSchema).default([]),
  })
  .strict();

/** The top-level sections a plan file may carry. */
export const planSections = Object.keys(planSchema.shape) as (keyof typeof planSchema.shape)[];

export type PlanDocument = z.infer<typeof planSchema>;
export type Text = z.infer<typeof textSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Statistic = z.infer<typeof statisticSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type TargetKind = z.infer<typeof targetKindSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type ChainLink = z.infer<typeof chainLinkSchema>;
export type ChainPosition = z.infer<typeof chainPositionSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Pole = z.infer<typeof poleSchema>;
export type Park = z.infer<typeof parkSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectStage = z.infer<typeof projectStageSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type IndustrySystem = NonNullable<PlanDocument['industrySystem']>;
export type EvaluationSettings = z.infer<typeof evaluationSettingsSchema>;
