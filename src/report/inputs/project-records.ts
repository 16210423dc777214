/** The key projects' yearly progress (up to the evaluation year) and milestones of a plan. */
import type { ProjectStageId } from '../../records/project-progress.ts';
import type { Db } from '../../store/open-database.ts';
import type { MilestoneFact, ProjectYear } from '../model/inputs.ts';

export interface ProjectRecords {
  progress: ProjectYear[];
  milestones: MilestoneFact[];
  demoProgress: number;
  demoMilestones: number;
}

export async function projectRecords(db: Db, planId: string, year: number): Promise<ProjectRecords> {
  const progress = await db
    .selectFrom('projectProgress')
    .select(['projectId', 'year', 'stage', 'plannedInvestment', 'completedInvestment', 'isDemo'])
    .where('planId', '=', planId)
    .where('year', '<=', year)
    .orderBy('projectId')
    .orderBy('year')
    .execute();
  const milestones = await db
    .selectFrom('milestones')
    .select(['projectId', 'name', 'dueOn', 'doneOn', 'isDemo'])
    .where('planId', '=', planId)
    .orderBy('projectId')
    .orderBy('dueOn')
    .orderBy('name')
    .execute();
  return {
    progress: progress.map((row) => ({
      projectId: row.projectId,
      year: row.year,
      stage: row.stage as ProjectStageId,
      plannedInvestment: row.plannedInvestment === null ? null : Number(row.plannedInvestment),
      completedInvestment: row.completedInvestment === null ? null : Number(row.completedInvestment),
    })),
    milestones: milestones.map((row) => ({ projectId: row.projectId, name: row.name, dueOn: row.dueOn, doneOn: row.doneOn })),
    demoProgress: progress.filter((row) => row.isDemo === 1).length,
    demoMilestones: milestones.filter((row) => row.isDemo === 1).length,
  };
}
