import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { evaluatePlan } from '../../src/evaluation/evaluate-plan.ts';
import { evaluationJson } from '../../src/evaluation/evaluation-json.ts';
import { observationsForEvaluation } from '../../src/store/observation-queries.ts';
import { createDraft, transitionObservation } from '../../src/store/observation-writes.ts';
import { ensurePlanVersion } from '../../src/store/plan-versions.ts';
import { ENGINES } from '../support/engines.ts';
import { as, seededApi, send, type SeededApi } from './authorization-matrix-fixture.ts';

/** `plansight evaluate` run in-process on the API's store; its stdout parsed. */
async function cliEvaluation(storeUrl: string, ...args: string[]): Promise<{ code: number; json: unknown; stderr: string }> {
  const previous = process.env.PLANSIGHT_DATABASE_URL;
  process.env.PLANSIGHT_DATABASE_URL = storeUrl;
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(['node', 'plansight', 'evaluate', ...args, '--format', 'json'], { out: (l) => out.push(l), err: (l) => err.push(l), setExitCode: () => {} });
    return { code, json: code === 0 ? JSON.parse(out.join('\n')) : null, stderr: err.join('\n') };
  } finally {
    if (previous === undefined) delete process.env.PLANSIGHT_DATABASE_URL;
    else process.env.PLANSIGHT_DATABASE_URL = previous;
  }
}

interface IndicatorRow {
  id: string;
  latest: { year: number; value: number; pending: boolean } | null;
}

for (const engine of ENGINES) {
  describe(`GET /api/evaluation on ${engine}`, () => {
    let api: SeededApi;
    beforeAll(async () => {
      api = await seededApi(engine);
    });
    afterAll(async () => api.close());

    const get = (url: string, actor: Parameters<typeof as>[1] = 'viewer') => {
      const { app, options } = as(api, actor);
      return send(app, 'GET', url, options);
    };

    it('returns exactly the JSON of `plansight evaluate --format json` for the same store, with demo and pending counts in headers', async () => {
      const response = await get('/api/evaluation?year=2028');
      expect(response.statusCode, response.body).toBe(200);
      const read = await observationsForEvaluation(api.store.db, api.plan.id);
      const expected = JSON.parse(JSON.stringify(evaluationJson(api.plan, evaluatePlan(api.plan, read.observations, 2028))));
      expect(response.json()).toEqual(expected);
      const cli = await cliEvaluation(api.store.url, '--year', '2028');
      expect(cli.code, cli.stderr).toBe(0);
      expect(response.json()).toEqual(cli.json);
      expect(cli.stderr).toContain(`${read.demo}`);
      expect(response.headers['x-plansight-demo-values']).toBe(String(read.demo));
      expect(read.demo).toBeGreaterThan(0);
      expect(response.headers['x-plansight-pending-values']).toBe('0');
    });

    it('counts submitted values only with includePending=true, flags them, and still equals the CLI', async () => {
      const indicator = api.plan.indicators.find((i) => i.id === 'hitech-revenue')!;
      const province = api.plan.province.code;
      const version = await ensurePlanVersion(api.store.db, api.plan, api.change().at);
      const draft = await createDraft(
        api.store.db,
        { planId: api.plan.id, planVersionId: version.id, unit: indicator.unit, originKind: 'api', input: { seriesId: indicator.id, regionCode: province, parkId: null, period: '2029', kind: 'actual', value: 9100, note: null } },
        api.change(),
      );
      if (!draft.ok) throw new Error(draft.refusal);
      const submitted = await transitionObservation(api.store.db, draft.observation.id, 'submit', api.change());
      expect(submitted.ok).toBe(true);

      const approvedOnly = await get('/api/evaluation?year=2029');
      const withPending = await get('/api/evaluation?year=2029&includePending=true');
      expect(withPending.statusCode, withPending.body).toBe(200);
      const rowOf = (body: { indicators: IndicatorRow[] }) => body.indicators.find((r) => r.id === indicator.id)!;
      expect(rowOf(approvedOnly.json()).latest).toMatchObject({ year: 2028, pending: false });
      expect(rowOf(withPending.json()).latest).toEqual({ year: 2029, value: 9100, origin: expect.anything(), pending: true });
      expect(approvedOnly.headers['x-plansight-pending-values']).toBe('0');
      expect(withPending.headers['x-plansight-pending-values']).toBe('1');

      const cli = await cliEvaluation(api.store.url, '--year', '2029', '--include-pending');
      expect(withPending.json()).toEqual(cli.json);
      expect(approvedOnly.json()).toEqual((await cliEvaluation(api.store.url, '--year', '2029')).json);
    });

    it('gives the approved evaluation to every signed-in role, pending values only to those who read every region', async () => {
      for (const actor of ['admin', 'province-analyst', 'region-officer 460100', 'viewer', 'park-officer yangpu', 'enterprise'] as const) {
        expect((await get('/api/evaluation?year=2027', actor)).statusCode, actor).toBe(200);
      }
      for (const actor of ['admin', 'province-analyst', 'region-officer 460400', 'viewer'] as const) {
        expect((await get('/api/evaluation?year=2027&includePending=true', actor)).statusCode, actor).toBe(200);
      }
      for (const actor of ['park-officer yangpu', 'enterprise'] as const) {
        const refused = await get('/api/evaluation?year=2027&includePending=true', actor);
        expect(refused.statusCode, actor).toBe(403);
        expect(refused.json().error.code).toBe('forbidden');
      }
      // Not a public route: anonymous readers are refused even with the portal on.
      for (const actor of ['anonymous', 'anonymous (portal on)'] as const) expect((await get('/api/evaluation?year=2027', actor)).statusCode).toBe(401);
    });

    it('refuses a missing or malformed year and an unknown includePending with validation_failed', async () => {
      for (const url of ['/api/evaluation', '/api/evaluation?year=20x8', '/api/evaluation?year=28', '/api/evaluation?year=2028&includePending=yes', '/api/evaluation?year=2028&foo=1']) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
      }
    });
  });
}
