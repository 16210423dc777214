/**
 * Request and response schemas of imports (upload → preview → commit) and of the 422
 * `invalid_file` answer. The upload itself is multipart/form-data: its schema only documents
 * the `file` part; the route reads the stream (with the upload size limit) itself.
 */
import { z } from 'zod';
import { errorEnvelopeSchema, textSchema } from '../errors.ts';
import { recordKinds, type RecordKindId } from '../../records/record-kinds.ts';
import { observationStatusSchema } from './observations-schemas.ts';

const kindIds = recordKinds.map((k) => k.id) as [RecordKindId, ...RecordKindId[]];
export const recordKindSchema = z.enum(kindIds).describe(`What the file holds: ${kindIds.join(', ')}`);

export const importQuerySchema = z.object({ kind: recordKindSchema }).strict();

/**
 * Documents the multipart body for the OpenAPI document. Validation accepts anything here
 * (the parsed multipart body is empty): the route checks the file part itself.
 */
export const uploadBodySchema = z.any().meta({
  type: 'object',
  properties: { file: { type: 'string', format: 'binary', description: 'A .csv (UTF-8 or GBK) or .xlsx file' } },
  required: ['file'],
});

export const uploadIdParamsSchema = z.object({ id: z.uuid().describe('The id the preview returned') });

const countsSchema = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const importIssueSchema = z.object({
  code: z.string().describe('Stable: not_a_number, duplicate_row, missing_column, …'),
  file: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable().describe('The header as written in the file'),
  field: z.string().nullable(),
  value: z.string().nullable(),
  expected: textSchema.nullable(),
  message: textSchema,
});

const sampleChangeSchema = z.object({
  type: z.enum(['insert', 'update']),
  key: z.string().describe('The natural key of the record'),
  row: z.number().int(),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })).describe('For updates: each field’s stored and new value'),
});

const importSummarySchema = z.object({
  id: z.string(),
  kind: recordKindSchema,
  file: z.string(),
  rowsRead: z.number().int(),
  counts: countsSchema,
  warnings: z.array(importIssueSchema).describe(`Rows imported with a warning (the first ones; see warningCount)`),
  warningCount: z.number().int(),
});

export const importPreviewSchema = importSummarySchema.extend({
  size: z.number().int().describe('Bytes uploaded'),
  sample: z.array(sampleChangeSchema).describe('The first changes the commit would make'),
  createdAt: z.string(),
  expiresAt: z.string().describe('Commit before this, or upload again'),
});

export const importCommitSchema = importSummarySchema.extend({
  status: observationStatusSchema.nullable().describe('Status of the new observations: submitted (officers) or approved (province level); null for other kinds'),
});

export const invalidFileResponse = {
  422: errorEnvelopeSchema.describe('invalid_file: the file has invalid rows; details place each (file, sheet, row, column, value, expected); nothing was written'),
};
