/** The reporting calendar judged on the report's day: what is in, still due, or overdue. */
import { calendarStates } from '../../store/calendar-queries.ts';
import type { Db } from '../../store/open-database.ts';
import type { CalendarFacts } from '../model/inputs.ts';

export async function calendarFacts(db: Db, planId: string, year: number, today: string): Promise<CalendarFacts & { demo: number }> {
  // Periods are years (2027) or quarters (2027-Q1); only those up to the evaluation year matter here.
  const items = (await calendarStates(db, { planId, today })).filter((item) => Number(item.period.slice(0, 4)) <= year);
  const demo = await db
    .selectFrom('reportingCalendar')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('planId', '=', planId)
    .where('isDemo', '=', 1)
    .where('period', '<', String(year + 1))
    .executeTakeFirstOrThrow();
  return {
    entries: items.length,
    done: items.filter((i) => i.state === 'done').length,
    due: items.filter((i) => i.state === 'due').length,
    overdue: items
      .filter((i) => i.state === 'overdue')
      .map((i) => ({ seriesId: i.seriesId, regionCode: i.regionCode, period: i.period, dueOn: i.dueOn })),
    demo: Number(demo.n),
  };
}
