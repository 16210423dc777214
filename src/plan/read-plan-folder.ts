/**
 * The edge of the plan loader: reads a plan folder's YAML files from disk, then hands them
 * to the pure analysis. Files are read in name order so results never depend on the disk.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { analysePlan, type AnalyseOptions, type PlanAnalysis } from './analyse-plan.ts';
import type { Plan } from './derive.ts';
import type { PlanFile } from './plan-files.ts';
import type { PlanIssue } from './plan-issue.ts';

export class PlanLoadError extends Error {
  constructor(
    readonly dir: string,
    readonly issues: PlanIssue[],
  ) {
    const first = issues.find((i) => i.severity === 'error');
    const where = first?.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
    super(`plan ${dir} has ${issues.filter((i) => i.severity === 'error').length} error(s); first: ${where}${first?.message.en ?? ''}`);
    this.name = 'PlanLoadError';
  }
}

export async function readPlanFiles(dir: string): Promise<PlanFile[]> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
    entries = await readdir(dir);
  } catch {
    throw new PlanLoadError(dir, [
      {
        severity: 'error',
        code: 'plan_folder',
        message: { zh: `找不到规划目录 ${dir}`, en: `cannot read the plan folder ${dir}` },
      },
    ]);
  }
  const names = entries.filter((name) => /\.ya?ml$/i.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

export async function analysePlanFolder(dir: string, options: AnalyseOptions = {}): Promise<PlanAnalysis> {
  return analysePlan(await readPlanFiles(dir), options);
}

/** Load a plan for use: throws PlanLoadError when it has errors. */
export async function loadPlan(dir: string): Promise<Plan> {
  const analysis = await analysePlanFolder(dir, { findings: false });
  if (!analysis.plan) throw new PlanLoadError(dir, analysis.issues);
  return analysis.plan;
}
