import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/plan/export-plan.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

/** Stands in for the public routes still to come. */
const addPublicRoute = (app: FastifyInstance) => {
  app.get('/api/public/ping', async () => ({ pong: true }));
};

const PLAN_PATHS = ['/api/plan', '/api/plan/indicators', '/api/plan/indicators/hitech-revenue', '/api/plan/clusters', '/api/plan/regions', '/api/plan/poles', '/api/plan/parks', '/api/plan/projects', '/api/plan/programmes'];

for (const engine of ENGINES) {
  describe(`the plan resources on ${engine}`, () => {
    let api: TestApi;
    let portal: TestApi;
    let viewer: Session;
    beforeAll(async () => {
      api = await testApi(engine, {}, addPublicRoute);
      portal = await testApi(engine, { publicPortal: true }, addPublicRoute);
      await api.addUser({ username: 'enterprise-user', role: 'enterprise', creditCode: withCheckChar('91460000MA5T3C2R8') });
      viewer = await api.login('enterprise-user', DEFAULT_PASSWORD);
    });
    afterAll(async () => {
      await api.close();
      await portal.close();
    });

    it('gives every logged-in user the plan as `plan export` does', async () => {
      const expected = exportPlan(api.plan);
      const [summary, indicators, clusters, regions, poles, parks, projects, programmes] = await Promise.all(
        ['/api/plan', '/api/plan/indicators', '/api/plan/clusters', '/api/plan/regions', '/api/plan/poles', '/api/plan/parks', '/api/plan/projects', '/api/plan/programmes'].map(async (url) => {
          const response = await call(api.app, 'GET', url, { session: viewer });
          expect(response.statusCode, url).toBe(200);
          return response.json();
        }),
      );
      expect(summary).toMatchObject({ id: expected.id, baseYear: 2025, targetYear: 2030, counts: { indicators: expected.indicators.length, regions: 19, poles: 3 } });
      expect(summary.counts.segments).toBe(expected.clusters.reduce((n, c) => n + c.segments.length, 0));
      expect(indicators.items).toEqual(JSON.parse(JSON.stringify(expected.indicators)));
      expect(clusters.items).toEqual(JSON.parse(JSON.stringify(expected.clusters)));
      expect(clusters.items[0].segments.length).toBeGreaterThan(0);
      expect(regions.items).toEqual(JSON.parse(JSON.stringify(expected.regions)));
      expect(poles.items).toEqual(JSON.parse(JSON.stringify(expected.poles)));
      expect(parks.items).toEqual(JSON.parse(JSON.stringify(expected.parks)));
      expect(projects.items).toEqual(JSON.parse(JSON.stringify(expected.projects)));
      expect(programmes.items).toEqual(JSON.parse(JSON.stringify(expected.programmes)));

      const one = await call(api.app, 'GET', '/api/plan/indicators/hitech-revenue', { session: viewer });
      expect(one.json()).toEqual(indicators.items.find((i: { id: string }) => i.id === 'hitech-revenue'));
    });

    it('refuses anonymous readers while the public portal is off', async () => {
      for (const url of PLAN_PATHS) {
        const response = await call(api.app, 'GET', url);
        expect(response.statusCode, url).toBe(401);
        expect(response.json().error.code).toBe('unauthenticated');
      }
    });

    it('serves anonymous readers when the operator opens the public portal', async () => {
      for (const url of PLAN_PATHS) expect((await call(portal.app, 'GET', url)).statusCode, url).toBe(200);
    });

    it('guards /api/public/* for anonymous readers unless the portal is on, however the path is spelled', async () => {
      for (const url of ['/api/public/ping', '/api/%70ublic/ping', '/api/public/anything', '/api/public']) {
        const closed = await call(api.app, 'GET', url);
        expect(closed.statusCode, url).toBe(401);
      }
      expect((await call(portal.app, 'GET', '/api/public/ping')).json()).toEqual({ pong: true });
      expect((await call(portal.app, 'GET', '/api/public/anything')).statusCode).toBe(404);
      expect((await call(api.app, 'GET', '/api/public/ping', { session: viewer })).statusCode).toBe(200);
    });

    it('reports health to anyone: engine, plan and version', async () => {
      const health = await call(api.app, 'GET', '/api/health');
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok', engine, planId: 'hainan-hitech-2026-2030', version: expect.stringMatching(/^\d+\.\d+\.\d+/), publicPortal: false });
    });
  });
}
