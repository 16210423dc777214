/**
 * The first start of a demo database: on an empty store (no observations, no users) write
 * the synthetic demo province and one account per role. On any other store do nothing —
 * demo data never mixes into real data.
 */
import { seedDemo } from '../../commands/seed-demo.ts';
import type { Plan } from '../../plan/derive.ts';
import type { ChangeContext } from '../../store/actor.ts';
import { countUsers } from '../../store/accounts-users.ts';
import type { Store } from '../../store/open-database.ts';
import { createDemoAccounts, type DemoAccount } from './demo-accounts.ts';

export type DemoPreparation = { prepared: false; reason: 'not-empty' } | { prepared: true; accounts: DemoAccount[] };

async function storeIsEmpty(store: Store): Promise<boolean> {
  const observation = await store.db.selectFrom('observations').select('id').limit(1).executeTakeFirst();
  return observation === undefined && (await countUsers(store.db)) === 0;
}

export async function prepareDemo(request: { store: Store; plan: Plan; enterprises: number; change: ChangeContext }): Promise<DemoPreparation> {
  const { store, plan } = request;
  if (!(await storeIsEmpty(store))) return { prepared: false, reason: 'not-empty' };
  await seedDemo({ store, plan, options: { enterprises: request.enterprises }, ctx: request.change });
  // A demo enterprise of Haikou when there is one, so the enterprise and region demo accounts meet.
  const enterprise = await store.db
    .selectFrom('enterprises')
    .select('creditCode')
    .where('isDemo', '=', 1)
    .orderBy((eb) => eb.case().when('regionCode', '=', '460100').then(0).else(1).end())
    .orderBy('creditCode')
    .limit(1)
    .executeTakeFirst();
  const accounts = await createDemoAccounts({ db: store.db, plan, change: { ...request.change, origin: 'demo' } }, enterprise?.creditCode ?? null);
  return { prepared: true, accounts };
}
