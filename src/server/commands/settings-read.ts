/**
 * GET /api/settings: the public-portal switch, whether the store holds demo data, the
 * uploaded boundaries (a summary), the plan's identity and the version — what the web app
 * needs before anyone logs in. Cheap: two index lookups and one small row (see 0004-settings).
 */
import type { Db } from '../../store/open-database.ts';
import type { Actor } from '../policy/actor.ts';
import type { ServerContext } from '../server-context.ts';
import { readBoundariesSummary, type StoredBoundariesSummary } from './boundaries.ts';

/** Demo records: synthetic enterprises, or observations (not deleted) generated as demo data. */
export async function storeHoldsDemoData(db: Db): Promise<boolean> {
  const enterprise = await db.selectFrom('enterprises').select('creditCode').where('isDemo', '=', 1).limit(1).executeTakeFirst();
  if (enterprise) return true;
  const observation = await db.selectFrom('observations').select('id').where('isDemo', '=', 1).where('deletedAt', 'is', null).limit(1).executeTakeFirst();
  return observation !== undefined;
}

export interface SettingsDocument {
  publicPortal: boolean;
  publicPortalSource: 'default' | 'admin';
  demoData: boolean;
  boundaries: (Omit<StoredBoundariesSummary, 'uploadedBy'> & { uploadedBy: string | null }) | null;
  plan: { id: string; title: { zh: string; en: string }; baseYear: number; targetYear: number };
  /** First and last years with approved actual values of this plan (published data), or null. */
  dataYears: { first: number; last: number } | null;
  version: string;
}

/** The span of approved actual values: the web app evaluates the last year by default. */
export async function approvedDataYears(db: Db, planId: string): Promise<{ first: number; last: number } | null> {
  const row = await db
    .selectFrom('observations')
    .select(({ fn }) => [fn.min<number>('year').as('first'), fn.max<number>('year').as('last')])
    .where('planId', '=', planId)
    .where('status', '=', 'approved')
    .where('kind', '=', 'actual')
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row && row.first !== null && row.last !== null ? { first: Number(row.first), last: Number(row.last) } : null;
}

export async function readSettings(ctx: Pick<ServerContext, 'store' | 'plan' | 'publicPortal' | 'version'>, actor: Actor): Promise<SettingsDocument> {
  const demoData = await storeHoldsDemoData(ctx.store.db);
  const boundaries = await readBoundariesSummary(ctx.store.db);
  const portal = ctx.publicPortal.state;
  return {
    publicPortal: portal.enabled,
    publicPortalSource: portal.source,
    demoData,
    // An administrator's username is not for anonymous readers.
    boundaries: boundaries === null ? null : { ...boundaries, uploadedBy: actor.kind === 'user' ? boundaries.uploadedBy : null },
    plan: { id: ctx.plan.id, title: ctx.plan.title, baseYear: ctx.plan.baseYear, targetYear: ctx.plan.targetYear },
    dataYears: await approvedDataYears(ctx.store.db, ctx.plan.id),
    version: ctx.version,
  };
}
