/**
 * Imports over HTTP: upload → dry-run preview → commit, for CSV (UTF-8 and GBK) and Excel;
 * invalid rows refused with their places and nothing written; every row checked against
 * the caller's scope; uploads private to their user, limited in size and type.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { ENGINES } from '../support/engines.ts';
import { repoRoot } from '../support/paths.ts';
import { castOf, csv, HAIKOU, OWN_CREDIT_CODE, SANYA, upload, type Cast } from './observations-support.ts';
import { call, DEFAULT_PASSWORD, type Credentials } from './support.ts';

const SANYA_CODE = withCheckChar('91460200MA5T00002');

interface Detail {
  file?: string;
  row?: number;
  column?: string;
  field?: string;
  value?: unknown;
  expected?: { zh: string; en: string };
}

for (const engine of ENGINES) {
  describe(`imports over HTTP on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine);
    });
    afterAll(async () => cast.api.close());

    const db = () => cast.api.store.db;
    const observationCount = async () => Number((await db().selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const uploadCount = async () => Number((await db().selectFrom('uploads').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const preview = async (who: Credentials, kind: string, filename: string, content: Buffer | string) => {
      const response = await upload(cast.api.app, `/api/imports?kind=${kind}`, who, filename, content);
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const commit = async (who: Credentials, id: string) => {
      const response = await call(cast.api.app, 'POST', `/api/imports/${id}/commit`, who);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    it('CSV: previews without writing, then commits; province-level imports arrive approved', async () => {
      const file = csv(['indicator,region,park,year,value,note', 'hitech-revenue,,,2026,6800,', '数字经济核心产业营收,海口市,,2026,1700.5,市统计局', 'hitech-revenue,儋州市,洋浦经济开发区,2026,880,']);
      const shown = await preview({ session: cast.analyst }, 'observations', 'observations 2026.csv', file);
      expect(shown).toMatchObject({ kind: 'observations', file: 'observations 2026.csv', rowsRead: 3, counts: { inserted: 3, updated: 0, unchanged: 0 }, warningCount: 0 });
      expect(shown.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(shown.sample.map((s: { type: string; row: number }) => [s.type, s.row])).toEqual([['insert', 2], ['insert', 3], ['insert', 4]]);
      expect(Date.parse(shown.expiresAt) - Date.parse(shown.createdAt)).toBe(24 * 3_600_000);
      expect(await observationCount()).toBe(0);

      const done = await commit({ session: cast.analyst }, shown.id);
      expect(done).toMatchObject({ id: shown.id, rowsRead: 3, counts: { inserted: 3, updated: 0, unchanged: 0 }, status: 'approved' });
      const rows = await db().selectFrom('observations').selectAll().orderBy('id').execute();
      expect(rows.map((r) => [r.seriesId, r.regionCode, r.parkId, r.value, r.status, r.createdBy, r.originFile])).toEqual([
        ['hitech-revenue', '460000', '', 6800, 'approved', 'anna', 'observations 2026.csv'],
        ['digital-economy-revenue', HAIKOU, '', 1700.5, 'approved', 'anna', 'observations 2026.csv'],
        ['hitech-revenue', '460400', 'yangpu', 880, 'approved', 'anna', 'observations 2026.csv'],
      ]);
      const trail = await call(cast.api.app, 'GET', `/api/observations/${rows[1]!.id}/history`, { session: cast.viewer });
      expect(trail.json().items).toEqual([expect.objectContaining({ action: 'create', actor: 'anna', origin: 'import:observations 2026.csv' })]);
      // Committed uploads are gone.
      expect((await call(cast.api.app, 'POST', `/api/imports/${shown.id}/commit`, { session: cast.analyst })).statusCode).toBe(404);
    });

    it('a GBK CSV of enterprises (as Excel on Chinese Windows saves it), as admin', async () => {
      const bytes = readFileSync(join(repoRoot, 'test/fixtures/ingest/enterprises-gb18030.csv'));
      const shown = await preview({ session: cast.admin }, 'enterprises', '企业名录.csv', bytes);
      expect(shown).toMatchObject({ file: '企业名录.csv', rowsRead: 4, counts: { inserted: 4 } });
      await commit({ session: cast.admin }, shown.id);
      const names = (await db().selectFrom('enterprises').select(['creditCode', 'name', 'parkId']).orderBy('creditCode').execute()).map((e) => e.name);
      expect(names).toContain('文昌䶮星航天科技有限公司');
      expect(names).toContain('三亚崖州湾种业科技有限公司（南繁）');
    });

    it('an Excel template downloaded, filled in and imported by a region officer: new values arrive submitted', async () => {
      const template = await call(cast.api.app, 'GET', `/api/templates/observations?region=${HAIKOU}&year=2027`, { session: cast.haikou });
      expect(template.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.rawPayload as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('数据')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      const valueCol = headers.indexOf('数值');
      let rows = 0;
      for (let r = 2; typeof sheet.getCell(r, headers.indexOf('指标')).value === 'string'; r++, rows++) sheet.getCell(r, valueCol).value = r;
      expect(rows).toBeGreaterThan(10);

      const before = await observationCount();
      const shown = await preview({ session: cast.haikou }, 'observations', '海口市2027.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(shown).toMatchObject({ rowsRead: rows, counts: { inserted: rows } });
      const done = await commit({ session: cast.haikou }, shown.id);
      expect(done).toMatchObject({ status: 'submitted', counts: { inserted: rows } });
      expect(await observationCount()).toBe(before + rows);
      const statuses = await db().selectFrom('observations').select(['status', 'createdBy', 'submittedBy']).where('period', '=', '2027').where('regionCode', '=', HAIKOU).execute();
      expect(statuses).toHaveLength(rows);
      expect(statuses.every((s) => s.status === 'submitted' && s.createdBy === 'hai' && s.submittedBy === 'hai')).toBe(true);
    });

    it('invalid rows: 422 with each row placed by file, row and column; nothing written, nothing kept', async () => {
      const before = [await observationCount(), await uploadCount()];
      const file = csv(['indicator,region,year,value', 'hitech-revenue,海口市,2028,abc', 'no-such-indicator,海口市,2028,5', 'green-factories,海口市,2028,2.5', 'hitech-revenue,海口市,2028,7']);
      const response = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.admin }, 'bad.csv', file);
      expect(response.statusCode).toBe(422);
      const error = response.json().error as { code: string; message: { zh: string; en: string }; details: Detail[] };
      expect(error.code).toBe('invalid_file');
      expect(error.message.en).toContain('3 error(s)');
      expect(error.details.map((d) => [d.file, d.row, d.column, d.value])).toEqual([
        ['bad.csv', 2, 'value', 'abc'],
        ['bad.csv', 3, 'indicator', 'no-such-indicator'],
        ['bad.csv', 4, 'value', '2.5'],
      ]);
      expect(error.details.every((d) => d.expected !== undefined)).toBe(true);
      expect([await observationCount(), await uploadCount()]).toEqual(before);

      // Many bad rows: the first 100 are listed, the message gives the total.
      const many = csv(['indicator,region,year,value', ...Array.from({ length: 150 }, () => 'hitech-revenue,海口市,2028,x')]);
      const capped = (await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.admin }, 'many.csv', many)).json().error;
      expect(capped.details).toHaveLength(100);
      expect(capped.message.zh).toContain('150 处错误');
      expect(capped.message.en).toContain('the first 100 listed');

      const unreadable = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.admin }, 'fake.xlsx', 'not a workbook');
      expect(unreadable.statusCode).toBe(422);
      expect(unreadable.json().error.details[0]).toMatchObject({ file: 'fake.xlsx', message: { en: expect.stringContaining('not an Excel workbook') } });
    });

    it('a region officer’s file with another region’s row is refused whole, naming the row', async () => {
      const before = [await observationCount(), await uploadCount()];
      const file = csv(['indicator,市县,year,value', 'hitech-revenue,海口市,2029,100', 'hitech-revenue,三亚市,2029,200', 'hitech-revenue,海口市,2030,300']);
      const response = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.haikou }, 'mixed.csv', file);
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({
        code: 'forbidden_region',
        details: [{ file: 'mixed.csv', row: 3, column: '市县', field: 'region', value: SANYA }],
      });
      expect(response.json().error.details).toHaveLength(1);
      expect([await observationCount(), await uploadCount()]).toEqual(before);
      // A park officer likewise: rows outside its park.
      const park = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.yangpu }, 'p.csv', csv(['indicator,region,park,year,value', 'hitech-revenue,儋州市,,2029,1']));
      expect(park.json().error).toMatchObject({ code: 'forbidden', details: [{ row: 2, field: 'park', value: null }] });
    });

    it('an officer’s import may not change submitted or approved values; unchanged rows pass', async () => {
      // Approved by the analyst's import above: Yangpu 2026, 880.
      const changed = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.yangpu }, 'y.csv', csv(['indicator,park,year,value', 'hitech-revenue,洋浦经济开发区,2026,900']));
      expect(changed.statusCode).toBe(409);
      expect(changed.json().error).toMatchObject({ code: 'conflict', details: [{ row: 2, field: 'status', value: 'approved' }] });
      const same = await preview({ session: cast.yangpu }, 'observations', 'y.csv', csv(['indicator,park,year,value', 'hitech-revenue,洋浦经济开发区,2026,880']));
      expect(same.counts).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    });

    it('enterprise data by scope: the stored region counts, an enterprise account imports only its own annual data', async () => {
      const registry = csv(['统一社会信用代码,企业名称,所在市县', `${OWN_CREDIT_CODE},海口自有科技有限公司,海口市`, `${SANYA_CODE},三亚深蓝科技有限公司,三亚市`]);
      await commit({ session: cast.admin }, (await preview({ session: cast.admin }, 'enterprises', 'registry.csv', registry)).id);

      // Moving Sanya's enterprise to Haikou is a change to Sanya's data.
      const moved = await upload(cast.api.app, '/api/imports?kind=enterprises', { session: cast.haikou }, 'move.csv', csv(['统一社会信用代码,企业名称,所在市县', `${SANYA_CODE},三亚深蓝科技有限公司,海口市`]));
      expect(moved.json().error).toMatchObject({ code: 'forbidden_region', details: [{ row: 2, value: SANYA }] });
      const annualHeader = 'credit_code,year,revenue';
      const foreignAnnual = await upload(cast.api.app, '/api/imports?kind=annual', { session: cast.haikou }, 'a.csv', csv([annualHeader, `${SANYA_CODE},2026,100`]));
      expect(foreignAnnual.json().error).toMatchObject({ code: 'forbidden_region', details: [{ row: 2, field: 'credit_code', value: SANYA_CODE }] });

      const own = await preview({ session: cast.enterprise }, 'annual', 'own.csv', csv([annualHeader, `${OWN_CREDIT_CODE},2026,5200`]));
      expect((await commit({ session: cast.enterprise }, own.id)).counts).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
      const others = await upload(cast.api.app, '/api/imports?kind=annual', { session: cast.enterprise }, 'b.csv', csv([annualHeader, `${OWN_CREDIT_CODE},2027,5300`, `${SANYA_CODE},2026,100`]));
      expect(others.statusCode).toBe(403);
      expect(others.json().error).toMatchObject({ code: 'forbidden', details: [{ row: 3, column: 'credit_code', value: SANYA_CODE }] });
      const wrongKind = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.enterprise }, 'o.csv', 'x');
      expect(wrongKind.statusCode).toBe(403);
      expect((await upload(cast.api.app, '/api/imports?kind=calendar', { session: cast.haikou }, 'c.csv', 'x')).statusCode).toBe(403);
    });

    it('refuses nobody (401), viewers (403), other types (415), a missing file (400) and CSRF-less uploads', async () => {
      const file = csv(['indicator,region,year,value', 'hitech-revenue,海口市,2029,1']);
      expect((await upload(cast.api.app, '/api/imports?kind=observations', {}, 'a.csv', file)).statusCode).toBe(401);
      expect((await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.viewer }, 'a.csv', file)).json().error.code).toBe('forbidden');
      const csrf = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.admin, csrf: false }, 'a.csv', file);
      expect(csrf.json().error.code).toBe('csrf_failed');
      for (const name of ['a.txt', 'a.xls', 'a']) {
        const refused = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.admin }, name, file);
        expect(refused.statusCode, name).toBe(415);
        expect(refused.json().error).toMatchObject({ code: 'unsupported_media_type', details: [{ field: 'file', value: name }] });
      }
      const json = await call(cast.api.app, 'POST', '/api/imports?kind=observations', { session: cast.admin }, { file: 'a.csv' });
      expect(json.statusCode).toBe(415);
      expect((await call(cast.api.app, 'POST', '/api/imports?kind=widgets', { session: cast.admin }, {})).json().error.details[0].field).toBe('query.kind');
      const empty = await cast.api.app.inject({
        method: 'POST',
        url: '/api/imports?kind=observations',
        headers: { cookie: cast.admin.cookie, 'x-csrf-token': cast.admin.csrfToken, 'content-type': 'multipart/form-data; boundary=b' },
        payload: '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--b--\r\n',
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.details).toEqual([expect.objectContaining({ field: 'file' })]);
    });

    it('uploads are their user’s own, can be discarded, and expire', async () => {
      const file = csv(['indicator,region,year,value', 'hitech-revenue,海口市,2030,1']);
      const mine = await preview({ session: cast.haikou }, 'observations', 'mine.csv', file);
      for (const other of [cast.admin, cast.danzhou]) {
        expect((await call(cast.api.app, 'POST', `/api/imports/${mine.id}/commit`, { session: other })).statusCode).toBe(404);
        expect((await call(cast.api.app, 'DELETE', `/api/imports/${mine.id}`, { session: other })).statusCode).toBe(404);
      }
      expect((await call(cast.api.app, 'POST', `/api/imports/${mine.id}/commit`, { session: cast.haikou, csrf: false })).json().error.code).toBe('csrf_failed');
      expect((await call(cast.api.app, 'DELETE', `/api/imports/${mine.id}`, { session: cast.haikou })).statusCode).toBe(204);
      expect((await call(cast.api.app, 'POST', `/api/imports/${mine.id}/commit`, { session: cast.haikou })).statusCode).toBe(404);
      expect((await call(cast.api.app, 'POST', '/api/imports/not-a-uuid/commit', { session: cast.haikou })).json().error.details[0].field).toBe('params.id');

      const later = await preview({ session: cast.haikou }, 'observations', 'later.csv', file);
      cast.api.clock.advance(24 * 3_600_000 + 1000);
      cast.haikou = await cast.api.login('hai', DEFAULT_PASSWORD);
      expect((await call(cast.api.app, 'POST', `/api/imports/${later.id}/commit`, { session: cast.haikou })).statusCode).toBe(404);
    });
  });

  describe(`the upload size limit on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine, { uploadLimitBytes: 4096 });
    });
    afterAll(async () => cast.api.close());

    it('answers 413 payload_too_large for a file over the limit, and writes nothing', async () => {
      const big = csv(['indicator,region,year,value', ...Array.from({ length: 400 }, (_, i) => `hitech-revenue,海口市,${2025 + (i % 6)},${i}`)]);
      expect(Buffer.byteLength(big)).toBeGreaterThan(4096);
      const response = await upload(cast.api.app, '/api/imports?kind=observations', { session: cast.admin }, 'big.csv', big);
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toMatchObject({ code: 'payload_too_large', message: { en: expect.stringContaining('4 KiB') } });
      expect(await cast.api.store.db.selectFrom('uploads').selectAll().execute()).toEqual([]);
    });
  });
}
