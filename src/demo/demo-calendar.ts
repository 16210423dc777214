/**
 * The reporting calendar (填报日历) for the demo years after the base year: every region
 * reports the additive series observed per region by 31 March of the following year; the
 * province reports every series it observes by 30 April. Enterprise counts are left out:
 * they are counted from the enterprise registry, nobody reports them.
 */
import type { CalendarEntryInput } from '../records/reporting-calendar.ts';
import type { DemoContext } from './demo-context.ts';
import { isoDate } from './demo-dates.ts';
import { seriesUnit } from './series-units.ts';

export function demoCalendar(ctx: DemoContext): CalendarEntryInput[] {
  const { plan } = ctx;
  const reported = [
    ...plan.indicators.filter((i) => i.measurement.kind === 'direct').map((i) => ({ id: i.id, unit: i.unit })),
    ...plan.statistics.map((s) => ({ id: s.id, unit: s.unit })),
  ];
  const byRegion = plan.regions.length > 0 ? reported.filter((s) => seriesUnit(plan, s.unit).additive) : [];
  const entries: CalendarEntryInput[] = [];
  for (const year of ctx.years.filter((y) => y > plan.baseYear)) {
    for (const s of reported) {
      entries.push({ seriesId: s.id, regionCode: plan.province.code, parkId: null, period: String(year), dueOn: isoDate(year + 1, 4, 30) });
    }
    for (const region of plan.regions) {
      for (const s of byRegion) {
        entries.push({ seriesId: s.id, regionCode: region.code, parkId: null, period: String(year), dueOn: isoDate(year + 1, 3, 31) });
      }
    }
  }
  return entries;
}
