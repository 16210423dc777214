/**
 * The policy format (policies/*.yaml): an enterprise-support policy (惠企政策) as data —
 * who issues it, what it gives, when it is valid, whether it is granted without
 * application (免申即享), and who is eligible, written with the same conditions as the
 * rule sets (annual figures, certificates, enterprise attributes, confirmed facts).
 */
import { z } from 'zod';
import { idSchema, textSchema } from '../plan/schema.ts';
import { conditionCriterionSchema, isoDate } from './rule-set-schema.ts';

export const policySchema = z
  .object({
    id: idSchema,
    example: z.boolean().describe('True for the examples shipped with Plansight: not a real policy; an operator replaces it'),
    notice: textSchema.optional().describe('Shown wherever the policy is shown; required for examples'),
    name: textSchema,
    issuedBy: textSchema,
    benefit: textSchema.describe('What the enterprise receives'),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
    autoGrant: z.boolean().describe('免申即享: granted without application to every eligible enterprise'),
    basis: z
      .object({ ref: z.string().min(1), quote: z.string().min(1).describe("The plan's own words, verbatim") })
      .strict()
      .optional()
      .describe('The measure of the plan the policy carries out'),
    eligibility: z.array(conditionCriterionSchema).min(1).describe('Every condition must hold'),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
