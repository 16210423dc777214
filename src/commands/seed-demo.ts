/**
 * Filling the store with the demo province: every row marked demo, written by natural key
 * (seeding twice with the same seed changes nothing), in one transaction.
 */
import { generateDemo, type DemoSummary } from '../demo/generate-demo.ts';
import type { DemoOptionsInput } from '../demo/demo-options.ts';
import type { Plan } from '../plan/derive.ts';
import type { RecordKindId } from '../records/record-kinds.ts';
import type { ChangeContext } from '../store/actor.ts';
import type { Db, Store } from '../store/open-database.ts';
import { ensurePlanVersion } from '../store/plan-versions.ts';
import { applyChanges, diffRecords, loadStored, type SyncCounts } from '../store/record-sync.ts';
import { recordTableFor } from './record-tables.ts';

export interface SeedDemoRequest {
  store: Store;
  plan: Plan;
  options: DemoOptionsInput;
  ctx: ChangeContext;
  onProgress?(progress: { enterprises: number; total: number }): void;
}

export interface SeedDemoOutcome {
  summary: DemoSummary;
  counts: Record<RecordKindId, SyncCounts>;
}

const ENTERPRISE_BATCH = 500;

export async function seedDemo(request: SeedDemoRequest): Promise<SeedDemoOutcome> {
  const { store, plan } = request;
  const demo = generateDemo(plan, request.options);
  const ctx: ChangeContext = { ...request.ctx, origin: 'demo' };
  const counts = {} as Record<RecordKindId, SyncCounts>;
  await store.db.transaction().execute(async (trx) => {
    const version = await ensurePlanVersion(trx, plan, ctx.at);
    const setup = { plan, planVersionId: version.id, isDemo: true, status: 'approved' as const, originFile: null };
    const write = async (db: Db, kind: RecordKindId, records: readonly unknown[]) => {
      const table = recordTableFor(kind, setup);
      const list = records as never[];
      const done = await applyChanges(db, table, diffRecords(table, list, await loadStored(db, table, list)), ctx);
      const sum = (counts[kind] ??= { inserted: 0, updated: 0, unchanged: 0 });
      sum.inserted += done.inserted;
      sum.updated += done.updated;
      sum.unchanged += done.unchanged;
    };
    await write(trx, 'observations', demo.observations.map((o) => ({ ...o, originRow: null })));
    await write(trx, 'projects', demo.projects);
    await write(trx, 'milestones', demo.milestones);
    await write(trx, 'calendar', demo.calendar);
    for (let from = 0; from < demo.enterpriseCount; from += ENTERPRISE_BATCH) {
      const batch = [...demo.enterprises(from, Math.min(demo.enterpriseCount, from + ENTERPRISE_BATCH))];
      await write(trx, 'enterprises', batch.map((b) => b.enterprise));
      await write(trx, 'annual', batch.flatMap((b) => b.annual));
      await write(trx, 'certifications', batch.flatMap((b) => b.certifications));
      request.onProgress?.({ enterprises: from + batch.length, total: demo.enterpriseCount });
    }
  });
  return { summary: demo.summary, counts };
}
