/**
 * The published data: approved observations only — never drafts, submissions or returned
 * values, and never deleted ones — and the plan's indicators with the latest approved
 * yearly value for the province. Each value says whether it is demo data.
 */
import type { Plan, ResolvedIndicator } from '../../plan/derive.ts';
import type { Db } from '../../store/open-database.ts';

export interface PublishedObservation {
  seriesId: string;
  regionCode: string;
  parkId: string | null;
  period: string;
  year: number;
  quarter: number | null;
  kind: 'actual' | 'target';
  value: number;
  unit: string;
  note: string | null;
  isDemo: boolean;
}

export interface PublishedFilters {
  seriesId?: string;
  regionCode?: string;
  year?: number;
}

export interface PublishedIndicator {
  indicator: ResolvedIndicator;
  latest: { year: number; value: number; isDemo: boolean } | null;
}

export async function publishedObservations(db: Db, planId: string, filters: PublishedFilters = {}): Promise<PublishedObservation[]> {
  let query = db
    .selectFrom('observations')
    .select(['seriesId', 'regionCode', 'parkId', 'period', 'year', 'quarter', 'kind', 'value', 'unit', 'note', 'isDemo'])
    .where('planId', '=', planId)
    .where('status', '=', 'approved')
    .where('deletedAt', 'is', null);
  if (filters.seriesId !== undefined) query = query.where('seriesId', '=', filters.seriesId);
  if (filters.regionCode !== undefined) query = query.where('regionCode', '=', filters.regionCode);
  if (filters.year !== undefined) query = query.where('year', '=', filters.year);
  const rows = await query.orderBy('seriesId').orderBy('regionCode').orderBy('parkId').orderBy('period').orderBy('kind').execute();
  return rows.map((row) => ({
    seriesId: row.seriesId,
    regionCode: row.regionCode,
    parkId: row.parkId === '' ? null : row.parkId,
    period: row.period,
    year: row.year,
    quarter: row.quarter,
    kind: row.kind === 'target' ? 'target' : 'actual',
    value: Number(row.value),
    unit: row.unit,
    note: row.note,
    isDemo: row.isDemo === 1,
  }));
}

/** Every indicator of the plan with the province's latest approved yearly actual value. */
export async function publishedIndicators(db: Db, plan: Plan): Promise<PublishedIndicator[]> {
  const rows = await publishedObservations(db, plan.id, { regionCode: plan.province.code });
  const latest = new Map<string, PublishedIndicator['latest']>();
  for (const row of rows) {
    if (row.parkId !== null || row.quarter !== null || row.kind !== 'actual') continue;
    const known = latest.get(row.seriesId);
    if (!known || row.year > known.year) latest.set(row.seriesId, { year: row.year, value: row.value, isDemo: row.isDemo });
  }
  return plan.indicators.map((indicator) => ({ indicator, latest: latest.get(indicator.id) ?? null }));
}
