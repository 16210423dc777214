import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import type { ObservationRecord } from '../../src/records/observation.ts';
import type { CalendarEntryInput } from '../../src/records/reporting-calendar.ts';
import { calendarStates } from '../../src/store/calendar-queries.ts';
import { ensurePlanVersion } from '../../src/store/plan-versions.ts';
import { applyChanges, diffRecords, type RecordTable } from '../../src/store/record-sync.ts';
import { observationTable } from '../../src/store/tables/observations-table.ts';
import { calendarTable } from '../../src/store/tables/project-tables.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { samplePlanDir } from '../support/paths.ts';

for (const engine of ENGINES) {
  describe(`reporting calendar on ${engine}`, () => {
    let store: TestStore;
    beforeEach(async () => {
      store = await freshStore(engine);
    });
    afterEach(async () => {
      await store.dispose();
    });

    it('lists each entry as done, due or overdue on the given day', async () => {
      const plan = await loadPlan(samplePlanDir);
      const version = await ensurePlanVersion(store.db, plan, '2027-01-01T00:00:00.000Z');
      const entries: CalendarEntryInput[] = [
        { seriesId: 'digital-revenue', regionCode: '990101', parkId: null, period: '2026', dueOn: '2027-03-31' },
        { seriesId: 'digital-revenue', regionCode: '990102', parkId: null, period: '2026', dueOn: '2027-03-31' },
        { seriesId: 'digital-revenue', regionCode: '990103', parkId: null, period: '2026', dueOn: '2027-03-31' },
        { seriesId: 'digital-revenue', regionCode: '990101', parkId: null, period: '2027', dueOn: '2028-03-31' },
      ];
      const observation = (regionCode: string, status: 'submitted' | 'draft'): [RecordTable<ObservationRecord>, ObservationRecord[]] => [
        observationTable({ planId: plan.id, planVersionId: version.id, unitOf: () => '100m-cny', status, originKind: 'form', originFile: null, isDemo: false }),
        [{ seriesId: 'digital-revenue', regionCode, parkId: null, period: '2026', kind: 'actual', value: 80, note: null, originRow: null }],
      ];
      const calendar = calendarTable(plan.id);
      await applyChanges(store.db, calendar, diffRecords(calendar, entries, new Map()), changeContext());
      for (const [table, rows] of [observation('990101', 'submitted'), observation('990102', 'draft')]) {
        await applyChanges(store.db, table, diffRecords(table, rows, new Map()), changeContext());
      }
      const items = await calendarStates(store.db, { planId: plan.id, today: '2027-04-15' });
      expect(items.map((i) => [i.regionCode, i.period, i.state, i.observationStatus])).toEqual([
        ['990101', '2026', 'done', 'submitted'],
        ['990102', '2026', 'overdue', 'draft'],
        ['990103', '2026', 'overdue', null],
        ['990101', '2027', 'due', null],
      ]);
      const early = await calendarStates(store.db, { planId: plan.id, today: '2027-03-01', regionCodes: ['990103'] });
      expect(early.map((i) => i.state)).toEqual(['due']);
    });
  });
}
