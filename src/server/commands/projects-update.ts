/**
 * Recording a key project's progress for a year and the state of one of its milestones:
 * written by natural key through record-sync, so the history keeps who changed which field
 * from what to what, and an unchanged write changes nothing. One transaction each.
 */
import type { Plan } from '../../plan/derive.ts';
import type { MilestoneInput, ProjectProgressInput } from '../../records/project-progress.ts';
import type { ChangeContext } from '../../store/actor.ts';
import type { Db } from '../../store/open-database.ts';
import { applyChanges, diffRecords, loadStored, type RecordTable } from '../../store/record-sync.ts';
import { milestoneTable, projectProgressTable } from '../../store/tables/project-tables.ts';

export interface ProjectWriteDeps {
  db: Db;
  plan: Plan;
  change: ChangeContext;
}

export interface WriteOutcome {
  created: boolean;
  /** Fields that changed, old and new; empty when the write changed nothing. */
  changed: string[];
}

async function writeOne<R>(deps: ProjectWriteDeps, table: RecordTable<R>, record: R): Promise<WriteOutcome> {
  return deps.db.transaction().execute(async (trx) => {
    const [change] = diffRecords(table, [record], await loadStored(trx, table, [record]));
    await applyChanges(trx, table, change ? [change] : [], deps.change);
    return {
      created: change?.type === 'insert',
      changed: change?.type === 'update' ? Object.keys(change.changes) : change?.type === 'insert' ? Object.keys(table.values(record)) : [],
    };
  });
}

/** New rows made through the API are real data (isDemo 0); a demo row edited stays marked demo. */
export function saveProjectProgress(deps: ProjectWriteDeps, progress: ProjectProgressInput): Promise<WriteOutcome> {
  return writeOne(deps, projectProgressTable(deps.plan.id), progress);
}

export function saveMilestone(deps: ProjectWriteDeps, milestone: MilestoneInput): Promise<WriteOutcome> {
  return writeOne(deps, milestoneTable(deps.plan.id), milestone);
}
