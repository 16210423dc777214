/**
 * The plan schema as JSON Schema, for editors (yaml-language-server) and other tools.
 * `plan.schema.json` describes a whole merged plan; `plan-file.schema.json` one file of a
 * plan folder, which may carry any subset of the sections.
 */
import { z } from 'zod';
import { planSchema } from './schema.ts';

type JsonSchema = Record<string, unknown>;

export function planJsonSchema(): JsonSchema {
  // Input mode: fields with defaults may be left out of the YAML.
  const schema = z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    ...schema,
    $id: 'https://plansight.dev/schema/plan.schema.json',
    title: 'Plansight plan',
    description: 'A development plan as data: all sections of a plan folder merged.',
  };
}

export function planFileJsonSchema(): JsonSchema {
  // Same definitions, but no section is required: a file carries any subset of them.
  const rest = { ...planJsonSchema() };
  delete rest.required;
  return {
    ...rest,
    $id: 'https://plansight.dev/schema/plan-file.schema.json',
    title: 'Plansight plan file',
    description: 'One YAML file of a plan folder: any subset of the plan sections.',
  };
}
