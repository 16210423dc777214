/**
 * The whole workflow over HTTP, for a region's value and for a park's, with the audit trail
 * checked change by change: who, through what, why, and each field's old → new value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { castOf, DANZHOU, HAIKOU, type Cast } from './observations-support.ts';
import { call, type Credentials } from './support.ts';

interface HistoryEntry {
  action: string;
  actor: string;
  origin: string | null;
  reason: string | null;
  changes: { field: string; old: unknown; new: unknown }[];
}

for (const engine of ENGINES) {
  describe(`the observation workflow over HTTP on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine);
    });
    afterAll(async () => cast.api.close());

    const post = (url: string, who: Credentials, body?: unknown) => call(cast.api.app, 'POST', url, who, body);
    const step = async (id: number, action: string, who: Credentials, body?: unknown) => {
      const response = await post(`/api/observations/${id}/${action}`, who, body);
      expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
      return response.json();
    };
    const history = async (id: number, who: Credentials) => {
      const response = await call(cast.api.app, 'GET', `/api/observations/${id}/history`, who);
      expect(response.statusCode).toBe(200);
      return (response.json().items as HistoryEntry[]).map((h) => [h.action, h.actor, h.origin, h.reason, h.changes]);
    };

    it('region data: draft, edit, submit, province approval, locked, reopened with a reason, resubmitted, returned', async () => {
      const { haikou, analyst, viewer } = cast;
      const created = await post('/api/observations', { session: haikou }, { indicatorId: 'digital-economy-revenue', regionCode: HAIKOU, period: '2026', value: 1700.5 });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as number;
      expect(created.json()).toMatchObject({ status: 'draft', indicatorId: 'digital-economy-revenue', regionCode: HAIKOU, parkId: null, kind: 'actual', unit: '100m-cny', originKind: 'form', createdBy: 'hai', editable: true });

      const edited = await call(cast.api.app, 'PATCH', `/api/observations/${id}`, { session: haikou }, { value: 1710, note: '市统计局快报' });
      expect(edited.json()).toMatchObject({ value: 1710, note: '市统计局快报' });
      expect(await step(id, 'submit', { session: haikou })).toMatchObject({ status: 'submitted', submittedBy: 'hai', editable: false });
      // Region data goes straight to the province: there is no region step for it.
      const regionStep = await post(`/api/observations/${id}/approve-region`, { session: cast.admin });
      expect(regionStep.statusCode).toBe(409);
      expect(regionStep.json().error).toMatchObject({ code: 'conflict', details: [{ field: 'status', value: 'submitted' }] });
      expect(await step(id, 'approve', { session: analyst })).toMatchObject({ status: 'approved', approvedBy: 'anna' });

      const locked = await call(cast.api.app, 'PATCH', `/api/observations/${id}`, { session: haikou }, { value: 1 });
      expect(locked.statusCode).toBe(423);
      expect(locked.json().error).toMatchObject({ code: 'locked', details: [{ field: 'status', value: 'approved' }] });
      const noReason = await post(`/api/observations/${id}/reopen`, { session: analyst }, {});
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error).toMatchObject({ code: 'validation_failed', details: [{ field: 'reason' }] });
      const blankReason = await post(`/api/observations/${id}/reopen`, { session: analyst }, { reason: '   ' });
      expect(blankReason.json().error.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
      expect(await step(id, 'reopen', { session: analyst }, { reason: '统计局修订数据' })).toMatchObject({ status: 'returned', returnReason: '统计局修订数据', approvedBy: null, editable: true });

      await call(cast.api.app, 'PATCH', `/api/observations/${id}`, { session: haikou }, { value: 1722.25 });
      await step(id, 'submit', { session: haikou });
      expect(await step(id, 'return', { session: analyst }, { reason: '请附说明' })).toMatchObject({ status: 'returned', returnedBy: 'anna', returnReason: '请附说明' });

      expect(await history(id, { session: viewer })).toEqual([
        ['create', 'hai', 'form', null, [{ field: 'value', old: null, new: 1700.5 }, { field: 'note', old: null, new: null }, { field: 'status', old: null, new: 'draft' }]],
        ['update', 'hai', 'form', null, [{ field: 'value', old: 1700.5, new: 1710 }, { field: 'note', old: null, new: '市统计局快报' }]],
        ['submit', 'hai', 'form', null, [{ field: 'status', old: 'draft', new: 'submitted' }]],
        ['approve', 'anna', 'form', null, [{ field: 'status', old: 'submitted', new: 'approved' }]],
        ['reopen', 'anna', 'form', '统计局修订数据', [{ field: 'status', old: 'approved', new: 'returned' }]],
        ['update', 'hai', 'form', null, [{ field: 'value', old: 1710, new: 1722.25 }]],
        ['submit', 'hai', 'form', null, [{ field: 'status', old: 'returned', new: 'submitted' }]],
        ['return', 'anna', 'form', '请附说明', [{ field: 'status', old: 'submitted', new: 'returned' }]],
      ]);
    });

    it('park data: the park submits, its region approves, then the province; reopened and resubmitted', async () => {
      const { yangpu, danzhou, haikou, analyst } = cast;
      const created = await post('/api/observations', { session: yangpu }, { indicatorId: 'petrochem-materials-revenue', regionCode: DANZHOU, parkId: 'yangpu', period: '2026', value: 2100 });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as number;
      await step(id, 'submit', { session: yangpu });

      const early = await post(`/api/observations/${id}/approve`, { session: analyst });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.details).toContainEqual({ field: 'regionApproved', value: false, expected: expect.anything() });
      // Another region's officer may not approve it; the refusal names the park's region.
      const foreign = await post(`/api/observations/${id}/approve-region`, { session: haikou });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json().error).toMatchObject({ code: 'forbidden_region', details: [{ field: 'regionCode', value: DANZHOU }] });
      // Nor may the park approve its own submission, nor a region officer approve for the province.
      expect((await post(`/api/observations/${id}/approve-region`, { session: yangpu })).statusCode).toBe(403);
      expect(await step(id, 'approve-region', { session: danzhou })).toMatchObject({ status: 'submitted', regionApproved: true, regionApprovedBy: 'dan' });
      expect((await post(`/api/observations/${id}/approve`, { session: danzhou })).json().error.code).toBe('forbidden');
      expect(await step(id, 'approve', { session: analyst })).toMatchObject({ status: 'approved', approvedBy: 'anna' });

      expect((await call(cast.api.app, 'PATCH', `/api/observations/${id}`, { session: yangpu }, { value: 2200 })).statusCode).toBe(423);
      expect((await post(`/api/observations/${id}/reopen`, { session: danzhou }, { reason: '想改' })).json().error.code).toBe('forbidden');
      await step(id, 'reopen', { session: analyst }, { reason: '园区口径调整' });
      expect((await call(cast.api.app, 'PATCH', `/api/observations/${id}`, { session: yangpu }, { value: 2200 })).json()).toMatchObject({ value: 2200, status: 'returned' });
      expect(await step(id, 'submit', { session: yangpu })).toMatchObject({ status: 'submitted', regionApproved: false, returnReason: null });

      // Returning waits at the level the value is at: the region, until it approves.
      expect((await post(`/api/observations/${id}/return`, { session: analyst }, { reason: 'x' })).statusCode).toBe(403);
      expect(await step(id, 'return', { session: danzhou }, { reason: '缺少附件' })).toMatchObject({ status: 'returned', returnedBy: 'dan' });

      expect((await history(id, { session: yangpu })).map(([action, actor, , reason, changes]) => [action, actor, reason, changes])).toEqual([
        ['create', 'yang', null, [{ field: 'value', old: null, new: 2100 }, { field: 'note', old: null, new: null }, { field: 'status', old: null, new: 'draft' }]],
        ['submit', 'yang', null, [{ field: 'status', old: 'draft', new: 'submitted' }]],
        ['approve-region', 'dan', null, [{ field: 'status', old: 'submitted', new: 'submitted' }, { field: 'regionApproved', old: false, new: true }]],
        ['approve', 'anna', null, [{ field: 'status', old: 'submitted', new: 'approved' }]],
        ['reopen', 'anna', '园区口径调整', [{ field: 'status', old: 'approved', new: 'returned' }]],
        ['update', 'yang', null, [{ field: 'value', old: 2100, new: 2200 }]],
        ['submit', 'yang', null, [{ field: 'status', old: 'returned', new: 'submitted' }]],
        ['return', 'dan', '缺少附件', [{ field: 'status', old: 'submitted', new: 'returned' }]],
      ]);
    });

    it('records origin api for API tokens, and refuses a second value with the same key (409)', async () => {
      const created = await post('/api/tokens', { session: cast.haikou }, { name: 'sync', scopes: ['write'] });
      const token = created.json().token as string;
      const made = await post('/api/observations', { token }, { indicatorId: 'gdp', regionCode: HAIKOU, period: '2026Q1', value: 500 });
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json()).toMatchObject({ originKind: 'api', period: '2026Q1', year: 2026, quarter: 1 });
      const trail = await call(cast.api.app, 'GET', `/api/observations/${made.json().id}/history`, { token });
      expect(trail.json().items[0]).toMatchObject({ action: 'create', actor: 'hai', origin: 'api' });

      const again = await post('/api/observations', { session: cast.haikou }, { indicatorId: 'gdp', regionCode: HAIKOU, period: '2026Q1', value: 501 });
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'conflict', details: [{ field: 'id', value: made.json().id }, { field: 'status', value: 'draft' }] });
    });

    it('lists with filters, paging and the total; a park officer sees only its park', async () => {
      const { admin, yangpu, viewer } = cast;
      for (const [period, value] of [['2027', 1800], ['2028', 1900], ['2029', 2000]] as const) {
        const made = await post('/api/observations', { session: admin }, { indicatorId: 'digital-economy-revenue', regionCode: HAIKOU, period, value });
        expect(made.statusCode).toBe(201);
      }
      const page = await call(cast.api.app, 'GET', `/api/observations?indicator=digital-economy-revenue&region=${HAIKOU}&status=draft&page=2&pageSize=2`, { session: viewer });
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.json().items.map((o: { period: string }) => o.period)).toEqual(['2029']);
      const returned = await call(cast.api.app, 'GET', '/api/observations?status=returned', { session: viewer });
      expect(returned.json().items.map((o: { indicatorId: string }) => o.indicatorId).sort()).toEqual(['digital-economy-revenue', 'petrochem-materials-revenue']);

      const parks = await call(cast.api.app, 'GET', '/api/observations', { session: yangpu });
      expect(parks.json().total).toBe(1);
      expect(parks.json().items.every((o: { parkId: string }) => o.parkId === 'yangpu')).toBe(true);
      const haikouId = page.json().items[0].id as number;
      // Someone else's value is not found for a park officer, not merely forbidden.
      expect((await call(cast.api.app, 'GET', `/api/observations/${haikouId}`, { session: yangpu })).statusCode).toBe(404);
      expect((await call(cast.api.app, 'GET', `/api/observations/${haikouId}/history`, { session: yangpu })).statusCode).toBe(404);
      expect((await call(cast.api.app, 'GET', `/api/observations/${haikouId}`, { session: viewer })).json()).toMatchObject({ id: haikouId, period: '2029' });
    });
  });
}
