/**
 * How much of the stored data the report stands on: region-level yearly values of the plan
 * up to the evaluation year, by approval status, and how many of those used are pending or
 * demo. The appendix states the share of approved data from these counts.
 */
import type { Db } from '../../store/open-database.ts';
import type { ObservationStats } from '../model/inputs.ts';

export async function observationStats(db: Db, planId: string, year: number, includePending: boolean): Promise<ObservationStats> {
  const rows = await db
    .selectFrom('observations')
    .select(({ fn }) => ['status', 'isDemo', fn.countAll<number>().as('n')])
    .where('planId', '=', planId)
    .where('parkId', '=', '')
    .where('quarter', 'is', null)
    .where('deletedAt', 'is', null)
    .where('year', '<=', year)
    .groupBy(['status', 'isDemo'])
    .execute();
  const used = new Set(includePending ? ['approved', 'submitted'] : ['approved']);
  const stats: ObservationStats = { stored: 0, byStatus: {}, used: 0, pendingUsed: 0, demoUsed: 0 };
  for (const row of rows) {
    const n = Number(row.n);
    stats.stored += n;
    stats.byStatus[row.status] = (stats.byStatus[row.status] ?? 0) + n;
    if (!used.has(row.status)) continue;
    stats.used += n;
    if (row.status !== 'approved') stats.pendingUsed += n;
    if (row.isDemo === 1) stats.demoUsed += n;
  }
  return stats;
}
