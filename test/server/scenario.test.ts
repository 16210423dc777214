import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { annualRate } from '../../src/evaluation/rate-inputs.ts';
import { runScenario } from '../../src/evaluation/scenario.ts';
import { roundTo } from '../../src/plan/growth.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import { createDraft, transitionObservation } from '../../src/store/observation-writes.ts';
import { ensurePlanVersion } from '../../src/store/plan-versions.ts';
import { ENGINES } from '../support/engines.ts';
import { send } from './authorization-matrix-fixture.ts';
import { DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

for (const engine of ENGINES) {
  describe(`POST /api/scenario on ${engine}`, () => {
    let api: TestApi;
    let viewer: Session;
    let parkOfficer: Session;
    let admin: Session;
    beforeAll(async () => {
      api = await testApi(engine);
      await api.addUser({ username: 'viewer', role: 'viewer' });
      await api.addUser({ username: 'admin', role: 'admin' });
      await api.addUser({ username: 'park', role: 'park-officer', parkId: 'yangpu' });
      viewer = await api.login('viewer', DEFAULT_PASSWORD);
      admin = await api.login('admin', DEFAULT_PASSWORD);
      parkOfficer = await api.login('park', DEFAULT_PASSWORD);
    });
    afterAll(async () => api.close());

    const scenario = (payload: unknown, session: Session = viewer) => send(api.app, 'POST', '/api/scenario', { session, payload });

    it('on an empty store: the base year, clusters on the growth the plan requires, no GDP', async () => {
      const response = await scenario({});
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.assumptions).toEqual({ year: 2025, yearSource: 'base-year', includePending: false, gdpGrowthPct: null, gdpAssumption: 'none' });
      expect(body.gdp).toBeNull();
      expect(body.growthLimits).toEqual({ min: -50, max: 100 });
      expect(body.values).toEqual({ demo: 0, pending: 0 });
      expect(body.clusters.length).toBeGreaterThan(0);
      for (const line of body.clusters) expect(['required', 'none']).toContain(line.assumption);
    });

    it('GDP with one value only: no growth so far, so neither GDP nor the shares over it are projected', async () => {
      const version = await ensurePlanVersion(api.store.db, api.plan, api.clock.now().toISOString());
      const change = { actor: 'tester', at: api.clock.now().toISOString(), origin: 'test' };
      const draft = await createDraft(
        api.store.db,
        { planId: api.plan.id, planVersionId: version.id, unit: '100m-cny', originKind: 'api', input: { seriesId: 'gdp', regionCode: '460000', parkId: null, period: '2025', kind: 'actual', value: 8000, note: null } },
        change,
      );
      if (!draft.ok) throw new Error(draft.refusal);
      for (const step of ['submit', 'approve'] as const) await transitionObservation(api.store.db, draft.observation.id, step, change);
      const body = (await scenario({})).json();
      expect(body.assumptions).toMatchObject({ gdpGrowthPct: null, gdpAssumption: 'none' });
      expect(body.gdp).toMatchObject({ start: { year: 2025, value: 8000 }, growthPct: null, assumption: 'none', projected: null, met: null });
      for (const share of body.shares) expect(share).toMatchObject({ projected: null, met: null, assumption: 'none' });
      expect([...body.targetsMet, ...body.targetsMissed]).not.toContain('hitech-value-added-share');
      // With a GDP growth given, they are.
      const given = (await scenario({ gdpGrowthPct: 5 })).json();
      expect(given.gdp).toMatchObject({ growthPct: 5, assumption: 'given', projected: roundTo(8000 * 1.05 ** 5, 2) });
    });

    describe('on the demo data', () => {
      beforeAll(async () => {
        await seedDemo({ store: api.store, plan: api.plan, options: { enterprises: 5 }, ctx: { actor: 'tester', at: api.clock.now().toISOString(), origin: 'test' } });
      });

      it('an empty body gives the defaults: the latest year, each line’s growth so far — the engine’s result on the evaluation’s values', async () => {
        const response = await scenario({});
        expect(response.statusCode).toBe(200);
        const body = response.json();
        const read = await observationsForEvaluation(api.store.db, api.plan.id, { includePending: false });
        const gdp = read.observations.filter((o) => o.indicatorId === 'gdp' && o.region === '460000').sort((a, b) => a.year - b.year);
        const gdpGrowthPct = roundTo(annualRate(gdp[0]!.value, gdp.at(-1)!.value, gdp.at(-1)!.year - gdp[0]!.year) * 100, 2);
        expect(body.assumptions).toEqual({ year: 2028, yearSource: 'latest-data', includePending: false, gdpGrowthPct, gdpAssumption: 'actual' });
        const engineResult = runScenario(api.plan, read.observations, 2028, { clusterGrowthPct: {}, gdpGrowthPct });
        const { values, ...result } = body;
        delete result.assumptions;
        delete result.growthLimits;
        // GDP's start is a series point: the response gives its year and value only.
        const { year, value } = engineResult.gdp!.start!;
        expect(result).toEqual({ ...engineResult, gdp: { ...engineResult.gdp!, start: { year, value }, assumption: 'actual' } });
        expect(values.demo).toBe(read.demo);
        expect(response.headers['x-plansight-demo-values']).toBe(String(read.demo));
        expect(body.clusters.some((c: { assumption: string }) => c.assumption === 'actual')).toBe(true);
        for (const line of body.clusters) expect(line).toEqual(expect.objectContaining({ growthPct: expect.anything(), assumption: expect.any(String) }));
      });

      it('given assumptions are used and said so', async () => {
        const body = (
          await scenario({
            clusterGrowthPct: { 'digital-economy': 12.5 },
            gdpGrowthPct: 4,
            totalGrowthPct: 9,
            shareDrivers: { 'digital-core-value-added-share': 'digital-economy' },
            year: 2027,
          })
        ).json();
        expect(body.year).toBe(2027);
        expect(body.assumptions).toMatchObject({ year: 2027, yearSource: 'given', gdpGrowthPct: 4, gdpAssumption: 'given' });
        expect(body.clusters.find((c: { id: string }) => c.id === 'digital-economy')).toMatchObject({ growthPct: 12.5, assumption: 'given' });
        expect(body.gdp).toMatchObject({ growthPct: 4, assumption: 'given' });
        expect(body.total).toMatchObject({ growthPct: 9, assumption: 'given' });
        expect(body.shares.find((s: { id: string }) => s.id === 'digital-core-value-added-share')).toMatchObject({ growthPct: 12.5, assumption: 'driver' });
      });

      it('pending values on request, for roles that read every region (as the evaluation)', async () => {
        const pending = await scenario({ includePending: true }, admin);
        expect(pending.statusCode).toBe(200);
        expect(pending.json().assumptions.includePending).toBe(true);
        const refused = await scenario({ includePending: true }, parkOfficer);
        expect(refused.statusCode).toBe(403);
        expect((await scenario({}, parkOfficer)).statusCode).toBe(200);
      });
    });

    it('refuses unknown ids, growth out of range, a year outside the plan and unknown fields — naming the field', async () => {
      const field = async (payload: unknown) => {
        const response = await scenario(payload);
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
        return response.json().error.details.map((d: { field?: string }) => d.field);
      };
      expect(await field({ clusterGrowthPct: { steel: 5 } })).toEqual(['clusterGrowthPct.steel']);
      expect(await field({ clusterGrowthPct: { 'digital-economy': 150 } })).toEqual(['clusterGrowthPct.digital-economy']);
      expect(await field({ gdpGrowthPct: -60 })).toEqual(['gdpGrowthPct']);
      expect(await field({ totalGrowthPct: 'fast' })).toEqual(['totalGrowthPct']);
      expect(await field({ shareDrivers: { 'hitech-revenue': 'total' } })).toEqual(['shareDrivers.hitech-revenue']);
      expect(await field({ shareDrivers: { 'digital-core-value-added-share': 'steel' } })).toEqual(['shareDrivers.digital-core-value-added-share']);
      expect(await field({ year: 2040 })).toEqual(['year']);
      expect(await field({ speed: 1 })).toEqual(['speed']);
      const unknown = await scenario({ clusterGrowthPct: { steel: 5 } });
      expect(unknown.json().error.details[0].expected.en).toMatch(/^a cluster id of the plan: digital-economy, /);
    });

    it('signed-in users only, even with the public portal on', async () => {
      expect((await send(api.app, 'POST', '/api/scenario', { payload: {} })).statusCode).toBe(401);
      const portal = await testApi(engine, { publicPortal: true });
      try {
        expect((await send(portal.app, 'POST', '/api/scenario', { payload: {} })).statusCode).toBe(401);
      } finally {
        await portal.close();
      }
    });
  });
}
