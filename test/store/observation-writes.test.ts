import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ObservationInput } from '../../src/records/observation.ts';
import { historyOf } from '../../src/store/history.ts';
import { createDraft, editObservation, observationKey, transitionObservation } from '../../src/store/observation-writes.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import { ensurePlanVersion } from '../../src/store/plan-versions.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';

const input = (overrides: Partial<ObservationInput> = {}): ObservationInput => ({
  seriesId: 'digital-economy-revenue', regionCode: '460400', parkId: null, period: '2026', kind: 'actual', value: 120, note: null, ...overrides,
});

for (const engine of ENGINES) {
  describe(`observation workflow in the store on ${engine}`, () => {
    let store: TestStore;
    let versionId: number;
    const planId = 'hainan-hitech-2026-2030';
    beforeEach(async () => {
      store = await freshStore(engine);
      versionId = (await ensurePlanVersion(store.db, await loadPlan(hainanPlanDir), '2027-01-01T00:00:00.000Z')).id;
    });
    afterEach(async () => {
      await store.dispose();
    });
    const draft = (overrides: Partial<ObservationInput> = {}, actor = 'danzhou-officer') =>
      createDraft(store.db, { planId, planVersionId: versionId, unit: '100m-cny', input: input(overrides), originKind: 'form' }, changeContext({ actor, origin: 'form' }));

    it('park data: draft, edit, submit, region approval, province approval; locked; reopened with a reason; all in the history', async () => {
      const created = await draft({ parkId: 'yangpu' }, 'yangpu-officer');
      if (!created.ok) throw new Error(created.refusal);
      const id = created.observation.id;
      expect(created.observation).toMatchObject({ status: 'draft', parkId: 'yangpu', createdBy: 'yangpu-officer' });
      expect((await draft({ parkId: 'yangpu' })).ok).toBe(false);

      expect(await editObservation(store.db, id, { value: 125.5, note: '含洋浦保税港区' }, changeContext({ actor: 'yangpu-officer', at: '2027-03-01T00:00:00.000Z' }))).toMatchObject({ ok: true, observation: { value: 125.5 } });
      const step = (action: Parameters<typeof transitionObservation>[2], actor: string, reason?: string) =>
        transitionObservation(store.db, id, action, changeContext({ actor, ...(reason ? { reason } : {}) }));
      expect(await step('submit', 'yangpu-officer')).toMatchObject({ ok: true, observation: { status: 'submitted', submittedBy: 'yangpu-officer' } });
      expect(await step('approve', 'analyst')).toMatchObject({ ok: false, refusal: 'region_approval_first' });
      expect(await step('approve-region', 'danzhou-officer')).toMatchObject({ ok: true, observation: { status: 'submitted', regionApprovedBy: 'danzhou-officer' } });
      expect(await step('approve', 'analyst')).toMatchObject({ ok: true, observation: { status: 'approved', approvedBy: 'analyst' } });
      expect(await editObservation(store.db, id, { value: 1 }, changeContext())).toMatchObject({ ok: false, refusal: 'locked' });
      expect(await step('reopen', 'analyst')).toMatchObject({ ok: false, refusal: 'reason_required' });
      expect(await step('reopen', 'analyst', '统计局修订数据')).toMatchObject({ ok: true, observation: { status: 'returned', returnReason: '统计局修订数据', approvedBy: null } });
      expect(await editObservation(store.db, id, { value: 130 }, changeContext({ actor: 'yangpu-officer' }))).toMatchObject({ ok: true, observation: { value: 130 } });

      const history = await historyOf(store.db, 'observation', observationKey(created.observation));
      expect(history.map((h) => [h.action, h.actor, JSON.stringify(h.changes)])).toEqual([
        ['create', 'yangpu-officer', JSON.stringify({ value: [null, 120], note: [null, null], status: [null, 'draft'] })],
        ['update', 'yangpu-officer', JSON.stringify({ value: [120, 125.5], note: [null, '含洋浦保税港区'] })],
        ['submit', 'yangpu-officer', JSON.stringify({ status: ['draft', 'submitted'] })],
        ['approve-region', 'danzhou-officer', JSON.stringify({ status: ['submitted', 'submitted'], regionApproved: [false, true] })],
        ['approve', 'analyst', JSON.stringify({ status: ['submitted', 'approved'] })],
        ['reopen', 'analyst', JSON.stringify({ status: ['approved', 'returned'] })],
        ['update', 'yangpu-officer', JSON.stringify({ value: [125.5, 130] })],
      ]);
      expect(history[5]!.reason).toBe('统计局修订数据');
    });

    it('the evaluation sees approved values, and pending ones only when asked', async () => {
      const a = await draft({ regionCode: '460000', value: 3000 });
      const b = await draft({ regionCode: '460100', value: 1500 });
      if (!a.ok || !b.ok) throw new Error('draft refused');
      for (const action of ['submit', 'approve'] as const) await transitionObservation(store.db, a.observation.id, action, changeContext());
      await transitionObservation(store.db, b.observation.id, 'submit', changeContext());
      expect((await observationsForEvaluation(store.db, planId)).observations.map((o) => o.region)).toEqual(['460000']);
      const withPending = await observationsForEvaluation(store.db, planId, { includePending: true });
      expect(withPending.observations.map((o) => o.region)).toEqual(['460000', '460100']);
      expect(withPending.pending).toBe(1);
    });
  });
}

describe('pending values in the evaluation', () => {
  it('are flagged on the latest value when included', async () => {
    const { evaluatePlan } = await import('../../src/evaluation/evaluate-plan.ts');
    const plan = await loadPlan(hainanPlanDir);
    const observations = [
      { indicatorId: 'digital-economy-revenue', region: '460000', year: 2025, value: 2611.68, kind: 'actual' as const },
      { indicatorId: 'digital-economy-revenue', region: '460000', year: 2026, value: 2850, kind: 'actual' as const, pending: true },
      { indicatorId: 'gdp', region: '460000', year: 2026, value: 8500, kind: 'actual' as const },
      { indicatorId: 'digital-core-value-added', region: '460000', year: 2026, value: 560, kind: 'actual' as const, pending: true },
    ];
    const evaluation = evaluatePlan(plan, observations, 2026);
    const digital = evaluation.indicators.find((i) => i.id === 'digital-economy-revenue')!;
    expect(digital.latest).toMatchObject({ year: 2026, value: 2850, pending: true });
    const share = evaluation.indicators.find((i) => i.id === 'digital-core-value-added-share')!;
    expect(share.latest).toMatchObject({ year: 2026, origin: 'computed', pending: true });
    const approvedOnly = evaluatePlan(plan, observations.map(({ pending: _p, ...o }) => o), 2026);
    expect(approvedOnly.indicators.find((i) => i.id === 'digital-economy-revenue')!.latest!.pending).toBe(false);
  });
});
