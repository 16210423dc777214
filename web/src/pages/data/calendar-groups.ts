/**
 * The reporting calendar as people read it: by period (latest first), then by region, each
 * group with its counts, overdue items first inside a region so they are not missed.
 */
import type { Calendar } from '../../api/types.ts';

export type CalendarItem = Calendar['items'][number];
export type CalendarState = CalendarItem['state'];

export interface StateCounts {
  done: number;
  due: number;
  overdue: number;
}

export interface RegionGroup {
  regionCode: string;
  items: CalendarItem[];
  counts: StateCounts;
  /** The earliest due date among the items not yet in (null when all are in). */
  nextDue: string | null;
}

export interface PeriodGroup {
  period: string;
  regions: RegionGroup[];
  counts: StateCounts;
}

const STATE_ORDER: Record<CalendarState, number> = { overdue: 0, due: 1, done: 2 };

export function emptyCounts(): StateCounts {
  return { done: 0, due: 0, overdue: 0 };
}

export function countStates(items: readonly CalendarItem[]): StateCounts {
  const counts = emptyCounts();
  for (const item of items) counts[item.state]++;
  return counts;
}

/** Groups by period and region; `provinceCode` sorts the province before its regions. */
export function groupCalendar(items: readonly CalendarItem[], provinceCode: string): PeriodGroup[] {
  const byPeriod = new Map<string, Map<string, CalendarItem[]>>();
  for (const item of items) {
    let regions = byPeriod.get(item.period);
    if (!regions) byPeriod.set(item.period, (regions = new Map()));
    let list = regions.get(item.regionCode);
    if (!list) regions.set(item.regionCode, (list = []));
    list.push(item);
  }
  const regionRank = (code: string) => (code === provinceCode ? '' : code);
  return [...byPeriod.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([period, regions]) => {
      const groups = [...regions.entries()]
        .sort(([a], [b]) => regionRank(a).localeCompare(regionRank(b)))
        .map(([regionCode, list]) => {
          const sorted = [...list].sort((x, y) => STATE_ORDER[x.state] - STATE_ORDER[y.state] || x.dueOn.localeCompare(y.dueOn) || x.indicatorId.localeCompare(y.indicatorId));
          const open = sorted.filter((i) => i.state !== 'done').map((i) => i.dueOn).sort();
          return { regionCode, items: sorted, counts: countStates(sorted), nextDue: open[0] ?? null };
        });
      return { period, regions: groups, counts: countStates(groups.flatMap((g) => g.items)) };
    });
}

/** Whole days from `today` to `dueOn` (negative when past), both YYYY-MM-DD. */
export function daysUntil(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
