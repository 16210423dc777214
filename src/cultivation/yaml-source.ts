/**
 * Reading one YAML text of the rule sets or policies into a value, with a way back from
 * any path of it to the line it was written on, so every problem names file and line.
 * Pure: the text comes in, the value and the problems go out.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { formatPath, type PlanIssue } from '../plan/plan-issue.ts';

/** A problem found in a rule set, the fact catalogue, a policy or a facts file (same shape as the plan's). */
export type CultivationIssue = PlanIssue;

export interface SourceFile {
  /** Shown in problems: the file name relative to its folder. */
  name: string;
  text: string;
}

export interface ParsedYaml {
  file: string;
  value: unknown;
  issueAt(path: readonly PropertyKey[], code: string, message: CultivationIssue['message']): CultivationIssue;
}

export function parseYamlSource(source: SourceFile): { parsed?: ParsedYaml; issues: CultivationIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((error) => {
        const pos = lines.linePos(error.pos[0]);
        return {
          severity: 'error' as const,
          code: 'yaml_syntax',
          message: { zh: `YAML 语法错误：${error.message}`, en: `YAML syntax error: ${error.message}` },
          file: source.name,
          line: pos.line,
          column: pos.col,
        };
      }),
    };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  const issueAt: ParsedYaml['issueAt'] = (path, code, message) => ({
    severity: 'error',
    code,
    message,
    file: source.name,
    path: formatPath(path),
    ...locate(doc, lines, path),
  });
  return { parsed: { file: source.name, value, issueAt }, issues: [] };
}

function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): { line?: number; column?: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)) as { range?: [number, number, number] } | null | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) {
      const pos = lines.linePos(start);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

/** zod's findings as problems that name the field and say what was expected, in both languages. */
export function schemaIssues(parsed: ParsedYaml, error: z.ZodError): CultivationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    const field = formatPath(path) || '(file)';
    let message: CultivationIssue['message'];
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = { zh: `缺少必填字段 ${field}（应为 ${issue.expected}）`, en: `missing required field ${field} (expected ${issue.expected})` };
    } else if (issue.code === 'unrecognized_keys') {
      message = { zh: `字段 ${field} 含未知键：${issue.keys.join(', ')}`, en: `unknown key(s) in ${field}: ${issue.keys.join(', ')}` };
    } else if (issue.code === 'invalid_value') {
      const expected = issue.values.map((v) => JSON.stringify(v)).join(' | ');
      message = { zh: `字段 ${field} 的值无效：应为 ${expected}`, en: `invalid value for ${field}: expected ${expected}` };
    } else {
      message = { zh: `字段 ${field}：${issue.message}`, en: `${field}: ${issue.message}` };
    }
    return parsed.issueAt(at, 'schema', message);
  });
}
