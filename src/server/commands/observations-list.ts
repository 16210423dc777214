/**
 * Listing observations of the plan with filters and pages. The caller's visibility is a
 * filter like the others, applied in the query: a park officer's page and total count only
 * ever hold its park's values.
 */
import type { ObservationRow } from '../../store/database-schema.ts';
import type { Db } from '../../store/open-database.ts';
import type { ObservationListQuery } from '../schemas/observations-schemas.ts';
import type { ObservationVisibility } from './observations-access.ts';

export interface ObservationPage {
  items: ObservationRow[];
  total: number;
}

export async function listObservations(db: Db, planId: string, query: ObservationListQuery, visibility: Exclude<ObservationVisibility, { kind: 'none' }>): Promise<ObservationPage> {
  let select = db.selectFrom('observations').where('planId', '=', planId).where('deletedAt', 'is', null);
  if (visibility.kind === 'park') select = select.where('parkId', '=', visibility.parkId);
  if (query.indicator !== undefined) select = select.where('seriesId', '=', query.indicator);
  if (query.region !== undefined) select = select.where('regionCode', '=', query.region);
  if (query.park !== undefined) select = select.where('parkId', '=', query.park);
  if (query.period !== undefined) select = select.where('period', '=', query.period);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
  const enteredBy = query.enteredBy;
  if (enteredBy !== undefined) select = select.where((eb) => eb.or([eb('createdBy', '=', enteredBy), eb('submittedBy', '=', enteredBy)]));

  const counted = await select.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const items = await select
    .selectAll()
    .orderBy('seriesId')
    .orderBy('regionCode')
    .orderBy('parkId')
    .orderBy('period')
    .orderBy('kind')
    .orderBy('id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items, total: Number(counted.total) };
}
