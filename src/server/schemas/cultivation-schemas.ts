/**
 * Enterprise tier cultivation: the assessment, policy-match and pipeline documents are the
 * CLI's JSON (`plansight enterprises … --format json`). Their main fields are described; every
 * object is loose, so the serialiser passes the document through whole — the tests hold the
 * API and the CLI equal.
 */
import { z } from 'zod';
import { tierIds } from '../../cultivation/tiers.ts';
import { idSchema, regionCodeSchema } from '../../plan/schema.ts';
import { textSchema } from '../errors.ts';

export const cultivationYearQuerySchema = z
  .object({ year: z.coerce.number().int().min(1000).max(9999).describe('Figures up to this year, judged on 31 December of it (the rule set in force that day)') })
  .strict();

const looseList = (description: string) => z.array(z.looseObject({})).describe(description);

export const assessmentSchema = z
  .looseObject({
    creditCode: z.string(),
    tier: z.string().describe('hte, tech-sme, innovative-sme, srdi-sme, little-giant'),
    tierName: textSchema,
    date: z.string().describe('The day judged on (YYYY-12-31)'),
    dataYear: z.number().int(),
    ruleSet: z.looseObject({}).nullable().describe('The rule set in force: id, name, document, issuedBy, effectiveFrom, effectiveTo, unverified, basis'),
    carriedFrom: z.looseObject({}).nullable().describe('The rule set whose criteria this one carries over (sameAs), if any'),
    unverified: z.boolean().describe('True when a criterion used is marked 待核实 / unverified'),
    certified: z.boolean().describe('Holds a valid certificate of the tier on the date'),
    status: z.enum(['passed', 'to-confirm', 'incomplete', 'failed', 'no-rule-set']),
    passed: z.boolean(),
    score: z.number().nullable(),
    scoreUpTo: z.number().nullable(),
    passScore: z.looseObject({}).nullable().describe('The pass score of a score group: { comparator, value }'),
    criteria: looseList('Every criterion: id, name, group, dimension, kind, applicable, passed, value, unit, comparator, threshold, points, pointsUpTo, maxPoints, next, missing, explanation, unverified, note'),
    missing: looseList('What the assessment needed and did not have: kind, field or fact, year, name'),
    changes: looseList('The smallest changes that would make it pass: group, criterionId, kind, message, missing'),
    nearMiss: z.boolean(),
    outOfScope: z.boolean(),
    summary: textSchema,
  })
  .describe('One tier: status, score, every criterion, direct paths, what is missing, the smallest change (also dimensions, groups, directPath, directPaths, note)');

export const assessmentsSchema = z
  .array(assessmentSchema)
  .describe('Every tier with a rule set, in ladder order — exactly `plansight enterprises assess --credit-code C --year Y --format json`');

export const policyMatchesSchema = z
  .looseObject({
    creditCode: z.string(),
    date: z.string(),
    dataYear: z.number().int(),
    eligible: z.array(z.string()).describe('Ids of the policies it qualifies for'),
    matches: z
      .array(
        z.looseObject({
          policyId: z.string(),
          policyName: textSchema,
          status: z.enum(['eligible', 'to-confirm', 'incomplete', 'not-eligible', 'not-in-force']),
          eligible: z.boolean(),
          autoGrant: z.boolean().describe('免申即享: granted without application'),
          example: z.boolean().describe('An example shipped with Plansight, not a policy in force'),
          reasons: looseList('Each condition: as the criteria of an assessment'),
          missing: looseList('What is missing to decide'),
          explanation: textSchema,
        }),
      )
      .describe('Every policy, as `plansight enterprises policies --credit-code C --format json` lists them (also creditCode, enterpriseName, date, dataYear)'),
  })
  .describe('The support policies (免申即享) one enterprise qualifies for, and why not for the others');

export const pipelineSchema = z
  .looseObject({
    date: z.string(),
    dataYear: z.number().int(),
    enterprises: z.number().int(),
    demoEnterprises: z.number().int().describe('Of them, demo data (synthetic, not official statistics)'),
    tiers: looseList(
      'Per tier: tier, name, ruleSet, carriedFrom, unverified, total, byRegion [{ regionCode, name, counts }], byCluster [{ clusterId, name, counts }]; ' +
        'counts are { certified, candidates, confirmed, incomplete, nearMisses }',
    ),
    targets: looseList('The plan’s enterprise-count targets: indicatorId, name, spec, current, candidates, withCandidates, target, targetYear, gapAfterCandidates, neededPerYear'),
  })
  .describe('The tier funnel — exactly `plansight enterprises pipeline --year Y --format json`');

export const policyBookSchema = z.object({
  policies: z.array(
    z.object({
      id: z.string(),
      example: z.boolean().describe('True for the examples shipped with Plansight: not a real policy (see notice)'),
      notice: textSchema.nullable().describe('Shown wherever the policy is shown; always given for examples'),
      name: textSchema,
      issuedBy: textSchema,
      benefit: textSchema.describe('What the enterprise receives'),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      autoGrant: z.boolean().describe('免申即享: granted without application to every eligible enterprise'),
      basis: z.object({ ref: z.string(), quote: z.string() }).nullable().describe('The measure of the plan the policy carries out'),
    }),
  ),
});

export const memberCategories = ['certified', 'candidate', 'incomplete', 'near-miss'] as const;

export const pipelineMembersQuerySchema = cultivationYearQuerySchema
  .extend({
    tier: z.enum(tierIds).describe('The tier: hte, tech-sme, innovative-sme, srdi-sme, little-giant or single-champion'),
    category: z
      .enum(memberCategories)
      .describe('certified (a valid certificate), candidate (meets the criteria, maybe to confirm), incomplete (missing figures), near-miss (one change short)'),
    region: regionCodeSchema.optional(),
    cluster: idSchema.optional().describe('An enterprise in two clusters is listed under both, as the pipeline counts it'),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();

export const pipelineMembersSchema = z
  .object({
    date: z.string(),
    dataYear: z.number().int(),
    tier: z.enum(tierIds),
    category: z.enum(memberCategories),
    total: z.number().int().describe('How many enterprises of the category, over all pages — the pipeline’s count for the same filter'),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(
      z.object({
        creditCode: z.string(),
        name: z.string(),
        regionCode: z.string(),
        parkId: z.string().nullable(),
        clusters: z.array(z.string()),
        isDemo: z.boolean(),
        status: z.enum(['passed', 'to-confirm', 'incomplete', 'failed', 'no-rule-set']),
        score: z.number().nullable(),
        nearMiss: z.boolean(),
        summary: textSchema.describe('The assessment in one sentence'),
        changes: z
          .array(z.object({ criterionId: z.string().nullable(), kind: z.string(), message: textSchema }))
          .describe('The smallest changes that would make it pass (one for a near miss)'),
        toConfirm: z.array(textSchema).describe('What a candidate still has to confirm (empty when it passes on the data given)'),
      }),
    ),
  })
  .describe('The enterprises behind one count of the tier pipeline');

const policyStatusCounts = z.object({
  eligible: z.number().int(),
  'to-confirm': z.number().int(),
  incomplete: z.number().int(),
  'not-eligible': z.number().int(),
  'not-in-force': z.number().int(),
});

export const policyCountsSchema = z
  .object({
    date: z.string(),
    dataYear: z.number().int(),
    enterprises: z.number().int(),
    demoEnterprises: z.number().int().describe('Of them, demo data (synthetic, not official statistics)'),
    policies: z.array(
      z.object({
        policyId: z.string(),
        name: textSchema,
        autoGrant: z.boolean(),
        example: z.boolean(),
        counts: policyStatusCounts.describe('Enterprises of the registry per status on 31 December of the year'),
      }),
    ),
  })
  .describe('How many enterprises each support policy matches — the `policies` of `plansight enterprises policies --year Y --format json`');

export const factCatalogueSchema = z
  .object({
    facts: z.array(
      z.object({
        id: z.string(),
        type: z.enum(['confirmation', 'level', 'number', 'points']),
        name: textSchema,
        levels: z.array(z.object({ id: z.string(), name: textSchema })).nullable().describe('A level fact’s levels, lowest first'),
        unit: z.string().nullable().describe('A number fact’s unit'),
        max: z.number().nullable().describe('An expert score’s maximum'),
      }),
    ),
  })
  .describe('The facts the annual figures do not hold (rulesets/facts.yaml): what an enterprise or an officer confirms');
