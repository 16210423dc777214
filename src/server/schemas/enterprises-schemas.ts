/** Request and response schemas of the enterprise registry: search, and one enterprise in full. */
import { z } from 'zod';
import { idSchema, regionCodeSchema } from '../../plan/schema.ts';
import { certificationKinds } from '../../records/certification.ts';
import { sizeClasses } from '../../records/enterprise.ts';

export const isoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD');
export const certificationKindSchema = z.enum(certificationKinds).describe('hte, tech-sme, innovative-sme, srdi-sme, little-giant, single-champion or above-size');

export const creditCodeParamsSchema = z
  .object({
    creditCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]{18}$/, 'a unified social credit code is 18 digits and capital letters')
      .describe('Unified social credit code'),
  })
  .strict();

export const enterpriseSearchQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(100).optional().describe('Part of the name or of the credit code'),
    region: regionCodeSchema.optional(),
    park: idSchema.optional(),
    cluster: idSchema.optional(),
    tier: certificationKindSchema.optional().describe('Holds a certificate of this kind valid on `at`'),
    at: isoDateSchema.optional().describe('The day tiers are judged on; default today (China time)'),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const enterpriseDetailQuerySchema = z.object({ at: enterpriseSearchQuerySchema.shape.at }).strict();

export const enterpriseSummarySchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  regionCode: z.string(),
  parkId: z.string().nullable(),
  clusters: z.array(z.string()),
  segments: z.array(z.string()),
  sizeClass: z.enum(sizeClasses).nullable(),
  listed: z.boolean(),
  isDemo: z.boolean().describe('Synthetic demo data, not a real enterprise'),
  tiers: z.array(certificationKindSchema).describe('Certificate kinds held on `at`'),
});

export const enterprisePageSchema = z.object({
  items: z.array(enterpriseSummarySchema),
  total: z.number().int().describe('How many enterprises match, over all pages'),
  page: z.number().int(),
  pageSize: z.number().int(),
  at: z.string().describe('The day tiers were judged on'),
});

const amount = z.number().nullable();

export const enterpriseAnnualSchema = z
  .object({
    year: z.number().int(),
    revenue: amount,
    mainBusinessRevenue: amount,
    rdExpense: amount,
    rdExpenseDomestic: amount,
    staff: amount,
    rdStaff: amount,
    stStaff: amount,
    totalAssets: amount,
    totalLiabilities: amount,
    netAssets: amount,
    netProfit: amount,
    highTechRevenue: amount,
    ipClass1: amount,
    ipClass2: amount,
    equityFinancing: amount,
    nicheYears: amount,
    nicheMarketSharePct: amount,
    strategicEmerging: z.boolean().nullable(),
    isDemo: z.boolean(),
    updatedAt: z.string(),
  })
  .describe('One year of figures; amounts in 万元 (10 thousand yuan)');

export const certificationSchema = z.object({
  kind: certificationKindSchema,
  certificateNo: z.string().nullable(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  valid: z.boolean().describe('Issued by `at` and not expired before it'),
  isDemo: z.boolean(),
});

export const enterpriseDetailSchema = enterpriseSummarySchema.extend({
  foundedOn: z.string().nullable(),
  updatedAt: z.string(),
  at: z.string(),
  annual: z.array(enterpriseAnnualSchema).describe('By year, oldest first'),
  certifications: z.array(certificationSchema).describe('Every certificate, by issue date, with its validity on `at`'),
});
