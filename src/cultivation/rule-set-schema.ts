/**
 * The rule-set format: one YAML file per issuing document (rulesets/*.yaml), validated by
 * this zod schema; the types derive from it and the JSON Schema for editors too. Every
 * threshold, band, point, pass score and direct path is data here, so an official can
 * correct a number without touching code.
 */
import { z } from 'zod';
import { idSchema, textSchema } from '../plan/schema.ts';
import { comparatorCount, comparatorShape } from './comparator.ts';
import { measureSchema } from './measure-schema.ts';
import { tierIds } from './tiers.ts';
import { unitIds } from './units.ts';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const exactlyOne = { message: 'give exactly one of atLeast, above, atMost, below, is, in' };
const atMostOne = { message: 'give at most one of atLeast, above, atMost, below, is, in' };

export const ruleSourceSchema = z
  .object({
    ref: z.string().min(1).describe('Where in the document: 第十一条（四）, 附件2…'),
    quote: z.string().min(1).optional().describe('The exact words of the document, when at hand'),
  })
  .strict();

/** Per-item confidence: `unverified` items show that mark wherever they are used. */
const annotations = {
  unverified: z.boolean().optional().describe('True when the item is not checked against the official text'),
  note: textSchema.optional(),
  source: ruleSourceSchema.optional(),
};

export const conditionSchema = z
  .object({
    measure: measureSchema,
    name: textSchema.optional().describe('How the condition reads in explanations (a default is made from the measure)'),
    unit: z.enum(unitIds).optional(),
    ...comparatorShape,
  })
  .strict()
  .refine((c) => comparatorCount(c) === 1, exactlyOne);

const pointsCaseSchema = z
  .object({
    points: z.number().min(0),
    pointsUpTo: z.number().min(0).optional().describe('Upper end of an expert-scored band (the lower end `points` is counted)'),
    when: z.array(conditionSchema).min(1).optional().describe('Further conditions, all of which must hold'),
    ...comparatorShape,
  })
  .strict()
  .refine((c) => comparatorCount(c) <= 1, atMostOne)
  .describe('A band: the first case that holds gives its points; none → 0');

const bandSchema = z
  .object({ upTo: z.number().optional().describe('This band covers values up to and including this (the last band has none)'), ...comparatorShape })
  .strict()
  .refine((b) => comparatorCount(b) === 1, exactlyOne);

const requirementSchema = z.union([
  z.object(comparatorShape).strict().refine((c) => comparatorCount(c) === 1, exactlyOne),
  z
    .object({
      by: measureSchema.describe('The measure whose band picks the threshold (e.g. the latest sales)'),
      byName: textSchema,
      bands: z.array(bandSchema).min(2),
    })
    .strict()
    .describe('A threshold that depends on a band of another measure'),
]);

const criterionBase = {
  id: idSchema,
  name: textSchema.optional().describe('Defaults to the fact’s name for confirmations and assessed points'),
  unit: z.enum(unitIds).optional().describe('Defaults from the measure'),
  appliesWhen: z.array(conditionSchema).min(1).optional().describe('The criterion applies only when all of these hold'),
  scope: z.boolean().optional().describe('A scope condition (size caps…): failing it is not a near miss'),
  ...annotations,
};

const thresholdSchema = z.object({ ...criterionBase, kind: z.literal('threshold'), measure: measureSchema, require: requirementSchema }).strict();
const confirmationSchema = z.object({ ...criterionBase, kind: z.literal('confirmation'), fact: z.string() }).strict();
const anyOfSchema = z.object({ ...criterionBase, kind: z.literal('any-of'), conditions: z.array(conditionSchema).min(2) }).strict();
const pointsSchema = z
  .object({ ...criterionBase, kind: z.literal('points'), dimension: idSchema, measure: measureSchema, points: z.array(pointsCaseSchema).min(1) })
  .strict();
const optionSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    unit: z.enum(unitIds).optional(),
    optional: z.boolean().optional().describe('Counted only when its data is given (never listed as missing)'),
    measure: measureSchema,
    points: z.array(pointsCaseSchema).min(1),
  })
  .strict();
const bestOfSchema = z.object({ ...criterionBase, kind: z.literal('best-of'), dimension: idSchema, options: z.array(optionSchema).min(2) }).strict();
const assessedPointsSchema = z
  .object({ ...criterionBase, kind: z.literal('assessed-points'), dimension: idSchema, fact: z.string().describe('A `points` fact of the catalogue') })
  .strict();

export const criterionSchema = z.discriminatedUnion('kind', [thresholdSchema, confirmationSchema, anyOfSchema, pointsSchema, bestOfSchema, assessedPointsSchema]);
/** Conditions only (no points): what a policy's eligibility is made of. */
export const conditionCriterionSchema = z.discriminatedUnion('kind', [thresholdSchema, confirmationSchema, anyOfSchema]);

export const directPathSchema = z
  .object({ id: idSchema, name: textSchema, when: z.array(conditionSchema).min(1).describe('All must hold'), ...annotations })
  .strict();

export const dimensionSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    max: z.number().positive(),
    minimum: z.object({ atLeast: z.number().optional(), above: z.number().optional() }).strict().optional().describe('A mandatory minimum of this dimension'),
  })
  .strict();

export const groupSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    rule: z.enum(['all', 'any', 'score']).describe('all: every criterion; any: one of them; score: points reach `pass`'),
    pass: z.object({ atLeast: z.number().optional(), above: z.number().optional() }).strict().optional().describe('Pass score (score groups)'),
    dimensions: z.array(dimensionSchema).optional().describe('Score groups: the dimensions points are counted in'),
    criteria: z.array(criterionSchema).min(1),
    directPaths: z.array(directPathSchema).optional().describe('Any one of these satisfies the group whatever its criteria say'),
    note: textSchema.optional(),
  })
  .strict();

const tierRulesSchema = z
  .object({ tier: z.enum(tierIds), name: textSchema, groups: z.array(groupSchema).min(1), ...annotations })
  .strict();
const carriedTierSchema = z
  .object({
    tier: z.enum(tierIds),
    name: textSchema,
    sameAs: z.object({ ruleSet: idSchema, tier: z.enum(tierIds) }).strict().describe('The criteria of another rule set, carried over'),
    ...annotations,
  })
  .strict();

export const ruleSetSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    document: z.string().min(1).describe('The issuing document’s number, e.g. 国科发火〔2016〕32号'),
    issuedBy: textSchema,
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().describe('Last day in force; null while in force'),
    confidence: z.object({ unverified: z.boolean(), basis: textSchema }).strict().describe('Where the numbers come from and how sure they are'),
    tiers: z.array(z.union([tierRulesSchema, carriedTierSchema])).min(1),
  })
  .strict();

export type RuleSource = z.infer<typeof ruleSourceSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type PointsCase = z.infer<typeof pointsCaseSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type ConditionCriterion = z.infer<typeof conditionCriterionSchema>;
export type BestOfOption = z.infer<typeof optionSchema>;
export type DirectPath = z.infer<typeof directPathSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Group = z.infer<typeof groupSchema>;
export type TierRulesDocument = z.infer<typeof tierRulesSchema>;
export type CarriedTierDocument = z.infer<typeof carriedTierSchema>;
export type RuleSetDocument = z.infer<typeof ruleSetSchema>;
