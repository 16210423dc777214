/**
 * Parsing the YAML files of a plan folder and merging their sections into one document.
 * Pure: takes file contents, returns the merged value plus a way to find where any path
 * of it was written (file, line, column) — so every later error can point at its source.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import { planSections } from './schema.ts';
import { formatPath, type PlanIssue } from './plan-issue.ts';

export interface PlanFile {
  /** Name relative to the plan folder, e.g. `indicators.yaml`. */
  name: string;
  text: string;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface ParsedPlanFiles {
  /** The merged top-level sections, not yet validated. */
  merged: Record<string, unknown>;
  issues: PlanIssue[];
  /** Where a path of the merged plan was written; falls back to the nearest parent found. */
  locate(path: readonly PropertyKey[]): SourceLocation | undefined;
}

interface ParsedFile {
  name: string;
  doc: Document;
  lines: LineCounter;
}

const knownSections = new Set<string>(planSections);

export function parsePlanFiles(files: readonly PlanFile[]): ParsedPlanFiles {
  const issues: PlanIssue[] = [];
  const merged: Record<string, unknown> = {};
  const sectionFile = new Map<string, ParsedFile>();

  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const parsed: ParsedFile = { name: file.name, doc, lines };
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = lines.linePos(error.pos[0]);
        issues.push({
          severity: 'error',
          code: 'yaml_syntax',
          message: { zh: `YAML 语法错误：${error.message}`, en: `YAML syntax error: ${error.message}` },
          file: file.name,
          line: pos.line,
          column: pos.col,
        });
      }
      continue;
    }
    if (doc.contents === null) continue;
    if (!isMap(doc.contents)) {
      issues.push({
        severity: 'error',
        code: 'file_shape',
        message: {
          zh: '计划文件的顶层应为映射（章节名: 内容）',
          en: 'A plan file must be a mapping of section names to their content at the top level',
        },
        file: file.name,
        line: 1,
        column: 1,
      });
      continue;
    }
    let content: Record<string, unknown>;
    try {
      content = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    } catch (error) {
      // The yaml library refuses an alias bomb (aliases expanding exponentially) by throwing:
      // an issue of the file, not a crash of the loader.
      const reason = error instanceof Error ? error.message : String(error);
      issues.push({
        severity: 'error',
        code: 'yaml_syntax',
        message: { zh: `YAML无法展开（别名过多，疑似资源耗尽攻击）：${reason}`, en: `the YAML cannot be expanded (too many aliases, a resource exhaustion attack?): ${reason}` },
        file: file.name,
        line: 1,
        column: 1,
      });
      continue;
    }
    for (const pair of doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const section = String(pair.key.value);
      const at = pair.key.range ? lines.linePos(pair.key.range[0]) : { line: 1, col: 1 };
      if (!knownSections.has(section)) {
        issues.push({
          severity: 'error',
          code: 'unknown_section',
          message: {
            zh: `未知的章节“${section}”；可用：${planSections.join(', ')}`,
            en: `unknown section ${JSON.stringify(section)}; expected one of: ${planSections.join(', ')}`,
          },
          file: file.name,
          line: at.line,
          column: at.col,
          path: section,
        });
        continue;
      }
      const earlier = sectionFile.get(section);
      if (earlier) {
        issues.push({
          severity: 'error',
          code: 'duplicate_section',
          message: {
            zh: `章节“${section}”已在 ${earlier.name} 中定义，每个章节只能出现在一个文件中`,
            en: `section ${JSON.stringify(section)} is already defined in ${earlier.name}; a section lives in one file`,
          },
          file: file.name,
          line: at.line,
          column: at.col,
          path: section,
        });
        continue;
      }
      sectionFile.set(section, parsed);
      merged[section] = content[section];
    }
  }

  function locate(path: readonly PropertyKey[]): SourceLocation | undefined {
    const [section] = path;
    const parsed = typeof section === 'string' ? sectionFile.get(section) : undefined;
    if (!parsed) return undefined;
    for (let depth = path.length; depth >= 1; depth--) {
      const node = parsed.doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) {
        const pos = parsed.lines.linePos(start);
        return { file: parsed.name, line: pos.line, column: pos.col };
      }
    }
    return undefined;
  }

  return { merged, issues, locate };
}

/** Attach file and line to an issue that only knows its path in the merged plan. */
export function placeIssue(
  issue: Omit<PlanIssue, 'file' | 'line' | 'column' | 'path'>,
  path: readonly PropertyKey[],
  locate: ParsedPlanFiles['locate'],
): PlanIssue {
  const where = locate(path);
  return { ...issue, path: formatPath(path), ...(where ?? {}) };
}
