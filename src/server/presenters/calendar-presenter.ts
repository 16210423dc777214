/** The reporting calendar as the API shows it, field by field. */
import type { z } from 'zod';
import type { ObservationStatus } from '../../records/observation.ts';
import type { CalendarView } from '../commands/calendar-view.ts';
import type { calendarSchema } from '../schemas/calendar-schemas.ts';

export function presentCalendar(view: CalendarView): z.infer<typeof calendarSchema> {
  return {
    today: view.today,
    items: view.items.map((item) => ({
      indicatorId: item.seriesId,
      regionCode: item.regionCode,
      parkId: item.parkId,
      period: item.period,
      dueOn: item.dueOn,
      state: item.state,
      observationStatus: item.observationStatus as ObservationStatus | null,
    })),
    summary: view.summary.map((s) => ({ regionCode: s.regionCode, done: s.done, due: s.due, overdue: s.overdue })),
    totals: { done: view.totals.done, due: view.totals.due, overdue: view.totals.overdue },
  };
}
