/** Key projects' progress per year, their milestones, and the reporting calendar. */
import type { CalendarEntryInput } from '../../records/reporting-calendar.ts';
import type { MilestoneInput, ProjectProgressInput } from '../../records/project-progress.ts';
import type { RecordTable } from '../record-sync.ts';
import { auditColumns } from './audit-columns.ts';


export function projectProgressTable(planId: string, isDemo = false): RecordTable<ProjectProgressInput> {
  return {
    entity: 'project-progress',
    table: 'projectProgress',
    keyColumns: ['planId', 'projectId', 'year'],
    lookupColumn: 'projectId',
    key: (r) => ({ planId, projectId: r.projectId, year: r.year }),
    values: (r) => ({
      stage: r.stage,
      plannedInvestment: r.plannedInvestment,
      completedInvestment: r.completedInvestment,
      startOn: r.startOn,
      completionOn: r.completionOn,
      note: r.note,
    }),
    ...auditColumns(isDemo),
  };
}

export function milestoneTable(planId: string, isDemo = false): RecordTable<MilestoneInput> {
  return {
    entity: 'milestone',
    table: 'milestones',
    keyColumns: ['planId', 'projectId', 'name'],
    lookupColumn: 'projectId',
    key: (r) => ({ planId, projectId: r.projectId, name: r.name }),
    values: (r) => ({ dueOn: r.dueOn, doneOn: r.doneOn }),
    ...auditColumns(isDemo),
  };
}

export function calendarTable(planId: string, isDemo = false): RecordTable<CalendarEntryInput> {
  return {
    entity: 'calendar',
    table: 'reportingCalendar',
    keyColumns: ['planId', 'seriesId', 'regionCode', 'parkId', 'period'],
    lookupColumn: 'seriesId',
    key: (r) => ({ planId, seriesId: r.seriesId, regionCode: r.regionCode, parkId: r.parkId ?? '', period: r.period }),
    values: (r) => ({ dueOn: r.dueOn }),
    ...auditColumns(isDemo),
  };
}
