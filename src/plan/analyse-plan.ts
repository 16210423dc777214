/**
 * The whole check of a plan, from file contents to a derived plan and its issues:
 * YAML syntax → merge → schema → references → derived values → findings → quotes.
 * Pure; `read-plan-folder.ts` supplies the files.
 */
import { derivePlan, type Plan } from './derive.ts';
import { planFindings } from './findings.ts';
import { parsePlanFiles, placeIssue, type PlanFile } from './plan-files.ts';
import { hasErrors, type PlanIssue } from './plan-issue.ts';
import { checkQuotes } from './quotes.ts';
import { checkReferences } from './references.ts';
import { validatePlanSchema } from './validate-schema.ts';

export interface PlanAnalysis {
  /** Present when the plan has no errors. */
  plan?: Plan;
  issues: PlanIssue[];
}

export interface AnalyseOptions {
  /** The plan text; when given, every quote is looked up in it. */
  text?: string;
  /** Compute findings (notes and warnings) as well as errors. Default true. */
  findings?: boolean;
}

export function analysePlan(files: readonly PlanFile[], options: AnalyseOptions = {}): PlanAnalysis {
  const parsed = parsePlanFiles(files);
  if (hasErrors(parsed.issues)) return { issues: parsed.issues };
  const validated = validatePlanSchema(parsed);
  if (!validated.plan) return { issues: [...parsed.issues, ...validated.issues] };
  const document = validated.plan;
  const place = (list: ReturnType<typeof checkReferences>) => list.map(({ issue, path }) => placeIssue(issue, path, parsed.locate));
  const issues = [...parsed.issues, ...place(checkReferences(document))];
  if (options.text !== undefined) issues.push(...place(checkQuotes(document, options.text)));
  if (hasErrors(issues)) return { issues };
  const plan = derivePlan(document);
  if (options.findings !== false) issues.push(...place(planFindings(plan)));
  return { plan, issues };
}
