/**
 * The API caches evaluations under the observations' data version (raised by the database
 * on every write): a cached result is reused while nothing was written, and any write —
 * through the workflow, an import, or another connection to the same store — shows in the
 * very next GET. The clock stands still, so no timestamp could tell the writes apart.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/commands/import-records.ts';
import { readEvaluation } from '../../src/server/commands/evaluation-read.ts';
import { dataVersion } from '../../src/store/data-version.ts';
import { openStore } from '../../src/store/open-database.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES } from '../support/engines.ts';
import { castOf, type Cast } from './observations-support.ts';
import { call } from './support.ts';

interface Row {
  id: string;
  latest: { year: number; value: number } | null;
}

for (const engine of ENGINES) {
  describe(`the evaluation cache on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine);
    });
    afterAll(async () => cast.api.close());

    const latest = async (id: string, year = 2026) => {
      const response = await call(cast.api.app, 'GET', `/api/evaluation?year=${year}`, { session: cast.viewer });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().indicators as Row[]).find((r) => r.id === id)!.latest;
    };
    const post = async (url: string, body?: unknown) => {
      const response = await call(cast.api.app, 'POST', url, { session: cast.admin }, body);
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json();
    };

    it('reuses the result while nothing is written', async () => {
      const ctx = { store: cast.api.store, plan: cast.api.plan };
      const first = await readEvaluation(ctx, 2026, false);
      expect(await readEvaluation(ctx, 2026, false)).toBe(first);
      expect(await readEvaluation(ctx, 2026, true)).not.toBe(first);
      expect(await readEvaluation(ctx, 2027, false)).not.toBe(first);
    });

    it('serves the same body gzipped to a client that accepts gzip, and plain to one that refuses it', async () => {
      const url = '/api/evaluation?year=2026';
      const plain = await call(cast.api.app, 'GET', url, { session: cast.viewer });
      const { app } = cast.api;
      const headers = (encoding: string) => ({ cookie: cast.viewer.cookie, 'accept-encoding': encoding });
      const zipped = await app.inject({ method: 'GET', url, headers: headers('gzip, deflate, br') });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('accept-encoding');
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
      expect(zipped.headers['x-plansight-demo-values']).toBe(plain.headers['x-plansight-demo-values']);
      const refused = await app.inject({ method: 'GET', url, headers: headers('gzip;q=0, identity') });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.json()).toEqual(plain.json());
    });

    it('approve a value → the next GET reflects it; reopen → it is gone again', async () => {
      expect(await latest('hitech-revenue')).toBeNull();
      const created = await post('/api/observations', { indicatorId: 'hitech-revenue', regionCode: '460000', period: '2026', value: 6800 });
      await post(`/api/observations/${created.id}/submit`);
      // Submitted, not approved: the approved evaluation does not change.
      expect(await latest('hitech-revenue')).toBeNull();
      await post(`/api/observations/${created.id}/approve`);
      expect(await latest('hitech-revenue')).toMatchObject({ year: 2026, value: 6800 });
      await post(`/api/observations/${created.id}/reopen`, { reason: '统计局修订数据' });
      expect(await latest('hitech-revenue')).toBeNull();
    });

    it('sees an import made through another connection to the same store', async () => {
      expect(await latest('digital-economy-revenue')).toBeNull();
      const dir = mkdtempSync(join(tmpdir(), 'plansight-cache-'));
      const file = join(dir, 'digital.csv');
      writeFileSync(file, 'indicator,region,year,value\ndigital-economy-revenue,,2026,1700.5\n');
      const other = await openStore({ url: cast.api.store.url });
      try {
        const outcome = await importRecords({ store: other, plan: cast.api.plan, kind: 'observations', path: file, dryRun: false, ctx: changeContext() });
        expect(outcome.ok).toBe(true);
      } finally {
        await other.close();
      }
      expect(await latest('digital-economy-revenue')).toMatchObject({ year: 2026, value: 1700.5 });
    });

    it('the data version rises with every insert, update and delete of observations, and with nothing else', async () => {
      const db = cast.api.store.db;
      const before = await dataVersion(db, 'observations');
      expect(before).not.toBeNull();
      const created = await post('/api/observations', { indicatorId: 'gdp', regionCode: '460100', period: '2026', value: 1800 });
      const afterInsert = (await dataVersion(db, 'observations'))!;
      expect(afterInsert).toBeGreaterThan(before!);
      await call(cast.api.app, 'PATCH', `/api/observations/${created.id}`, { session: cast.admin }, { value: 1810 });
      const afterUpdate = (await dataVersion(db, 'observations'))!;
      expect(afterUpdate).toBeGreaterThan(afterInsert);
      await db.deleteFrom('observations').where('id', '=', created.id).execute();
      const afterDelete = (await dataVersion(db, 'observations'))!;
      expect(afterDelete).toBeGreaterThan(afterUpdate);
      await cast.api.addUser({ username: 'someone-new' });
      expect(await dataVersion(db, 'observations')).toBe(afterDelete);
    });
  });
}
