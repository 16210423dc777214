/** Reading observations back out of the store, in the shape the evaluation takes. */
import type { Observation } from '../evaluation/observation.ts';
import type { ObservationStatus } from '../records/observation.ts';
import type { Db } from './open-database.ts';

export interface EvaluationReadOptions {
  /** Also take submitted (not yet approved) values; by default only approved ones count. */
  includePending?: boolean;
}

export interface StoredObservationSummary {
  observations: Observation[];
  /** How many of them are pending (submitted, not approved) and how many are demo data. */
  pending: number;
  demo: number;
}

/** Yearly, region-level observations of a plan (park rows and quarters are not evaluated). */
export async function observationsForEvaluation(db: Db, planId: string, options: EvaluationReadOptions = {}): Promise<StoredObservationSummary> {
  const statuses: ObservationStatus[] = options.includePending ? ['approved', 'submitted'] : ['approved'];
  const rows = await db
    .selectFrom('observations')
    .select(['seriesId', 'regionCode', 'year', 'value', 'kind', 'note', 'status', 'isDemo'])
    .where('planId', '=', planId)
    .where('parkId', '=', '')
    .where('quarter', 'is', null)
    .where('deletedAt', 'is', null)
    .where('status', 'in', statuses)
    .orderBy('seriesId')
    .orderBy('regionCode')
    .orderBy('year')
    .execute();
  return {
    observations: rows.map((row) => ({
      indicatorId: row.seriesId,
      region: row.regionCode,
      year: row.year,
      value: row.value,
      kind: row.kind === 'target' ? 'target' : 'actual',
      ...(row.note ? { note: row.note } : {}),
      ...(row.status !== 'approved' ? { pending: true } : {}),
    })),
    pending: rows.filter((row) => row.status !== 'approved').length,
    demo: rows.filter((row) => row.isDemo === 1).length,
  };
}
