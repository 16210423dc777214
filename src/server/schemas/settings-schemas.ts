/**
 * GET /api/settings — what the web app needs before anyone logs in — and the public-portal
 * switch. Nothing here is secret: it is served to anonymous readers.
 */
import { z } from 'zod';
import { textSchema } from '../errors.ts';
import { boundariesSummarySchema } from './boundaries-schemas.ts';

export const settingsSchema = z
  .object({
    publicPortal: z.boolean().describe('Anonymous readers may see the plan and published data (/api/public/*, GET /api/boundaries)'),
    publicPortalSource: z
      .enum(['default', 'admin'])
      .describe('`default`: the operator’s configuration (PLANSIGHT_PUBLIC_PORTAL); `admin`: set by an administrator at run time'),
    demoData: z.boolean().describe('The store holds demo records (synthetic enterprises or observations, not official statistics)'),
    boundaries: boundariesSummarySchema.nullable().describe('The uploaded region boundaries, or null when none were uploaded'),
    plan: z.object({
      id: z.string(),
      title: textSchema,
      baseYear: z.number().int(),
      targetYear: z.number().int(),
    }),
    dataYears: z
      .object({ first: z.number().int(), last: z.number().int() })
      .nullable()
      .describe('First and last years with approved actual values (null before any is approved)'),
    version: z.string().describe('The Plansight version'),
  })
  .describe('Settings the web app reads at start (anonymous)');

export const publicPortalBodySchema = z
  .object({
    enabled: z
      .boolean()
      .nullable()
      .describe('true: on; false: off; null: back to the operator’s default (PLANSIGHT_PUBLIC_PORTAL)'),
  })
  .strict();

export const publicPortalStateSchema = z
  .object({
    publicPortal: z.boolean(),
    publicPortalSource: z.enum(['default', 'admin']),
    updatedBy: z.string().nullable().describe('Who set it (null: the default)'),
    updatedAt: z.string().nullable(),
  })
  .describe('The switch after the change');
