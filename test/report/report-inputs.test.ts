/** Gathering the report's inputs from the store, on both engines: the same value from each, agreeing with the demo it was seeded with. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationKinds } from '../../src/records/certification.ts';
import { gatherReportInputs, type ReportInputs } from '../../src/report/report-inputs.ts';
import type { Engine } from '../../src/store/engine.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import { ENGINES } from '../support/engines.ts';
import { REPORT_TODAY, REPORT_YEAR, seededStore, type SeededStore } from './report-fixture.ts';

const gathered = new Map<Engine, ReportInputs>();

for (const engine of ENGINES) {
  describe(`report inputs on ${engine}`, () => {
    let s: SeededStore;
    let inputs: ReportInputs;
    beforeAll(async () => {
      s = await seededStore(engine);
      inputs = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: REPORT_TODAY });
      gathered.set(engine, inputs);
    }, 120_000);
    afterAll(async () => {
      await s?.store.dispose();
    });

    it('reads the observations `plansight evaluate` reads, and says they are all demo and approved', async () => {
      const read = await observationsForEvaluation(s.store.db, s.plan.id);
      expect(inputs.observations).toEqual(read.observations.filter((o) => o.year <= REPORT_YEAR));
      expect(inputs.observationStats).toMatchObject({ stored: inputs.observations.length, used: inputs.observations.length, pendingUsed: 0 });
      expect(inputs.observationStats.byStatus).toEqual({ approved: inputs.observations.length });
      expect(inputs.demoRows.observations).toBe(inputs.observations.length);
    });

    it('counts the registry as the demo tallied it: valid at year end and ever certified, per kind and year', () => {
      const years = s.seed.summary.years;
      for (const kind of certificationKinds) {
        for (const year of [s.plan.baseYear, REPORT_YEAR]) {
          const k = years.indexOf(year);
          const row = inputs.certifications.find((c) => c.kind === kind && c.year === year);
          expect(row, `${kind} ${year}`).toMatchObject({
            validAtYearEnd: s.seed.summary.certifications[kind].validAtYearEnd[k],
            cumulative: s.seed.summary.certifications[kind].everCertified[k],
          });
        }
      }
      expect(inputs.certificationRows).toBe(s.seed.summary.certificationRows);
      expect(inputs.demoRows.certifications).toBe(s.seed.summary.certificationRows);
    });

    it('counts each enterprise-count indicator in the registry exactly as the demo observed it', () => {
      const counted = s.plan.indicators.filter((i) => i.measurement.kind === 'enterprise_count');
      expect(counted.length).toBeGreaterThan(0);
      for (const indicator of counted) {
        for (let year = s.plan.baseYear; year <= REPORT_YEAR; year++) {
          const observed = inputs.observations.find((o) => o.indicatorId === indicator.id && o.region === s.plan.province.code && o.year === year);
          const registry = inputs.registryCounts.find((c) => c.indicatorId === indicator.id && c.year === year);
          expect(registry?.count, `${indicator.id} ${year}`).toBe(observed?.value);
        }
      }
    });

    it('reads the projects, milestones, enterprises and calendar of the plan', () => {
      expect(inputs.projectProgress).toHaveLength(s.seed.summary.projectProgress);
      expect(inputs.milestones).toHaveLength(s.seed.summary.milestones);
      expect(inputs.enterprises.total).toBe(300);
      const byCluster = inputs.enterprises.byCluster.reduce((sum, c) => sum + c.enterprises, 0);
      expect(byCluster).toBeGreaterThanOrEqual(300);
      expect(inputs.calendar).toMatchObject({ entries: s.seed.summary.calendarEntries, done: s.seed.summary.calendarEntries, due: 0, overdue: [] });
      expect(inputs.demoRows).toMatchObject({ projects: s.seed.summary.projectProgress, milestones: s.seed.summary.milestones, enterprises: 300 });
    });

    it('reports a value sent back to draft as overdue data, and no longer uses it', async () => {
      const row = await s.store.db
        .selectFrom('observations')
        .select(['id', 'seriesId', 'regionCode', 'period'])
        .where('planId', '=', s.plan.id)
        .where('seriesId', '=', 'hitech-revenue')
        .where('regionCode', '=', '460100')
        .where('period', '=', '2027')
        .executeTakeFirstOrThrow();
      await s.store.db.updateTable('observations').set({ status: 'draft' }).where('id', '=', row.id).execute();
      const after = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: REPORT_TODAY });
      expect(after.calendar.overdue).toEqual([{ seriesId: 'hitech-revenue', regionCode: '460100', period: '2027', dueOn: '2028-03-31' }]);
      expect(after.observationStats.byStatus).toEqual({ approved: inputs.observations.length - 1, draft: 1 });
      expect(after.observations).toHaveLength(inputs.observations.length - 1);
      // Before its due day it is merely due, not overdue.
      const early = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: '2028-03-01' });
      expect(early.calendar.overdue).toEqual([]);
      expect(early.calendar.due).toBe(1);
    });
  });
}

describe('report inputs across engines', () => {
  it('are the same value from SQLite and PostgreSQL', () => {
    expect(gathered.size).toBe(ENGINES.length);
    const [first, ...rest] = [...gathered.values()];
    for (const other of rest) expect(other).toEqual(first);
  });
});
