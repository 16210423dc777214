/**
 * The reporting calendar against what has arrived: for each entry, whether its value is in
 * (submitted or approved), still due, or overdue on a given day.
 */
import type { Db } from './open-database.ts';

export type CalendarState = 'done' | 'due' | 'overdue';

export interface CalendarItem {
  seriesId: string;
  regionCode: string;
  parkId: string | null;
  period: string;
  dueOn: string;
  state: CalendarState;
  /** Status of the value when one exists (draft and returned values do not count as in). */
  observationStatus: string | null;
}

export interface CalendarQuery {
  planId: string;
  /** YYYY-MM-DD: the day the states are judged on. */
  today: string;
  regionCodes?: readonly string[];
}

export async function calendarStates(db: Db, query: CalendarQuery): Promise<CalendarItem[]> {
  let select = db
    .selectFrom('reportingCalendar as c')
    .leftJoin('observations as o', (join) =>
      join
        .onRef('o.planId', '=', 'c.planId')
        .onRef('o.seriesId', '=', 'c.seriesId')
        .onRef('o.regionCode', '=', 'c.regionCode')
        .onRef('o.parkId', '=', 'c.parkId')
        .onRef('o.period', '=', 'c.period')
        .on('o.kind', '=', 'actual')
        .on('o.deletedAt', 'is', null),
    )
    .select(['c.seriesId', 'c.regionCode', 'c.parkId', 'c.period', 'c.dueOn', 'o.status'])
    .where('c.planId', '=', query.planId);
  if (query.regionCodes) select = select.where('c.regionCode', 'in', [...query.regionCodes]);
  const rows = await select.orderBy('c.dueOn').orderBy('c.regionCode').orderBy('c.seriesId').execute();
  return rows.map((row) => {
    const arrived = row.status === 'submitted' || row.status === 'approved';
    return {
      seriesId: row.seriesId,
      regionCode: row.regionCode,
      parkId: row.parkId === '' ? null : row.parkId,
      period: row.period,
      dueOn: row.dueOn,
      state: arrived ? 'done' : row.dueOn < query.today ? 'overdue' : 'due',
      observationStatus: row.status ?? null,
    };
  });
}
