/**
 * Reporting-calendar rows: which series is due for which region (empty = the province),
 * park and period, by when. A due date before the period has ended is allowed (a flash
 * estimate) but flagged, since it is usually a mistyped year.
 */
import type { CalendarEntryInput } from '../../records/reporting-calendar.ts';
import type { ParkRef, RegionRef, SeriesRef } from '../import-context.ts';
import type { KindRows } from './kind-rows.ts';
import { placeOfRow } from './place-of-row.ts';

export function periodEnd(period: string): string {
  const year = period.slice(0, 4);
  const quarter = /Q([1-4])$/.exec(period)?.[1];
  return quarter ? `${year}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter) - 1]}` : `${year}-12-31`;
}

export const calendarRows: KindRows<CalendarEntryInput> = {
  build(r, context) {
    const series = r.get<SeriesRef>('indicator');
    const region = r.get<RegionRef>('region');
    const park = r.get<ParkRef>('park');
    const period = r.get<string>('year');
    const dueOn = r.get<string>('due_on');
    const regionCode = placeOfRow(r, context, region, park);
    if (period !== null && dueOn !== null && dueOn <= periodEnd(period)) {
      r.rowIssue(
        ['due_on', 'year'],
        'due_before_period_end',
        {
          zh: `“${r.header('due_on')}”（${dueOn}）不晚于报告期${period}的结束日（${periodEnd(period)}），请核对年份`,
          en: `${r.header('due_on')} (${dueOn}) is not after the end of the period ${period} (${periodEnd(period)}); please check the year`,
        },
        'warning',
      );
    }
    if (r.failed || !series || period === null || dueOn === null || regionCode === null) return null;
    return { seriesId: series.id, regionCode, parkId: park?.id ?? null, period, dueOn };
  },
  key: (c) => `${c.seriesId}|${c.regionCode}|${c.parkId ?? ''}|${c.period}`,
};
