/**
 * Request and response schemas of observations (one value of one indicator or statistic for
 * one region or park and period) and their audit trail. The shape checks are here; what
 * needs the plan (a known series, a park inside its region, a period within the plan years,
 * a whole number for counts) is checked by the command, naming the same fields.
 */
import { z } from 'zod';
import { idSchema, regionCodeSchema } from '../../plan/schema.ts';
import { observationStatuses, originKinds } from '../../records/observation.ts';
import { workflowActions } from '../../records/observation-workflow.ts';

export const observationStatusSchema = z.enum(observationStatuses).describe('draft, submitted, approved or returned');
export const observationKindSchema = z.enum(['actual', 'target']).describe('`actual` (实际值), or `target` (下达目标) for an indicator with yearly assigned targets');
export const periodSchema = z
  .string()
  .regex(/^\d{4}(?:Q[1-4])?$/, 'a period is a year such as 2027 or a quarter such as 2027Q3')
  .describe('A year (2027) or a quarter (2027Q3)');
const parkIdSchema = z.string().min(1).max(64).describe('A park id of the plan (园区)');
const noteSchema = z.string().trim().max(2000).describe('A note (备注), at most 2000 characters');
const valueSchema = z.number().finite().describe('The value, in the unit of the series');

export const observationIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const observationListQuerySchema = z
  .object({
    indicator: z.string().min(1).max(100).optional().describe('Indicator or statistic id'),
    region: regionCodeSchema.optional(),
    park: parkIdSchema.optional(),
    period: periodSchema.optional(),
    status: observationStatusSchema.optional(),
    kind: observationKindSchema.optional(),
    enteredBy: z.string().min(1).max(100).optional().describe('Only values this username entered or submitted (created_by or submitted_by): an officer’s own submissions'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ObservationListQuery = z.infer<typeof observationListQuerySchema>;

export const createObservationBodySchema = z
  .object({
    indicatorId: idSchema.max(100).describe('Indicator or statistic id of the plan'),
    regionCode: regionCodeSchema.describe('The region (or the province code for the province as a whole)'),
    parkId: parkIdSchema.nullable().optional().describe('A park inside the region; omit or null for the region as a whole'),
    period: periodSchema,
    kind: observationKindSchema.default('actual'),
    value: valueSchema,
    note: noteSchema.nullable().optional(),
  })
  .strict();
export type CreateObservationInput = z.infer<typeof createObservationBodySchema>;

export const updateObservationBodySchema = z
  .object({ value: valueSchema.optional(), note: noteSchema.nullable().optional() })
  .strict()
  .refine((body) => body.value !== undefined || body.note !== undefined, { message: 'give value or note' });
export type UpdateObservationInput = z.infer<typeof updateObservationBodySchema>;

export const reasonBodySchema = z
  .object({ reason: z.string().trim().min(1, 'a reason is required').max(2000).describe('Why (原因): kept in the audit trail and shown to the submitter') })
  .strict();

export const observationSchema = z.object({
  id: z.number().int(),
  planId: z.string(),
  indicatorId: z.string().describe('Indicator or statistic id'),
  regionCode: z.string(),
  parkId: z.string().nullable(),
  period: z.string(),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  kind: z.string(),
  value: z.number(),
  unit: z.string(),
  status: observationStatusSchema,
  regionApproved: z.boolean().describe('Park data: approved by the region, awaiting the province'),
  editable: z.boolean().describe('The value and note may be changed (draft or returned)'),
  originKind: z.enum(originKinds),
  originFile: z.string().nullable(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  regionApprovedBy: z.string().nullable(),
  regionApprovedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  returnedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnReason: z.string().nullable().describe('Why it was returned or reopened'),
});

export const observationPageSchema = z.object({
  items: z.array(observationSchema),
  total: z.number().int().describe('How many match the filters, on every page'),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const fieldChangeSchema = z.object({
  field: z.string(),
  old: z.unknown().describe('The value before (null when created)'),
  new: z.unknown().describe('The value after'),
});

export const historyEntrySchema = z.object({
  id: z.number().int(),
  action: z.string().describe(`create, update, or a workflow action: ${workflowActions.join(', ')}`),
  actor: z.string().describe('Username (or system actor) who made the change'),
  at: z.string(),
  origin: z.string().nullable().describe('form (browser), api (API token), import:<file>, cli, demo'),
  reason: z.string().nullable(),
  changes: z.array(fieldChangeSchema),
});
