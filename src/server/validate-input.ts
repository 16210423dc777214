/**
 * Validation of input that does not come through a route schema (the CLI calling a
 * command): the same zod schema, the same `validation_failed` error with field paths.
 */
import type { FastifySchemaValidationError } from 'fastify';
import type { z } from 'zod';
import { validationError } from './validation-errors.ts';

function asValidationIssue(issue: z.core.$ZodIssue): FastifySchemaValidationError {
  const { code, path, message, ...params } = issue;
  return { keyword: code, instancePath: `/${path.map(String).join('/')}`, schemaPath: '', message, params };
}

export function validateInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues.map(asValidationIssue), 'body');
  return result.data;
}
