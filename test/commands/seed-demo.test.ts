import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import type { Db } from '../../src/store/open-database.ts';
import type { DATA_TABLES } from '../../src/store/table-order.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';

async function count(db: Db, table: (typeof DATA_TABLES)[number]['table'], where?: [string, unknown]) {
  let query = db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n'));
  if (where) query = query.where(where[0] as never, '=', where[1] as never);
  return (await query.executeTakeFirstOrThrow()).n;
}

for (const engine of ENGINES) {
  describe(`demo seed on ${engine}`, () => {
    let store: TestStore;
    let plan: Plan;
    beforeAll(async () => {
      store = await freshStore(engine);
      plan = await loadPlan(hainanPlanDir);
    });
    afterAll(async () => {
      await store.dispose();
    });

    it('writes the demo province, every row marked demo, and a second seed changes nothing', async () => {
      const first = await seedDemo({ store, plan, options: { enterprises: 300 }, ctx: changeContext() });
      const s = first.summary;
      expect(first.counts.observations.inserted).toBe(s.observations);
      expect(first.counts.enterprises.inserted).toBe(300);
      expect(first.counts.annual.inserted).toBe(s.annualRows);
      expect(first.counts.certifications.inserted).toBe(s.certificationRows);
      expect(first.counts.projects.inserted).toBe(s.projectProgress);
      expect(first.counts.milestones.inserted).toBe(s.milestones);
      expect(first.counts.calendar.inserted).toBe(s.calendarEntries);
      expect(await count(store.db, 'enterprises')).toBe(300);
      expect(await count(store.db, 'certifications')).toBe(s.certificationRows);
      for (const table of ['observations', 'enterprises', 'enterpriseAnnual', 'certifications', 'projectProgress', 'milestones', 'reportingCalendar'] as const) {
        expect(await count(store.db, table, ['isDemo', 0]), `${table} rows not marked demo`).toBe(0);
      }
      expect(await count(store.db, 'observations', ['originKind', 'demo'])).toBe(s.observations);

      const second = await seedDemo({ store, plan, options: { enterprises: 300 }, ctx: changeContext({ at: '2027-04-01T00:00:00.000Z' }) });
      for (const c of Object.values(second.counts)) expect(c).toMatchObject({ inserted: 0, updated: 0 });
    });

    it('feeds the evaluation: approved demo values, said to be demo', async () => {
      const read = await observationsForEvaluation(store.db, plan.id);
      expect(read.observations.length).toBeGreaterThan(2000);
      expect(read.demo).toBe(read.observations.length);
      expect(read.pending).toBe(0);
      const province2025 = read.observations.find((o) => o.indicatorId === 'hitech-revenue' && o.region === '460000' && o.year === 2025);
      expect(province2025?.value).toBeCloseTo(plan.indicators.find((i) => i.id === 'hitech-revenue')!.baseline!.value, 2);
    });
  });
}
