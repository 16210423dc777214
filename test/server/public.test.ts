import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/server/commands/public-csv.ts';
import type { ObservationInput } from '../../src/records/observation.ts';
import { createDraft, transitionObservation } from '../../src/store/observation-writes.ts';
import { ensurePlanVersion } from '../../src/store/plan-versions.ts';
import { ENGINES } from '../support/engines.ts';
import { as, HAIKOU, seededApi, send, type ActorName, type SeededApi } from './authorization-matrix-fixture.ts';

const PUBLIC_URLS = [
  '/api/public/indicators.json',
  '/api/public/indicators.csv',
  '/api/public/observations.json',
  '/api/public/observations.csv',
  '/api/public/evaluation.json?year=2027',
];

/** A note a spreadsheet would run as a formula if the CSV let it. */
const FORMULA_NOTE = '=HYPERLINK("http://evil.example","click")';

describe('CSV cells for spreadsheets', () => {
  it('neutralises cells a spreadsheet would run as formulas, quotes where RFC 4180 needs it, leaves numbers alone', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell(FORMULA_NOTE)).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('海口 = 好')).toBe('海口 = 好');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

for (const engine of ENGINES) {
  describe(`open data under /api/public/ on ${engine}`, () => {
    let api: SeededApi;
    let approvedId: number;
    beforeAll(async () => {
      api = await seededApi(engine);
      const version = await ensurePlanVersion(api.store.db, api.plan, api.change().at);
      const enter = async (input: Partial<ObservationInput> & { value: number }, steps: ('submit' | 'approve' | 'return')[]) => {
        const draft = await createDraft(
          api.store.db,
          {
            planId: api.plan.id,
            planVersionId: version.id,
            unit: 'count',
            originKind: 'api',
            input: { seriesId: 'applied-research-projects', regionCode: HAIKOU, parkId: null, period: '2029', kind: 'actual', note: null, ...input },
          },
          api.change(),
        );
        if (!draft.ok) throw new Error(draft.refusal);
        for (const step of steps) {
          const moved = await transitionObservation(api.store.db, draft.observation.id, step, { ...api.change(), ...(step === 'return' ? { reason: 'check' } : {}) });
          if (!moved.ok) throw new Error(`${step}: ${moved.refusal}`);
        }
        return draft.observation.id;
      };
      approvedId = await enter({ value: 4242, note: FORMULA_NOTE }, ['submit', 'approve']);
      await enter({ value: 777_001, regionCode: '460200' }, []);
      await enter({ value: 777_002, regionCode: '460300' }, ['submit']);
      await enter({ value: 777_003, regionCode: '460400' }, ['submit', 'return']);
    });
    afterAll(async () => api.close());

    const get = (url: string, actor: ActorName) => {
      const { app, options } = as(api, actor);
      return send(app, 'GET', url, options);
    };

    it('refuses anonymous readers while the portal is off, and serves every signed-in user', async () => {
      for (const url of PUBLIC_URLS) {
        const refused = await get(url, 'anonymous');
        expect(refused.statusCode, url).toBe(401);
        expect(refused.json().error.code).toBe('unauthenticated');
        for (const actor of ['enterprise', 'park-officer yangpu', 'viewer'] as const) expect((await get(url, actor)).statusCode, `${actor} ${url}`).toBe(200);
      }
    });

    it('serves anonymous readers when the portal is on: approved values only, never drafts, submissions or returned ones', async () => {
      const json = await get('/api/public/observations.json', 'anonymous (portal on)');
      expect(json.statusCode).toBe(200);
      const items = json.json().items as { indicator: string; region: string; period: string; value: number; note: string | null; isDemo: boolean }[];
      const stored = await api.store.db.selectFrom('observations').select(['status']).execute();
      expect(items).toHaveLength(stored.filter((s) => s.status === 'approved').length);
      expect(items).toContainEqual(expect.objectContaining({ indicator: 'applied-research-projects', region: HAIKOU, period: '2029', value: 4242, note: FORMULA_NOTE, isDemo: false }));
      for (const value of [777_001, 777_002, 777_003]) expect(items.some((i) => i.value === value), String(value)).toBe(false);
      const csv = await get('/api/public/observations.csv', 'anonymous (portal on)');
      for (const value of ['777001', '777002', '777003']) expect(csv.body).not.toContain(value);
      expect(approvedId).toBeGreaterThan(0);
    });

    it('writes CSV a spreadsheet opens safely: one header row with a demo column, no comment lines, formulas neutralised', async () => {
      const csv = await get('/api/public/observations.csv', 'anonymous (portal on)');
      expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.headers['content-disposition']).toBe('attachment; filename="observations.csv"');
      expect(csv.body.startsWith('\uFEFFindicator,region,park,period,year,quarter,kind,value,unit,note,demo\r\n')).toBe(true);
      expect(csv.body.split('\r\n').some((line) => line.startsWith('#'))).toBe(false);
      const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
      const json = (await get('/api/public/observations.json', 'viewer')).json().items as unknown[];
      expect(rows).toHaveLength(json.length);
      const mine = rows.find((r) => r.value === '4242')!;
      expect(mine).toMatchObject({ region: HAIKOU, period: '2029', demo: 'false', note: `'${FORMULA_NOTE}` });
      expect(rows.filter((r) => r.demo === 'true').length).toBe(rows.length - 1);
      expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    });

    it('filters observations by indicator, region and year', async () => {
      const items = (await get(`/api/public/observations.json?indicator=hitech-revenue&region=${HAIKOU}&year=2027`, 'viewer')).json().items as { indicator: string; region: string; year: number }[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.indicator === 'hitech-revenue' && i.region === HAIKOU && i.year === 2027)).toBe(true);
      expect((await get('/api/public/observations.json?region=46', 'viewer')).statusCode).toBe(400);
    });

    it('lists every indicator with the province’s latest approved value, as JSON and as the same CSV', async () => {
      const json = (await get('/api/public/indicators.json', 'anonymous (portal on)')).json().items as { id: string; latest: { year: number; value: number; isDemo: boolean } | null }[];
      expect(json.map((i) => i.id)).toEqual(api.plan.indicators.map((i) => i.id));
      const revenue = json.find((i) => i.id === 'hitech-revenue')!;
      const stored = await api.store.db
        .selectFrom('observations')
        .select(['year', 'value'])
        .where('seriesId', '=', 'hitech-revenue')
        .where('regionCode', '=', api.plan.province.code)
        .where('status', '=', 'approved')
        .orderBy('year', 'desc')
        .executeTakeFirstOrThrow();
      expect(revenue.latest).toEqual({ year: stored.year, value: stored.value, isDemo: true });
      const csv = parse((await get('/api/public/indicators.csv', 'anonymous (portal on)')).body, { bom: true, columns: true }) as Record<string, string>[];
      expect(csv.map((r) => r.id)).toEqual(json.map((i) => i.id));
      expect(csv.find((r) => r.id === 'hitech-revenue')).toMatchObject({ latest_year: String(stored.year), latest_value: String(stored.value), demo: 'true' });
    });

    it('gives the evaluation on approved values, equal to /api/evaluation, with the demo count', async () => {
      const open = await get('/api/public/evaluation.json?year=2029', 'anonymous (portal on)');
      const signedIn = await get('/api/evaluation?year=2029', 'viewer');
      expect(open.statusCode).toBe(200);
      expect(open.json()).toEqual(signedIn.json());
      expect(open.headers['x-plansight-demo-values']).toBe(signedIn.headers['x-plansight-demo-values']);
      expect(open.headers['x-plansight-pending-values']).toBe('0');
      expect((await get('/api/public/evaluation.json?year=2029&includePending=true', 'viewer')).statusCode).toBe(400);
    });
  });
}
