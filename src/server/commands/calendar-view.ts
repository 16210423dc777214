/**
 * The reporting calendar as a caller sees it: each entry done, due or overdue on a day, and
 * the counts by region. Officers see their own share by default — a region officer its
 * regions, a park officer its park — others every region; a `region` filter narrows further.
 * Days are China Standard Time days: that is when a due date passes for the people filing.
 */
import type { Plan } from '../../plan/derive.ts';
import { calendarStates, type CalendarItem, type CalendarState } from '../../store/calendar-queries.ts';
import type { Db } from '../../store/open-database.ts';
import { errors } from '../errors.ts';
import type { UserActor } from '../policy/actor.ts';
import { ROLE_POLICIES } from '../policy/roles.ts';

export type RegionCounts = Record<CalendarState, number>;

export interface CalendarView {
  today: string;
  items: CalendarItem[];
  summary: ({ regionCode: string } & RegionCounts)[];
  totals: RegionCounts;
}

/** Whose entries the caller sees without a filter: null for everyone's; 403 for accounts with none. */
function ownShare(actor: UserActor): { regions?: readonly string[]; parkId?: string } | null {
  const policy = ROLE_POLICIES[actor.user.role];
  if (policy.writes === 'own-regions') return { regions: actor.user.regions };
  if (policy.writes === 'own-park' && actor.user.parkId !== null) return { parkId: actor.user.parkId };
  if (policy.reads === 'all') return null;
  throw errors.forbidden({ zh: '此账户不能查看填报日历', en: 'This account may not see the reporting calendar' });
}

export async function calendarView(db: Db, plan: Plan, actor: UserActor, query: { region?: string | undefined; today: string }): Promise<CalendarView> {
  const share = ownShare(actor);
  if (query.region !== undefined && query.region !== plan.province.code && !plan.regions.some((r) => r.code === query.region)) {
    throw errors.validationFailed([{ field: 'query.region', value: query.region, expected: { zh: '规划中的市县代码或全省代码', en: 'a region code of the plan, or the province code' } }]);
  }
  // A region officer may look at any region (it reads everything); a park officer stays in its park.
  const regionCodes = query.region !== undefined ? [query.region] : share?.regions;
  let items = await calendarStates(db, { planId: plan.id, today: query.today, ...(regionCodes === undefined ? {} : { regionCodes }) });
  if (share?.parkId !== undefined) items = items.filter((item) => item.parkId === share.parkId);

  const byRegion = new Map<string, RegionCounts>();
  const totals: RegionCounts = { done: 0, due: 0, overdue: 0 };
  for (const item of items) {
    let counts = byRegion.get(item.regionCode);
    if (!counts) byRegion.set(item.regionCode, (counts = { done: 0, due: 0, overdue: 0 }));
    counts[item.state]++;
    totals[item.state]++;
  }
  const summary = [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([regionCode, counts]) => ({ regionCode, ...counts }));
  return { today: query.today, items, summary, totals };
}
