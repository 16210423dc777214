/** A store filled with the demo province, and the report's fixed year and day. */
import { seedDemo, type SeedDemoOutcome } from '../../src/commands/seed-demo.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import type { Engine } from '../../src/store/engine.ts';
import { changeContext } from '../support/clock.ts';
import { freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';

export const REPORT_YEAR = 2028;
export const REPORT_TODAY = '2029-05-01';
export const DEMO_ENTERPRISES = 300;

export interface SeededStore {
  store: TestStore;
  plan: Plan;
  seed: SeedDemoOutcome;
}

export async function seededStore(engine: Engine): Promise<SeededStore> {
  const plan = await loadPlan(hainanPlanDir);
  const store = await freshStore(engine);
  try {
    const seed = await seedDemo({ store, plan, options: { enterprises: DEMO_ENTERPRISES }, ctx: changeContext() });
    return { store, plan, seed };
  } catch (error) {
    await store.dispose();
    throw error;
  }
}
