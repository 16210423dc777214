/** Loading the plan for a command: a broken plan becomes one readable CLI error. */
import type { Plan } from '../plan/derive.ts';
import { loadPlan, PlanLoadError } from '../plan/read-plan-folder.ts';
import { CliError, EXIT } from './cli-error.ts';
import { formatIssue } from './format-issues.ts';

export async function loadPlanOrExplain(dir: string): Promise<Plan> {
  try {
    return await loadPlan(dir);
  } catch (error) {
    if (error instanceof PlanLoadError) {
      const lines = error.issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i, 'en'));
      throw new CliError(`${error.message}\n${lines.join('\n')}\nRun `+'`plansight plan check ${dir}`'+` for details.`, EXIT.invalidInput);
    }
    throw error;
  }
}
