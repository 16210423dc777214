/**
 * What a criterion measures, as data: a field of the annual figures, a sum or average over
 * the latest years, a ratio (in %), a growth rate (in %), the lowest yearly value, a fact the
 * enterprise confirms, an attribute of the enterprise, or whether it holds a certificate.
 * The formulas live in measure.ts; the numbers they are compared with live in the rule sets.
 */
import { z } from 'zod';
import { certificationKinds } from '../records/certification.ts';

export const annualFields = [
  'revenue', 'mainBusinessRevenue', 'rdExpense', 'rdExpenseDomestic', 'staff', 'rdStaff', 'stStaff', 'totalAssets',
  'totalLiabilities', 'netAssets', 'netProfit', 'highTechRevenue', 'ipClass1', 'ipClass2', 'equityFinancing',
  'nicheYears', 'nicheMarketSharePct', 'strategicEmerging',
] as const;
export type AnnualField = (typeof annualFields)[number];

/** Attributes of the enterprise record; `ageYears` is whole years from founding to the assessment date. */
export const enterpriseAttributes = ['ageYears', 'sizeClass', 'listed', 'regionCode', 'parkId', 'clusters', 'segments'] as const;
export type EnterpriseAttribute = (typeof enterpriseAttributes)[number];

/** Size classes as a level, smallest first, so `atMost: medium` reads "an SME". */
export const sizeClassLevels = ['micro', 'small', 'medium', 'large'] as const;

export type MeasureSpec =
  | { field: AnnualField; yearsBack?: number }
  | { sum: AnnualField; years: number; sinceFounded?: boolean }
  | { average: AnnualField; years: number }
  | { ratio: [MeasureRef, MeasureRef] }
  | { growth: AnnualField; periods: number }
  | { lowest: MeasureRef; years: number }
  | { fact: string }
  | { enterprise: EnterpriseAttribute }
  | { certified: (typeof certificationKinds)[number] }
  | { newlyCertified: (typeof certificationKinds)[number] };

/** A bare field name stands for that field in the latest data year. */
export type MeasureRef = AnnualField | MeasureSpec;

const annualField = z.enum(annualFields);
const years = z.number().int().min(1).max(10);
const factId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a fact id is snake_case, e.g. "no_major_violation"');

export const measureSchema: z.ZodType<MeasureSpec> = z.lazy(() =>
  z.union([
    z.object({ field: annualField, yearsBack: z.number().int().min(0).max(10).optional().describe('0 = the data year, 1 = the year before…') }).strict(),
    z.object({ sum: annualField, years, sinceFounded: z.boolean().optional().describe('Skip years before the enterprise was founded') }).strict(),
    z.object({ average: annualField, years }).strict(),
    z.object({ ratio: z.tuple([measureRefSchema, measureRefSchema]).describe('[numerator, denominator], in %') }).strict(),
    z.object({ growth: annualField, periods: years.describe('Mean of the yearly growth rates over this many years, in %') }).strict(),
    z.object({ lowest: measureRefSchema, years }).strict(),
    z.object({ fact: factId }).strict(),
    z.object({ enterprise: z.enum(enterpriseAttributes) }).strict(),
    z.object({ certified: z.enum(certificationKinds).describe('Holds a valid certificate on the assessment date') }).strict(),
    z.object({ newlyCertified: z.enum(certificationKinds).describe('Its first certificate of the kind was issued in the data year') }).strict(),
  ]),
);

export const measureRefSchema: z.ZodType<MeasureRef> = z.lazy(() => z.union([annualField, measureSchema]));
