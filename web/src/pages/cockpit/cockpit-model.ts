/**
 * The cockpit's data shaping, pure and tested: which targets head the page, the status
 * counts in display order, the indicators grouped by category, the alerts an analyst acts
 * on, the 345X strip and the "half the time, half the task" verdict.
 */
import type { Text } from '../../api/text.ts';
import type { Calendar, EvaluatedIndicator, PlanCluster, PlanIndicator, PlanSummary, ProjectSummary } from '../../api/types.ts';
import { progressStatuses, scheduleStatuses, type ProgressStatus, type ScheduleStatus } from '../../../../src/evaluation/statuses.ts';

/**
 * The headline targets: the total the industry system serves (高新技术产业营收), then the
 * other targets of its category that stand in the plan's indicator table, in table order
 * (增加值占GDP比重). Taken from the plan, so another plan gets its own headline.
 */
export function headlineIds(summary: Pick<PlanSummary, 'industrySystem'>, indicators: readonly PlanIndicator[], max = 2): string[] {
  const totalId = summary.industrySystem?.totalIndicatorId ?? null;
  const total = indicators.find((i) => i.id === totalId) ?? indicators[0];
  if (!total) return [];
  const sameCategory = indicators
    .filter((i) => i.id !== total.id && i.category === total.category && i.table !== null)
    .sort((a, b) => (a.table?.row ?? 0) - (b.table?.row ?? 0));
  return [total.id, ...sameCategory.map((i) => i.id)].slice(0, max);
}

/** The headline targets as evaluated, in headline order; one the evaluation lacks is left out. */
export function headlineRows<R extends { id: string }>(summary: Pick<PlanSummary, 'industrySystem'>, indicators: readonly PlanIndicator[], rows: readonly R[]): R[] {
  return headlineIds(summary, indicators)
    .map((id) => rows.find((r) => r.id === id))
    .filter((r) => r !== undefined);
}

/** Statuses that say nothing about progress are shown only when some indicator has them. */
const QUIET: readonly string[] = ['no_data', 'no_baseline', 'not_assessable'];

export function statusCounts(byStatus: Record<ProgressStatus, number>): { status: ProgressStatus; count: number }[] {
  return progressStatuses.map((status) => ({ status, count: byStatus[status] ?? 0 })).filter((e) => e.count > 0 || !QUIET.includes(e.status));
}

export function scheduleCounts(bySchedule: Record<ScheduleStatus, number>): { status: ScheduleStatus; count: number }[] {
  return scheduleStatuses.map((status) => ({ status, count: bySchedule[status] ?? 0 })).filter((e) => e.count > 0 || !QUIET.includes(e.status));
}

export interface CategoryGroup {
  id: string;
  name: Text;
  rows: EvaluatedIndicator[];
}

/** Indicators under their categories, in the plan's category order and indicator order. */
export function groupByCategory(categories: readonly { id: string; name: Text }[], rows: readonly EvaluatedIndicator[]): CategoryGroup[] {
  const groups = categories.map((c) => ({ id: c.id, name: c.name, rows: rows.filter((r) => r.category === c.id) }));
  const known = new Set(categories.map((c) => c.id));
  const others = rows.filter((r) => !known.has(r.category));
  if (others.length > 0) groups.push({ id: 'other', name: { zh: '其他', en: 'Other' }, rows: others });
  return groups.filter((g) => g.rows.length > 0);
}

export type IndicatorAlertKind = 'deterioration' | 'behind' | 'assigned_not_met';

export interface IndicatorAlert {
  kind: IndicatorAlertKind;
  row: EvaluatedIndicator;
}

/**
 * Indicators that need attention: deteriorating first (moving away from the target), then
 * behind schedule — the furthest behind first — then assigned targets missed last year.
 */
export function indicatorAlerts(rows: readonly EvaluatedIndicator[]): IndicatorAlert[] {
  const deteriorating = rows.filter((r) => r.status === 'deterioration');
  const behind = rows
    .filter((r) => r.status !== 'deterioration' && r.schedule === 'behind')
    .sort((a, b) => (a.scheduleGapPct ?? 0) - (b.scheduleGapPct ?? 0));
  const missed = rows.filter((r) => r.assigned?.latest?.status === 'not_met');
  return [
    ...deteriorating.map((row) => ({ kind: 'deterioration' as const, row })),
    ...behind.map((row) => ({ kind: 'behind' as const, row })),
    ...missed.map((row) => ({ kind: 'assigned_not_met' as const, row })),
  ];
}

export interface OverdueRegion {
  regionCode: string;
  count: number;
  /** The earliest due date passed. */
  oldestDue: string;
  indicatorIds: string[];
}

/** Overdue submissions by region, the longest overdue first. */
export function overdueByRegion(items: Calendar['items']): OverdueRegion[] {
  const byRegion = new Map<string, OverdueRegion>();
  for (const item of items) {
    if (item.state !== 'overdue') continue;
    let entry = byRegion.get(item.regionCode);
    if (!entry) byRegion.set(item.regionCode, (entry = { regionCode: item.regionCode, count: 0, oldestDue: item.dueOn, indicatorIds: [] }));
    entry.count++;
    if (item.dueOn < entry.oldestDue) entry.oldestDue = item.dueOn;
    if (!entry.indicatorIds.includes(item.indicatorId)) entry.indicatorIds.push(item.indicatorId);
  }
  return [...byRegion.values()].sort((a, b) => a.oldestDue.localeCompare(b.oldestDue) || b.count - a.count);
}

/** Delayed projects, the most overdue milestones and the lowest investment completion first. */
export function delayedProjects(projects: readonly ProjectSummary[]): ProjectSummary[] {
  return projects
    .filter((p) => p.delayed)
    .sort(
      (a, b) =>
        b.delay.overdueMilestones - a.delay.overdueMilestones ||
        (a.delay.completionPct ?? 101) - (b.delay.completionPct ?? 101) ||
        a.id.localeCompare(b.id),
    );
}

export type Pace = 'ahead' | 'even' | 'behind' | 'unknown';

/**
 * 时间过半、任务过半: completion against time elapsed. Within the plan's schedule tolerance
 * (in points of the way to the target) the two are even.
 */
export function pace(row: Pick<EvaluatedIndicator, 'completionPct' | 'timeElapsedPct'>, tolerancePct = 2): Pace {
  const { completionPct, timeElapsedPct } = row;
  if (completionPct === null || timeElapsedPct === null) return 'unknown';
  if (completionPct >= timeElapsedPct + tolerancePct) return 'ahead';
  if (completionPct <= timeElapsedPct - tolerancePct) return 'behind';
  return 'even';
}

export interface TierColumn {
  id: string;
  name: Text;
  clusters: { id: string; name: Text; target: PlanCluster['target']; row: EvaluatedIndicator | undefined }[];
}

/** The 345X system in compact form: each tier with its clusters and, where measured, their evaluation. */
export function tierColumns(tiers: PlanSummary['tiers'], clusters: readonly PlanCluster[], rows: readonly EvaluatedIndicator[]): TierColumn[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return tiers.map((tier) => ({
    id: tier.id,
    name: tier.name,
    clusters: clusters
      .filter((c) => c.tier === tier.id)
      .map((c) => ({ id: c.id, name: c.name, target: c.target, row: c.indicatorId ? byId.get(c.indicatorId) : undefined })),
  }));
}

/** How many of the latest values shown still await approval (only with pending values on). */
export function pendingCount(rows: readonly EvaluatedIndicator[]): number {
  return rows.filter((r) => r.latest?.pending === true).length;
}
