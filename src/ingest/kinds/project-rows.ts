/** Key-project progress rows (stage and investment per year) and milestone rows. */
import type { MilestoneInput, ProjectProgressInput, ProjectStageId } from '../../records/project-progress.ts';
import type { ProjectRef } from '../import-context.ts';
import type { RowReader } from '../row-reader.ts';
import type { KindRows } from './kind-rows.ts';

export const projectRows: KindRows<ProjectProgressInput> = {
  build(r) {
    const project = r.get<ProjectRef>('project');
    const year = r.get<number>('year');
    const stage = r.get<ProjectStageId>('stage');
    const plannedInvestment = r.get<number>('planned_investment');
    const completedInvestment = r.get<number>('completed_investment');
    const startOn = r.get<string>('start_on');
    const completionOn = r.get<string>('completion_on');
    const note = r.get<string>('note');
    notBefore(r, 'completion_on', completionOn, 'start_on', startOn);
    if (r.failed || !project || year === null || stage === null) return null;
    return { projectId: project.id, year, stage, plannedInvestment, completedInvestment, startOn, completionOn, note };
  },
  key: (p) => `${p.projectId}|${p.year}`,
};

// A milestone dated before 2000 is a typo (or a serial read as a date) for a plan of the 2020s.
const EARLIEST = '2000-01-01';

export const milestoneRows: KindRows<MilestoneInput> = {
  build(r) {
    const project = r.get<ProjectRef>('project');
    const name = r.get<string>('milestone');
    const dueOn = r.get<string>('due_on');
    const doneOn = r.get<string>('done_on');
    for (const [key, date] of [['due_on', dueOn], ['done_on', doneOn]] as const) {
      if (date !== null && date < EARLIEST) {
        r.cellIssue(key, 'date_too_early', { zh: `${EARLIEST}或之后的日期`, en: `a date on or after ${EARLIEST}` });
      }
    }
    if (r.failed || !project || name === null || dueOn === null) return null;
    return { projectId: project.id, name, dueOn, doneOn };
  },
  key: (m) => `${m.projectId}|${m.name}`,
};

function notBefore(r: RowReader, later: string, laterValue: string | null, earlier: string, earlierValue: string | null): void {
  if (laterValue === null || earlierValue === null || laterValue >= earlierValue) return;
  r.rowIssue([later, earlier], 'dates_out_of_order', {
    zh: `“${r.header(later)}”（${laterValue}）不能早于“${r.header(earlier)}”（${earlierValue}）`,
    en: `${r.header(later)} (${laterValue}) cannot come before ${r.header(earlier)} (${earlierValue})`,
  });
}
