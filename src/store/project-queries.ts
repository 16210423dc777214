/**
 * Reading key projects' progress, milestones and their history for the API. The plan lists
 * the projects; the store holds what happened to them, by (plan, project, year) and
 * (plan, project, milestone name).
 */
import type { MilestoneInput, ProjectProgressInput, ProjectStageId } from '../records/project-progress.ts';
import type { MilestoneRow, ProjectProgressRow } from './database-schema.ts';
import type { FieldChanges, HistoryItem } from './history.ts';
import type { Db } from './open-database.ts';

/** Who last changed a stored record, and whether it is demo data. */
interface StoredMarks {
  isDemo: boolean;
  updatedBy: string;
  updatedAt: string;
}

export interface ProgressRecord extends ProjectProgressInput, StoredMarks {}

export interface MilestoneRecord extends MilestoneInput, StoredMarks {}

/** History entities of the project tables (see tables/project-tables.ts). */
export const PROJECT_HISTORY_ENTITIES = ['project-progress', 'milestone'] as const;

const amount = (value: number | null): number | null => (value === null ? null : Number(value));

function progressRecordOf(row: ProjectProgressRow): ProgressRecord {
  return {
    projectId: row.projectId,
    year: row.year,
    stage: row.stage as ProjectStageId,
    plannedInvestment: amount(row.plannedInvestment),
    completedInvestment: amount(row.completedInvestment),
    startOn: row.startOn,
    completionOn: row.completionOn,
    note: row.note,
    isDemo: row.isDemo === 1,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

function milestoneRecordOf(row: MilestoneRow): MilestoneRecord {
  return { projectId: row.projectId, name: row.name, dueOn: row.dueOn, doneOn: row.doneOn, isDemo: row.isDemo === 1, updatedBy: row.updatedBy, updatedAt: row.updatedAt };
}

/** Progress rows of the plan's projects (all of them, or those listed), by project and year. */
export async function progressOf(db: Db, planId: string, projectIds?: readonly string[]): Promise<ProgressRecord[]> {
  let query = db.selectFrom('projectProgress').selectAll().where('planId', '=', planId);
  if (projectIds) {
    if (projectIds.length === 0) return [];
    query = query.where('projectId', 'in', [...projectIds]);
  }
  const rows = await query.orderBy('projectId').orderBy('year').execute();
  return rows.map(progressRecordOf);
}

/** Milestones of the plan's projects (all of them, or those listed), by project, due date and name. */
export async function milestonesOf(db: Db, planId: string, projectIds?: readonly string[]): Promise<MilestoneRecord[]> {
  let query = db.selectFrom('milestones').selectAll().where('planId', '=', planId);
  if (projectIds) {
    if (projectIds.length === 0) return [];
    query = query.where('projectId', 'in', [...projectIds]);
  }
  const rows = await query.orderBy('projectId').orderBy('dueOn').orderBy('name').execute();
  return rows.map(milestoneRecordOf);
}

/**
 * Every recorded change to a project's progress and milestones, oldest first. The history
 * key is `plan|project|year` or `plan|project|name`; plan and project ids hold no `|`, `%`
 * or `_`, so the prefix match is exact.
 */
export async function projectHistory(db: Db, planId: string, projectId: string): Promise<HistoryItem[]> {
  const prefix = `${planId}|${projectId}|`;
  const rows = await db
    .selectFrom('history')
    .selectAll()
    .where('entity', 'in', [...PROJECT_HISTORY_ENTITIES])
    .where('entityKey', 'like', `${prefix}%`)
    .orderBy('id')
    .execute();
  return rows.filter((row) => row.entityKey.startsWith(prefix)).map((row) => ({ ...row, changes: JSON.parse(row.changes) as FieldChanges }));
}
