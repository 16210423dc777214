/** Request and response schemas of key projects: the plan's list joined with what has happened to each. */
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR } from '../../ingest/parse-date.ts';
import { MAX_INVESTMENT } from '../../records/project-progress.ts';
import { idSchema, projectStageSchema, regionCodeSchema, sourceSchema, textSchema } from '../../plan/schema.ts';
import { isoDateSchema } from './enterprises-schemas.ts';

export const projectListQuerySchema = z
  .object({
    column: z.coerce.number().int().positive().optional().describe('Plan column (专栏) number'),
    cluster: idSchema.optional(),
    region: regionCodeSchema.optional(),
    park: idSchema.optional(),
    stage: projectStageSchema.optional().describe('The current stage (latest progress, else the plan’s)'),
    delayed: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const projectParamsSchema = z.object({ id: idSchema }).strict();
export const progressParamsSchema = z.object({ id: idSchema, year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR) }).strict();
export const milestoneParamsSchema = z.object({ id: idSchema, name: z.string().trim().min(1).max(200).describe('The milestone’s name') }).strict();

// The same bound as the import's (one rule, whichever way the figure arrives).
const investment = z.number().min(0).max(MAX_INVESTMENT).nullable().default(null).describe('亿元 (100 million yuan)');

export const progressBodySchema = z
  .object({
    stage: projectStageSchema,
    plannedInvestment: investment,
    completedInvestment: investment,
    startOn: isoDateSchema.nullable().default(null),
    completionOn: isoDateSchema.nullable().default(null),
    note: z.string().trim().max(1000).nullable().default(null),
  })
  .strict()
  .refine((b) => b.startOn === null || b.completionOn === null || b.completionOn >= b.startOn, {
    message: 'completionOn cannot come before startOn',
    path: ['completionOn'],
  })
  .describe('The year’s whole record: a field left out is cleared');

export const milestoneBodySchema = z
  .object({
    dueOn: isoDateSchema,
    doneOn: isoDateSchema.nullable().default(null).describe('Null while not done'),
  })
  .strict();

export const progressSchema = z.object({
  year: z.number().int(),
  stage: projectStageSchema,
  plannedInvestment: z.number().nullable(),
  completedInvestment: z.number().nullable(),
  startOn: z.string().nullable(),
  completionOn: z.string().nullable(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export const milestoneSchema = z.object({
  name: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean().describe('Due before today (China time) and not done'),
  isDemo: z.boolean(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export const projectDelaySchema = z.object({
  investmentBehind: z.boolean().describe('Completed investment below 60 % of planned in the latest year'),
  completionPct: z.number().nullable().describe('Completed in % of planned, latest year'),
  overdueMilestones: z.number().int(),
});

export const projectSummarySchema = z.object({
  id: z.string(),
  name: textSchema,
  column: z.number().int(),
  heading: z.string(),
  clusterId: z.string().nullable(),
  segmentId: z.string().nullable(),
  regions: z.array(z.string()),
  parks: z.array(z.string()),
  collective: z.boolean(),
  planStage: projectStageSchema.describe('The stage the plan states'),
  stage: projectStageSchema.describe('The latest reported stage, else the plan’s'),
  latest: progressSchema.nullable().describe('The latest year reported'),
  delayed: z.boolean().describe('Completed investment below 60 % of planned, or a milestone overdue'),
  delay: projectDelaySchema,
  milestones: z.array(milestoneSchema),
});

export const projectDetailSchema = projectSummarySchema.extend({
  source: sourceSchema,
  progress: z.array(progressSchema).describe('Every year reported, oldest first'),
});

export const projectWriteResultSchema = z.object({
  created: z.boolean().describe('True when the record did not exist before'),
  changed: z.array(z.string()).describe('The fields that changed; empty when the write changed nothing'),
  project: projectDetailSchema,
});

export const projectHistorySchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      entity: z.enum(['project-progress', 'milestone']),
      entityKey: z.string().describe('plan|project|year or plan|project|milestone name'),
      action: z.string(),
      changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).describe('field → [old, new]'),
      actor: z.string(),
      at: z.string(),
      reason: z.string().nullable(),
      origin: z.string().nullable(),
    }),
  ),
});
