/** Which versions of a plan the store has seen; every stored observation names one. */
import type { Plan } from '../plan/derive.ts';
import { planContentHash } from '../plan/plan-hash.ts';
import type { Db } from './open-database.ts';

export interface PlanVersion {
  id: number;
  planId: string;
  contentHash: string;
}

/** The id of this plan version, registering it on first sight. */
export async function ensurePlanVersion(db: Db, plan: Plan, at: string): Promise<PlanVersion> {
  const contentHash = planContentHash(plan);
  const find = () =>
    db.selectFrom('planVersions').select(['id', 'planId', 'contentHash']).where('planId', '=', plan.id).where('contentHash', '=', contentHash).executeTakeFirst();
  const existing = await find();
  if (existing) return existing;
  await db
    .insertInto('planVersions')
    .values({ planId: plan.id, contentHash, title: plan.title.zh, loadedAt: at })
    .onConflict((oc) => oc.columns(['planId', 'contentHash']).doNothing())
    .execute();
  const created = await find();
  if (!created) throw new Error(`could not register plan version ${plan.id} ${contentHash}`);
  return created;
}
