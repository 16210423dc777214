/** Plan issues printed for a person: `file:line:col  severity  message  (path)`. */
import { colors as pc } from './colors.ts';
import type { PlanIssue } from '../plan/plan-issue.ts';
import type { Lang } from './lang.ts';

const LABEL: Record<PlanIssue['severity'], { zh: string; en: string; color: (s: string) => string }> = {
  error: { zh: '错误', en: 'error', color: pc.red },
  warning: { zh: '警告', en: 'warning', color: pc.yellow },
  note: { zh: '提示', en: 'note', color: pc.cyan },
};

export function formatIssue(issue: PlanIssue, lang: Lang): string {
  const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ''}` : '';
  const label = LABEL[issue.severity];
  const path = issue.path ? pc.dim(`  (${issue.path})`) : '';
  return `${where ? `${pc.bold(where)}  ` : ''}${label.color(label[lang])}  ${issue.message[lang]}${path}`;
}

export function formatIssueSummary(issues: readonly PlanIssue[], lang: Lang): string {
  const count = (severity: PlanIssue['severity']) => issues.filter((i) => i.severity === severity).length;
  return lang === 'zh'
    ? `${count('error')} 个错误，${count('warning')} 个警告，${count('note')} 个提示`
    : `${count('error')} error(s), ${count('warning')} warning(s), ${count('note')} note(s)`;
}
