/**
 * Status and schedule counts: over all indicators, by category, by tier of the industry
 * system (through each cluster's indicator), and — from the regional rows — by region and
 * by pole (its core and the regions it radiates to).
 */
import type { Plan } from '../plan/derive.ts';
import type { Text } from '../plan/schema.ts';
import type { IndicatorEvaluation } from './evaluate-indicator.ts';
import {
  assignedStatuses,
  progressStatuses,
  scheduleStatuses,
  zeroCounts,
  type AssignedStatus,
  type ProgressStatus,
  type ScheduleStatus,
} from './statuses.ts';

export interface StatusCounts {
  indicators: number;
  byStatus: Record<ProgressStatus, number>;
  bySchedule: Record<ScheduleStatus, number>;
  /** Assigned-target indicators by their latest judged year. */
  byAssigned: Record<AssignedStatus, number>;
}

export interface EvaluationSummary extends StatusCounts {
  byCategory: (StatusCounts & { id: string; name: Text })[];
  byTier: (StatusCounts & { id: string; name: Text; clusters: string[] })[];
  byPole: (StatusCounts & { id: string; name: Text; regions: string[] })[];
  byRegion: (StatusCounts & { code: string; name: Text })[];
}

export function countStatuses(rows: readonly IndicatorEvaluation[]): StatusCounts {
  const counts: StatusCounts = {
    indicators: rows.length,
    byStatus: zeroCounts(progressStatuses),
    bySchedule: zeroCounts(scheduleStatuses),
    byAssigned: zeroCounts(assignedStatuses),
  };
  for (const row of rows) {
    counts.byStatus[row.status]++;
    counts.bySchedule[row.schedule]++;
    if (row.assigned) counts.byAssigned[row.assigned.latest?.status ?? 'no_data']++;
  }
  return counts;
}

export function rollUp(plan: Plan, indicators: readonly IndicatorEvaluation[], regional: readonly IndicatorEvaluation[]): EvaluationSummary {
  const byId = new Map(indicators.map((row) => [row.id, row]));
  const regionName = (code: string): Text => plan.regions.find((r) => r.code === code)?.name ?? { zh: code, en: code };
  const regionsWithRows = [...new Set(regional.map((row) => row.region))].sort();
  return {
    ...countStatuses(indicators),
    byCategory: plan.categories.map((category) => ({
      id: category.id,
      name: category.name,
      ...countStatuses(indicators.filter((row) => row.category === category.id)),
    })),
    byTier: plan.tiers.map((tier) => {
      const clusters = plan.clusters.filter((c) => c.tier === tier.id);
      const rows = clusters.map((c) => (c.indicatorId ? byId.get(c.indicatorId) : undefined)).filter((r) => r !== undefined);
      return { id: tier.id, name: tier.name, clusters: clusters.map((c) => c.id), ...countStatuses(rows) };
    }),
    byPole: plan.poles.map((pole) => {
      const regions = [...pole.core, ...pole.radiates];
      return { id: pole.id, name: pole.name, regions, ...countStatuses(regional.filter((row) => regions.includes(row.region))) };
    }),
    byRegion: regionsWithRows.map((code) => ({
      code,
      name: regionName(code),
      ...countStatuses(regional.filter((row) => row.region === code)),
    })),
  };
}
