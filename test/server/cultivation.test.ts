import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { ENGINES } from '../support/engines.ts';
import { call, testApi, type Session, type TestApi } from './support.ts';

/** `plansight enterprises …` run in-process on the API's store; its stdout parsed. */
async function cli(storeUrl: string, ...args: string[]): Promise<unknown> {
  const previous = process.env.PLANSIGHT_DATABASE_URL;
  process.env.PLANSIGHT_DATABASE_URL = storeUrl;
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(['node', 'plansight', 'enterprises', ...args, '--format', 'json'], { out: (l) => out.push(l), err: (l) => err.push(l), setExitCode: () => {} });
    expect(code, err.join('\n')).toBe(0);
    return JSON.parse(out.join('\n'));
  } finally {
    if (previous === undefined) delete process.env.PLANSIGHT_DATABASE_URL;
    else process.env.PLANSIGHT_DATABASE_URL = previous;
  }
}

interface Match {
  policyId: string;
  eligible: boolean;
  example: boolean;
}

for (const engine of ENGINES) {
  describe(`enterprise tier cultivation on ${engine}`, () => {
    let api: TestApi;
    let analyst: Session;
    let park: Session;
    let own: Session;
    let codes: string[];
    let yangpuCode: string;
    beforeAll(async () => {
      api = await testApi(engine);
      await seedDemo({ store: api.store, plan: api.plan, options: { enterprises: 200 }, ctx: { actor: 'tester', at: api.clock.now().toISOString(), origin: 'demo' } });
      codes = (await api.store.db.selectFrom('enterprises').select('creditCode').orderBy('creditCode').execute()).map((r) => r.creditCode);
      yangpuCode = (await api.store.db.selectFrom('enterprises').select('creditCode').where('parkId', '=', 'yangpu').orderBy('creditCode').executeTakeFirstOrThrow()).creditCode;
      await api.addUser({ username: 'analyst', role: 'province-analyst' });
      await api.addUser({ username: 'park', role: 'park-officer', parkId: 'yangpu' });
      await api.addUser({ username: 'own', role: 'enterprise', creditCode: codes[0]! });
      analyst = await api.login('analyst', 'correct horse battery');
      park = await api.login('park', 'correct horse battery');
      own = await api.login('own', 'correct horse battery');
    }, 120_000);
    afterAll(async () => {
      await api.close();
    });

    it('serves every tier’s assessment, equal to `plansight enterprises assess --format json`', async () => {
      for (const code of [codes[0]!, codes[57]!, yangpuCode]) {
        const response = await call(api.app, 'GET', `/api/enterprises/${code}/assessment?year=2027`, { session: analyst });
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json() as { creditCode: string; tier: string }[];
        expect(body.length).toBeGreaterThan(0);
        expect(body.every((a) => a.creditCode === code)).toBe(true);
        expect(body).toEqual(await cli(api.store.url, 'assess', '--credit-code', code, '--year', '2027'));
      }
    }, 120_000);

    it('lists the policies an enterprise qualifies for, with reasons, as the CLI does', async () => {
      const code = codes[3]!;
      const response = await call(api.app, 'GET', `/api/enterprises/${code}/policies?year=2027`, { session: analyst });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as { creditCode: string; eligible: string[]; matches: (Match & { explanation: { zh: string; en: string } })[] };
      const fromCli = (await cli(api.store.url, 'policies', '--credit-code', code, '--year', '2027')) as { matches: Match[] };
      expect(body.creditCode).toBe(code);
      expect(body.matches).toEqual(fromCli.matches);
      expect(body.eligible).toEqual(body.matches.filter((m) => m.eligible).map((m) => m.policyId));
      expect(body.matches.every((m) => m.explanation.zh.length > 0)).toBe(true);
    }, 120_000);

    it('shows an enterprise account its own enterprise only, a park officer its park’s', async () => {
      for (const what of ['assessment', 'policies']) {
        expect((await call(api.app, 'GET', `/api/enterprises/${codes[0]}/${what}?year=2027`, { session: own })).statusCode).toBe(200);
        const other = await call(api.app, 'GET', `/api/enterprises/${codes[1]}/${what}?year=2027`, { session: own });
        expect(other.statusCode).toBe(403);
        expect(other.json().error.code).toBe('forbidden');
        expect((await call(api.app, 'GET', `/api/enterprises/${yangpuCode}/${what}?year=2027`, { session: park })).statusCode).toBe(200);
        expect((await call(api.app, 'GET', `/api/enterprises/${yangpuCode}/${what}?year=2027`)).statusCode).toBe(401);
        // Unknown to the registry: 404 for those who may read every enterprise, 403 for the others.
        expect((await call(api.app, 'GET', `/api/enterprises/91460000XXXXXXXXXX/${what}?year=2027`, { session: analyst })).json().error.code).toBe('not_found');
        expect((await call(api.app, 'GET', `/api/enterprises/91460000XXXXXXXXXX/${what}?year=2027`, { session: own })).statusCode).toBe(403);
      }
    }, 120_000);

    it('serves the pipeline to roles that read every region, equal to the CLI’s, and refuses a park officer', async () => {
      const response = await call(api.app, 'GET', '/api/cultivation/pipeline?year=2027', { session: analyst });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as { enterprises: number; tiers: unknown[]; targets: unknown[] };
      expect(body.enterprises).toBe(codes.length);
      expect(body.tiers.length).toBeGreaterThan(0);
      expect(body).toEqual(await cli(api.store.url, 'pipeline', '--year', '2027'));
      const refused = await call(api.app, 'GET', '/api/cultivation/pipeline?year=2027', { session: park });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
      expect((await call(api.app, 'GET', '/api/cultivation/pipeline?year=2027', { session: own })).statusCode).toBe(403);
    }, 120_000);

    it('lists the policy book to any signed-in user, examples flagged with their notice', async () => {
      expect((await call(api.app, 'GET', '/api/cultivation/policies')).statusCode).toBe(401);
      const response = await call(api.app, 'GET', '/api/cultivation/policies', { session: own });
      expect(response.statusCode, response.body).toBe(200);
      const { policies } = response.json() as { policies: { id: string; example: boolean; notice: { zh: string; en: string } | null; autoGrant: boolean; validFrom: string }[] };
      expect(policies.length).toBeGreaterThan(0);
      expect(policies.some((p) => p.example)).toBe(true);
      for (const p of policies.filter((x) => x.example)) expect(p.notice?.zh).toContain('示例');
      expect(policies.map((p) => p.id)).toContain('hte-elite');
      expect(policies.find((p) => p.id === 'hte-elite')).toMatchObject({ autoGrant: true, validFrom: '2026-01-01' });
    });

    it('lists the enterprises behind each pipeline count, a page at a time, totals equal to the counts', async () => {
      type Counts = { certified: number; candidates: number; incomplete: number; nearMisses: number };
      const pipeline = (await call(api.app, 'GET', '/api/cultivation/pipeline?year=2027', { session: analyst })).json() as {
        tiers: { tier: string; total: Record<string, number>; byRegion: { regionCode: string; counts: Counts }[]; byCluster: { clusterId: string | null; counts: Counts }[] }[];
      };
      const countOf = { certified: 'certified', candidate: 'candidates', incomplete: 'incomplete', 'near-miss': 'nearMisses' } as const;
      interface Members {
        total: number;
        page: number;
        items: { creditCode: string; status: string; nearMiss: boolean; changes: { message: { zh: string } }[]; toConfirm: unknown[]; summary: { zh: string } }[];
      }
      const members = async (query: string): Promise<Members> => {
        const response = await call(api.app, 'GET', `/api/cultivation/pipeline/enterprises?year=2027&${query}`, { session: analyst });
        expect(response.statusCode, response.body).toBe(200);
        return response.json() as Members;
      };
      for (const tier of pipeline.tiers.filter((t) => t.tier !== 'single-champion')) {
        for (const [category, field] of Object.entries(countOf)) {
          const listed = await members(`tier=${tier.tier}&category=${category}&pageSize=200`);
          expect(listed.total, `${tier.tier} ${category}`).toBe(tier.total[field]);
          expect(listed.items.length).toBe(Math.min(200, listed.total));
          for (const item of listed.items) expect(item.summary.zh.length).toBeGreaterThan(0);
          if (category === 'near-miss') for (const item of listed.items) expect(item).toMatchObject({ nearMiss: true, status: 'failed', changes: [expect.anything()] });
          if (category === 'candidate') for (const item of listed.items) expect(['passed', 'to-confirm']).toContain(item.status);
        }
      }
      // The breakdowns: a region's and a cluster's list is as long as its count.
      const srdi = pipeline.tiers.find((t) => t.tier === 'srdi-sme')!;
      const region = srdi.byRegion.find((r) => r.counts.nearMisses > 0)!;
      expect((await members(`tier=srdi-sme&category=near-miss&region=${region.regionCode}`)).total).toBe(region.counts.nearMisses);
      const cluster = srdi.byCluster.find((c) => c.clusterId !== null && c.counts.candidates > 0)!;
      expect((await members(`tier=srdi-sme&category=candidate&cluster=${cluster.clusterId}`)).total).toBe(cluster.counts.candidates);
      // Pages follow one another without overlap.
      const all = await members('tier=innovative-sme&category=certified&pageSize=200');
      const first = await members('tier=innovative-sme&category=certified&pageSize=7&page=1');
      const second = await members('tier=innovative-sme&category=certified&pageSize=7&page=2');
      expect([...first.items, ...second.items].map((i) => i.creditCode)).toEqual(all.items.slice(0, 14).map((i) => i.creditCode));
      expect(second.page).toBe(2);
      // Who may: as the pipeline.
      for (const session of [park, own]) {
        const refused = await call(api.app, 'GET', '/api/cultivation/pipeline/enterprises?year=2027&tier=hte&category=candidate', { session });
        expect(refused.statusCode).toBe(403);
      }
      for (const bad of ['tier=above-size&category=candidate', 'tier=hte&category=everyone', 'tier=hte']) {
        expect((await call(api.app, 'GET', `/api/cultivation/pipeline/enterprises?year=2027&${bad}`, { session: analyst })).statusCode, bad).toBe(400);
      }
    }, 180_000);

    it('counts the enterprises each policy matches, as `plansight enterprises policies` tallies', async () => {
      const response = await call(api.app, 'GET', '/api/cultivation/policies/counts?year=2027', { session: analyst });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json() as { enterprises: number; demoEnterprises: number; policies: { policyId: string; counts: Record<string, number> }[] };
      expect(body.enterprises).toBe(codes.length);
      expect(body.demoEnterprises).toBe(codes.length);
      for (const p of body.policies) expect(Object.values(p.counts).reduce((a, b) => a + b, 0)).toBe(codes.length);
      const fromCli = (await cli(api.store.url, 'policies', '--year', '2027')) as { policies: unknown[] };
      expect(body.policies).toEqual(fromCli.policies);
      for (const session of [park, own]) expect((await call(api.app, 'GET', '/api/cultivation/policies/counts?year=2027', { session })).statusCode).toBe(403);
      expect((await call(api.app, 'GET', '/api/cultivation/policies/counts?year=2027')).statusCode).toBe(401);
    }, 120_000);

    it('lists the fact catalogue to any signed-in user: confirmations, levels lowest first, units', async () => {
      expect((await call(api.app, 'GET', '/api/cultivation/facts')).statusCode).toBe(401);
      const response = await call(api.app, 'GET', '/api/cultivation/facts', { session: own });
      expect(response.statusCode, response.body).toBe(200);
      const { facts } = response.json() as { facts: { id: string; type: string; levels: { id: string }[] | null; unit: string | null; max: number | null }[] };
      expect(facts.find((f) => f.id === 'no_major_violation')).toMatchObject({ type: 'confirmation', levels: null, unit: null, max: null });
      expect(facts.find((f) => f.id === 'rd_institution_level')?.levels?.map((l) => l.id)).toEqual(['none', 'own', 'city', 'provincial', 'national']);
      expect(facts.find((f) => f.id === 'tech_transfers_per_year')).toMatchObject({ type: 'number', unit: 'times' });
      expect(facts.find((f) => f.id === 'hte_ip_quality_points')).toMatchObject({ type: 'points', max: 22 });
    });

    it('refuses a missing or malformed year', async () => {
      for (const url of [`/api/enterprises/${codes[0]}/assessment`, `/api/enterprises/${codes[0]}/policies?year=27`, '/api/cultivation/pipeline?year=20x7', '/api/cultivation/pipeline?year=2027&foo=1', '/api/cultivation/policies/counts', '/api/cultivation/pipeline/enterprises?tier=hte&category=candidate']) {
        const response = await call(api.app, 'GET', url, { session: analyst });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
      }
    });
  });
}
