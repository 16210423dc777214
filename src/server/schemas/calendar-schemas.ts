/** Request and response schemas of the reporting calendar (填报日历). */
import { z } from 'zod';
import { regionCodeSchema } from '../../plan/schema.ts';
import { observationStatusSchema } from './observations-schemas.ts';

const stateSchema = z.enum(['done', 'due', 'overdue']).describe('done: submitted or approved; due: not yet, before the due date; overdue: not yet, past it');

export const calendarQuerySchema = z
  .object({
    region: regionCodeSchema.optional().describe('Only this region'),
    today: z.iso.date().optional().describe('The day to judge on (YYYY-MM-DD); default: today in China Standard Time'),
  })
  .strict();

const countsShape = { done: z.number().int(), due: z.number().int(), overdue: z.number().int() };

export const calendarSchema = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      indicatorId: z.string(),
      regionCode: z.string(),
      parkId: z.string().nullable(),
      period: z.string(),
      dueOn: z.string(),
      state: stateSchema,
      observationStatus: observationStatusSchema.nullable().describe('Status of the value when one exists (drafts and returned values are not in)'),
    }),
  ),
  summary: z.array(z.object({ regionCode: z.string(), ...countsShape })).describe('Counts by region'),
  totals: z.object(countsShape),
});
