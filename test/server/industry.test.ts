/**
 * GET /api/industry/structure and /api/industry/clusters/:id on both engines: the database's
 * tallies equal the same tallies counted here from the registry's rows, every cluster,
 * segment and region of the plan is listed, and the leading enterprises are the largest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { ENGINES } from '../support/engines.ts';
import { call, testApi, type Session, type TestApi } from './support.ts';

interface Tally {
  enterprises: number;
  withRevenue: number;
  revenue: number | null;
}

interface Row {
  creditCode: string;
  name: string;
  regionCode: string;
  clusters: string[];
  segments: string[];
  revenue: number | null;
}

interface Ranked {
  creditCode: string;
  revenue: number;
  segments: string[];
  tiers: string[];
}

function tallyOf(rows: Row[]): Tally {
  const reporting = rows.filter((r) => r.revenue !== null);
  return { enterprises: rows.length, withRevenue: reporting.length, revenue: reporting.length === 0 ? null : reporting.reduce((sum, r) => sum + r.revenue!, 0) };
}

function expectTally(actual: Tally, expected: Tally, what: string): void {
  expect(actual.enterprises, what).toBe(expected.enterprises);
  expect(actual.withRevenue, what).toBe(expected.withRevenue);
  if (expected.revenue === null) expect(actual.revenue, what).toBeNull();
  else expect(actual.revenue!, what).toBeCloseTo(expected.revenue, 4);
}

for (const engine of ENGINES) {
  describe(`the registry tallied for the industry system and the map on ${engine}`, () => {
    let api: TestApi;
    let analyst: Session;
    let park: Session;
    let rowsOf: (year: number) => Promise<Row[]>;
    beforeAll(async () => {
      api = await testApi(engine);
      await seedDemo({ store: api.store, plan: api.plan, options: { enterprises: 150 }, ctx: { actor: 'tester', at: api.clock.now().toISOString(), origin: 'demo' } });
      await api.addUser({ username: 'analyst', role: 'province-analyst' });
      await api.addUser({ username: 'park', role: 'park-officer', parkId: 'yangpu' });
      analyst = await api.login('analyst', 'correct horse battery');
      park = await api.login('park', 'correct horse battery');
      rowsOf = async (year) => {
        const enterprises = await api.store.db.selectFrom('enterprises').selectAll().execute();
        const annual = await api.store.db.selectFrom('enterpriseAnnual').select(['creditCode', 'revenue']).where('year', '=', year).execute();
        const revenue = new Map(annual.map((a) => [a.creditCode, a.revenue === null ? null : Number(a.revenue)]));
        return enterprises.map((e) => ({
          creditCode: e.creditCode,
          name: e.name,
          regionCode: e.regionCode,
          clusters: JSON.parse(e.clusters) as string[],
          segments: JSON.parse(e.segments) as string[],
          revenue: revenue.get(e.creditCode) ?? null,
        }));
      };
    }, 120_000);
    afterAll(async () => {
      await api.close();
    });

    it('tallies every cluster, segment and region of the plan as the rows add up', async () => {
      const response = await call(api.app, 'GET', '/api/industry/structure?year=2027', { session: analyst });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as {
        year: number; at: string; enterprises: number; demoEnterprises: number; revenue: number | null; withRevenue: number;
        clusters: (Tally & { clusterId: string; segments: (Tally & { segmentId: string })[] })[];
        regions: (Tally & { regionCode: string; certificates: { kind: string; enterprises: number }[] })[];
      };
      const rows = await rowsOf(2027);
      expect(body).toMatchObject({ year: 2027, at: '2027-12-31', enterprises: rows.length, demoEnterprises: rows.length });
      expectTally(body, tallyOf(rows), 'total');
      expect(body.clusters.map((c) => c.clusterId)).toEqual(api.plan.clusters.map((c) => c.id));
      for (const cluster of api.plan.clusters) {
        const got = body.clusters.find((c) => c.clusterId === cluster.id)!;
        expectTally(got, tallyOf(rows.filter((r) => r.clusters.includes(cluster.id))), cluster.id);
        expect(got.segments.map((s) => s.segmentId)).toEqual(cluster.segments.map((s) => s.id));
        for (const segment of got.segments) expectTally(segment, tallyOf(rows.filter((r) => r.segments.includes(segment.segmentId))), segment.segmentId);
      }
      expect(body.regions.map((r) => r.regionCode)).toEqual(api.plan.regions.map((r) => r.code));
      for (const region of body.regions) expectTally(region, tallyOf(rows.filter((r) => r.regionCode === region.regionCode)), region.regionCode);
      // Some cluster has enterprises, and the registry's demo data spreads them over several regions.
      expect(body.clusters.some((c) => c.enterprises > 0)).toBe(true);
      expect(body.regions.filter((r) => r.enterprises > 0).length).toBeGreaterThan(3);
    });

    it('counts the certificates valid on 31 December per region', async () => {
      const body = (await call(api.app, 'GET', '/api/industry/structure?year=2026', { session: analyst })).json() as {
        regions: { regionCode: string; certificates: { kind: string; enterprises: number }[] }[];
      };
      const day = '2026-12-31';
      const held = await api.store.db
        .selectFrom('certifications as c')
        .innerJoin('enterprises as e', 'e.creditCode', 'c.creditCode')
        .select(['e.regionCode', 'c.kind', 'c.creditCode', 'c.issuedOn', 'c.expiresOn'])
        .execute();
      const valid = held.filter((c) => c.issuedOn <= day && (c.expiresOn === null || c.expiresOn >= day));
      for (const region of body.regions) {
        for (const kind of new Set(valid.map((v) => v.kind))) {
          const expected = new Set(valid.filter((v) => v.regionCode === region.regionCode && v.kind === kind).map((v) => v.creditCode)).size;
          expect(region.certificates.find((c) => c.kind === kind)?.enterprises ?? 0, `${region.regionCode} ${kind}`).toBe(expected);
        }
        expect(region.certificates.every((c) => c.enterprises > 0)).toBe(true);
      }
    });

    it('defaults to the latest year with annual figures', async () => {
      const latest = await api.store.db.selectFrom('enterpriseAnnual').select((eb) => eb.fn.max('year').as('y')).executeTakeFirstOrThrow();
      const body = (await call(api.app, 'GET', '/api/industry/structure', { session: analyst })).json() as { year: number; at: string };
      expect(body.year).toBe(Number(latest.y));
      expect(body.at).toBe(`${Number(latest.y)}-12-31`);
    });

    it('ranks a cluster’s and each segment’s enterprises by revenue, with the same tallies', async () => {
      const structure = (await call(api.app, 'GET', '/api/industry/structure?year=2027', { session: analyst })).json() as { clusters: (Tally & { clusterId: string })[] };
      const busiest = [...structure.clusters].sort((a, b) => b.enterprises - a.enterprises)[0]!;
      const cluster = api.plan.clusters.find((c) => c.id === busiest.clusterId)!;
      const response = await call(api.app, 'GET', `/api/industry/clusters/${cluster.id}?year=2027&top=2`, { session: analyst });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as Tally & { clusterId: string; year: number; leading: Ranked[]; segments: (Tally & { segmentId: string; leading: Ranked[] })[] };
      const rows = await rowsOf(2027);
      expectTally(body, busiest, cluster.id);
      const byRevenue = (list: Row[]) =>
        list.filter((r) => r.revenue !== null).sort((a, b) => b.revenue! - a.revenue! || (a.creditCode < b.creditCode ? -1 : 1)).map((r) => r.creditCode);
      expect(body.leading.map((r) => r.creditCode)).toEqual(byRevenue(rows.filter((r) => r.clusters.includes(cluster.id))).slice(0, 10));
      expect(body.leading.every((r, i) => i === 0 || r.revenue <= body.leading[i - 1]!.revenue)).toBe(true);
      expect(body.segments.map((s) => s.segmentId)).toEqual(cluster.segments.map((s) => s.id));
      for (const segment of body.segments) {
        const members = rows.filter((r) => r.segments.includes(segment.segmentId));
        expectTally(segment, tallyOf(members), segment.segmentId);
        expect(segment.leading.map((r) => r.creditCode)).toEqual(byRevenue(members).slice(0, 2));
        expect(segment.leading.every((r) => r.segments.includes(segment.segmentId))).toBe(true);
      }
    });

    it('answers 404 for a cluster the plan does not have, 400 for a malformed query', async () => {
      const missing = await call(api.app, 'GET', '/api/industry/clusters/no-such-cluster', { session: analyst });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('not_found');
      for (const url of ['/api/industry/structure?year=20x7', '/api/industry/structure?foo=1', '/api/industry/clusters/digital-economy?top=0', '/api/industry/clusters/digital-economy?top=21', '/api/industry/clusters/Not_An_Id']) {
        const response = await call(api.app, 'GET', url, { session: analyst });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
      }
    });

    it('refuses a park officer (it reads its own park only) and anonymous callers', async () => {
      for (const url of ['/api/industry/structure', '/api/industry/clusters/digital-economy']) {
        const refused = await call(api.app, 'GET', url, { session: park });
        expect(refused.statusCode).toBe(403);
        expect(refused.json().error.code).toBe('forbidden');
        expect((await call(api.app, 'GET', url)).statusCode).toBe(401);
      }
    });
  });
}
