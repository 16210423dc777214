/**
 * Schema validation of a merged plan, with every zod issue turned into a PlanIssue that
 * names the file, line and field and says what was expected, in Chinese and English.
 */
import type { z } from 'zod';
import { planSchema, type PlanDocument } from './schema.ts';
import { placeIssue, type ParsedPlanFiles } from './plan-files.ts';
import { formatPath, type PlanIssue } from './plan-issue.ts';

export function validatePlanSchema(parsed: ParsedPlanFiles): { plan?: PlanDocument; issues: PlanIssue[] } {
  const result = planSchema.safeParse(parsed.merged, { reportInput: true });
  if (result.success) return { plan: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    // An unknown key is best shown at the key itself, not at its parent.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    return placeIssue({ severity: 'error', code: 'schema', message: describe(issue) }, at, parsed.locate);
  });
  return { issues };
}

function describe(issue: z.core.$ZodIssue): PlanIssue['message'] {
  const field = formatPath(issue.path as PropertyKey[]) || '(plan)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { zh: `缺少必填字段 ${field}（应为 ${issue.expected}）`, en: `missing required field ${field} (expected ${issue.expected})` }
        : {
            zh: `字段 ${field} 类型错误：应为 ${issue.expected}，实际为 ${JSON.stringify(issue.input)}`,
            en: `field ${field} has the wrong type: expected ${issue.expected}, got ${JSON.stringify(issue.input)}`,
          };
    case 'unrecognized_keys':
      return {
        zh: `字段 ${field} 含未知键：${issue.keys.join(', ')}`,
        en: `unknown key(s) in ${field}: ${issue.keys.join(', ')}`,
      };
    case 'invalid_value':
      return {
        zh: `字段 ${field} 的值无效：应为 ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`,
        en: `invalid value for ${field}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`,
      };
    case 'invalid_union':
      return {
        zh: `字段 ${field} 不符合任一允许的形式：${issue.message}`,
        en: `${field} matches none of the allowed shapes: ${issue.message}`,
      };
    default:
      return { zh: `字段 ${field}：${issue.message}`, en: `${field}: ${issue.message}` };
  }
}
