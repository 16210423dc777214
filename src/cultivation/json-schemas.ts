/** The rule-set, fact-catalogue and policy formats as JSON Schema, for editors (yaml-language-server) — derived from the zod schemas. */
import { z } from 'zod';
import { factCatalogueSchema } from './facts.ts';
import { policySchema } from './policy-schema.ts';
import { ruleSetSchema } from './rule-set-schema.ts';

type JsonSchema = Record<string, unknown>;

function toJson(schema: z.ZodType, id: string, title: string, description: string): JsonSchema {
  return { ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema), $id: `https://plansight.dev/schema/${id}`, title, description };
}

/** File name → schema: rulesets/rule-set.schema.json, rulesets/facts.schema.json, policies/policy.schema.json. */
export function cultivationJsonSchemas(): { ruleSet: JsonSchema; facts: JsonSchema; policy: JsonSchema } {
  return {
    ruleSet: toJson(ruleSetSchema, 'rule-set.schema.json', 'Plansight rule set', 'The criteria of enterprise tiers under one issuing document (rulesets/*.yaml).'),
    facts: toJson(factCatalogueSchema, 'facts.schema.json', 'Plansight fact catalogue', 'Confirmations, levels and expert points the criteria use (rulesets/facts.yaml).'),
    policy: toJson(policySchema, 'policy.schema.json', 'Plansight enterprise-support policy', 'One policy and its eligibility (policies/*.yaml).'),
  };
}
