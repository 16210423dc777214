import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { as, DANZHOU, HAIKOU, seededApi, send, YANGPU, type ActorName, type SeededApi } from './authorization-matrix-fixture.ts';

interface Summary {
  creditCode: string;
  name: string;
  regionCode: string;
  parkId: string | null;
  clusters: string[];
  isDemo: boolean;
  tiers: string[];
}

const TODAY = '2027-03-31';

for (const engine of ENGINES) {
  describe(`the enterprise registry on ${engine}`, () => {
    let api: SeededApi;
    beforeAll(async () => {
      api = await seededApi(engine);
    });
    afterAll(async () => api.close());

    const get = async (url: string, actor: ActorName = 'viewer') => {
      const { app, options } = as(api, actor);
      return send(app, 'GET', url, options);
    };
    const page = async (url: string, actor: ActorName = 'viewer') => {
      const response = await get(url, actor);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { items: Summary[]; total: number; page: number; pageSize: number; at: string };
    };
    const count = async (where: (q: ReturnType<typeof base>) => ReturnType<typeof base>) => Number((await where(base()).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const base = () => api.store.db.selectFrom('enterprises');

    it('pages through every enterprise in credit-code order with the total, demo rows flagged', async () => {
      const total = await count((q) => q);
      const first = await page('/api/enterprises?pageSize=40');
      const second = await page('/api/enterprises?pageSize=40&page=2');
      expect(first).toMatchObject({ total, page: 1, pageSize: 40, at: TODAY });
      expect(first.items).toHaveLength(40);
      const codes = [...first.items, ...second.items].map((e) => e.creditCode);
      expect(new Set(codes).size).toBe(80);
      expect(codes).toEqual([...codes].sort());
      expect(first.items.every((e) => e.isDemo)).toBe(true);
      expect((await page(`/api/enterprises?pageSize=50&page=${Math.ceil(total / 50) + 1}`)).items).toEqual([]);
    });

    it('searches the name (any case) and the credit code', async () => {
      const sample = (await page('/api/enterprises?pageSize=1')).items[0]!;
      const byName = await page(`/api/enterprises?q=${encodeURIComponent(sample.name.slice(0, 4))}`);
      expect(byName.items.map((e) => e.creditCode)).toContain(sample.creditCode);
      expect(byName.items.every((e) => e.name.includes(sample.name.slice(0, 4)))).toBe(true);
      const byCode = await page(`/api/enterprises?q=${sample.creditCode.slice(6, 14).toLowerCase()}`);
      expect(byCode.items.map((e) => e.creditCode)).toEqual([sample.creditCode]);
      // A wildcard typed in the box is a character, not "anything".
      expect((await page('/api/enterprises?q=%25')).total).toBe(0);
      expect((await page('/api/enterprises?q=_')).total).toBe(0);
    });

    it('filters by region, park and cluster, as the registry holds them', async () => {
      const haikou = await page(`/api/enterprises?region=${HAIKOU}&pageSize=200`);
      expect(haikou.total).toBe(await count((q) => q.where('regionCode', '=', HAIKOU)));
      expect(haikou.items.every((e) => e.regionCode === HAIKOU)).toBe(true);
      const yangpu = await page(`/api/enterprises?park=${YANGPU}&pageSize=200`);
      expect(yangpu.total).toBe(await count((q) => q.where('parkId', '=', YANGPU)));
      expect(yangpu.total).toBeGreaterThan(0);
      const cluster = haikou.items[0]!.clusters[0]!;
      const inCluster = await page(`/api/enterprises?cluster=${cluster}&pageSize=200`);
      expect(inCluster.total).toBeGreaterThan(0);
      expect(inCluster.items.every((e) => e.clusters.includes(cluster))).toBe(true);
      const both = await page(`/api/enterprises?cluster=${cluster}&region=${HAIKOU}&pageSize=200`);
      expect(both.items.every((e) => e.clusters.includes(cluster) && e.regionCode === HAIKOU)).toBe(true);
      expect(both.total).toBeLessThanOrEqual(inCluster.total);
    });

    it('filters by tier: a certificate of that kind valid on `at` (today by default)', async () => {
      const validOn = async (day: string) => {
        const rows = await api.store.db
          .selectFrom('certifications')
          .select('creditCode')
          .distinct()
          .where('kind', '=', 'hte')
          .where('issuedOn', '<=', day)
          .where((eb) => eb.or([eb('expiresOn', 'is', null), eb('expiresOn', '>=', day)]))
          .execute();
        return rows.map((r) => r.creditCode).sort();
      };
      const today = await page('/api/enterprises?tier=hte&pageSize=200');
      expect(today.items.map((e) => e.creditCode)).toEqual(await validOn(TODAY));
      expect(today.items.every((e) => e.tiers.includes('hte'))).toBe(true);
      const earlier = await page('/api/enterprises?tier=hte&at=2023-06-30&pageSize=200');
      expect(earlier.at).toBe('2023-06-30');
      expect(earlier.items.map((e) => e.creditCode)).toEqual(await validOn('2023-06-30'));
      expect(earlier.total).not.toBe(today.total);
    });

    it('shows one enterprise with its years and its certificates, each valid or not on `at`', async () => {
      const code = api.enterprises.own;
      const response = await get(`/api/enterprises/${code.toLowerCase()}`);
      expect(response.statusCode, response.body).toBe(200);
      const detail = response.json();
      expect(detail).toMatchObject({ creditCode: code, regionCode: HAIKOU, isDemo: true, at: TODAY });
      const years = detail.annual.map((a: { year: number }) => a.year);
      expect(years).toEqual([...years].sort());
      expect(years.length).toBe(await api.store.db.selectFrom('enterpriseAnnual').select('year').where('creditCode', '=', code).execute().then((r) => r.length));
      for (const c of detail.certifications as { kind: string; issuedOn: string; expiresOn: string | null; valid: boolean }[]) {
        expect(c.valid).toBe(c.issuedOn <= TODAY && (c.expiresOn === null || c.expiresOn >= TODAY));
        if (c.valid) expect(detail.tiers).toContain(c.kind);
      }
      const unknown = await get('/api/enterprises/91460100MA5T00000X', 'admin');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error).toMatchObject({ code: 'not_found', details: [{ field: 'creditCode' }] });
      expect((await get('/api/enterprises/not-a-code')).statusCode).toBe(400);
      expect((await get('/api/enterprises?tier=gold')).statusCode).toBe(400);
      expect((await get('/api/enterprises?pageSize=500')).statusCode).toBe(400);
    });

    it('lets an enterprise account see itself only: another code, or one that does not exist, is 403', async () => {
      const own = await page('/api/enterprises?pageSize=200', 'enterprise');
      expect(own.items.map((e) => e.creditCode)).toEqual([api.enterprises.own]);
      expect(own.total).toBe(1);
      expect((await page(`/api/enterprises?region=${DANZHOU}`, 'enterprise')).total).toBe(0);
      expect((await get(`/api/enterprises/${api.enterprises.own}`, 'enterprise')).statusCode).toBe(200);
      for (const code of [api.enterprises.yangpu, api.enterprises.danzhou, '91460100MA5T00000X']) {
        const refused = await get(`/api/enterprises/${code}`, 'enterprise');
        expect(refused.statusCode, code).toBe(403);
        expect(refused.json().error.code).toBe('forbidden');
      }
    });

    it('lets a park officer see its park’s enterprises only', async () => {
      const listed = await page('/api/enterprises?pageSize=200', 'park-officer yangpu');
      expect(listed.total).toBe(await count((q) => q.where('parkId', '=', YANGPU)));
      expect(listed.items.every((e) => e.parkId === YANGPU)).toBe(true);
      expect((await page(`/api/enterprises?park=yazhou-bay-sci-tech-city`, 'park-officer yangpu')).total).toBe(0);
      expect((await get(`/api/enterprises/${api.enterprises.yangpu}`, 'park-officer yangpu')).statusCode).toBe(200);
      expect((await get(`/api/enterprises/${api.enterprises.danzhou}`, 'park-officer yangpu')).statusCode).toBe(403);
      expect((await get(`/api/enterprises/${api.enterprises.own}`, 'park-officer yangpu')).statusCode).toBe(403);
    });

    it('lets region officers read other regions’ enterprises too, and refuses anonymous readers', async () => {
      expect((await get(`/api/enterprises/${api.enterprises.danzhou}`, 'region-officer 460100')).statusCode).toBe(200);
      expect((await page('/api/enterprises', 'region-officer 460100')).total).toBe(await count((q) => q));
      for (const actor of ['anonymous', 'anonymous (portal on)'] as const) {
        expect((await get('/api/enterprises', actor)).statusCode).toBe(401);
        expect((await get(`/api/enterprises/${api.enterprises.own}`, actor)).statusCode).toBe(401);
      }
    });
  });
}
