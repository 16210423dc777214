/**
 * What checking a plan can report. Errors make a plan unusable; warnings and notes are
 * findings a planner would want to see (the plan still loads).
 */
import type { Text } from './schema.ts';

export type Severity = 'error' | 'warning' | 'note';

export interface PlanIssue {
  severity: Severity;
  /** Stable machine-readable code, e.g. `schema`, `unknown_reference`, `quote_not_found`. */
  code: string;
  message: Text;
  /** The plan file (relative to the plan folder) and the place in it, when known. */
  file?: string;
  line?: number;
  column?: number;
  /** Path of the field inside the merged plan, e.g. `indicators[3].target.value`. */
  path?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function hasErrors(issues: readonly PlanIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
