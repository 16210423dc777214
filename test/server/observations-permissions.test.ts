/**
 * Who may do what with observations, route by route; CSRF and token scopes on these writes;
 * and input validation naming each field — against the schema and against the plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { castOf, DANZHOU, HAIKOU, SANYA, type Cast } from './observations-support.ts';
import { call, type Credentials } from './support.ts';

type Method = 'GET' | 'POST' | 'PATCH';

for (const engine of ENGINES) {
  describe(`observation permissions and validation on ${engine}`, () => {
    let cast: Cast;
    let haikouId: number;
    let submittedHaikouId: number;
    let yangpuId: number;
    beforeAll(async () => {
      cast = await castOf(engine);
      const make = async (body: Record<string, unknown>) => {
        const response = await call(cast.api.app, 'POST', '/api/observations', { session: cast.admin }, body);
        expect(response.statusCode, response.body).toBe(201);
        return response.json().id as number;
      };
      haikouId = await make({ indicatorId: 'hitech-revenue', regionCode: HAIKOU, period: '2026', value: 900 });
      submittedHaikouId = await make({ indicatorId: 'hitech-revenue', regionCode: HAIKOU, period: '2027', value: 950 });
      await call(cast.api.app, 'POST', `/api/observations/${submittedHaikouId}/submit`, { session: cast.admin });
      yangpuId = await make({ indicatorId: 'hitech-revenue', regionCode: DANZHOU, parkId: 'yangpu', period: '2026', value: 300 });
    });
    afterAll(async () => cast.api.close());

    const routes = (id: number): [Method, string, unknown?][] => [
      ['GET', '/api/observations'],
      ['GET', `/api/observations/${id}`],
      ['GET', `/api/observations/${id}/history`],
      ['POST', '/api/observations', { indicatorId: 'hitech-revenue', regionCode: HAIKOU, period: '2028', value: 1 }],
      ['PATCH', `/api/observations/${id}`, { value: 2 }],
      ['POST', `/api/observations/${id}/submit`],
      ['POST', `/api/observations/${id}/approve-region`],
      ['POST', `/api/observations/${id}/approve`],
      ['POST', `/api/observations/${id}/return`, { reason: 'r' }],
      ['POST', `/api/observations/${id}/reopen`, { reason: 'r' }],
    ];
    const codes = async (who: Credentials, list: [Method, string, unknown?][]) =>
      Promise.all(list.map(async ([method, url, body]) => `${method} ${url.replace(/\d+/g, ':id')} ${(await call(cast.api.app, method, url, who, body)).statusCode}`));

    it('anonymous callers: 401 on every route', async () => {
      for (const line of await codes({}, routes(haikouId))) expect(line).toMatch(/ 401$/);
    });

    it('enterprise accounts cannot touch observations: 403 forbidden everywhere', async () => {
      for (const [method, url, body] of routes(haikouId)) {
        const response = await call(cast.api.app, method, url, { session: cast.enterprise }, body);
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
    });

    it('viewers read but never write', async () => {
      const statuses = await codes({ session: cast.viewer }, routes(haikouId));
      expect(statuses.slice(0, 3).every((s) => s.endsWith(' 200'))).toBe(true);
      expect(statuses.slice(3).every((s) => s.endsWith(' 403'))).toBe(true);
    });

    it('a region officer acting on another region: 403 forbidden_region naming the region', async () => {
      const cases: [Method, string, unknown?][] = [
        ['POST', '/api/observations', { indicatorId: 'hitech-revenue', regionCode: SANYA, period: '2026', value: 1 }],
        ['POST', '/api/observations', { indicatorId: 'hitech-revenue', regionCode: '460000', period: '2026', value: 1 }],
        ['PATCH', `/api/observations/${yangpuId}`, { value: 2 }],
        ['POST', `/api/observations/${yangpuId}/submit`],
      ];
      const regions = [SANYA, '460000', DANZHOU, DANZHOU];
      for (const [i, [method, url, body]] of cases.entries()) {
        const response = await call(cast.api.app, method, url, { session: cast.haikou }, body);
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json().error).toMatchObject({ code: 'forbidden_region', details: [{ field: 'regionCode', value: regions[i] }] });
      }
      // Its own region's value it may edit.
      expect((await call(cast.api.app, 'PATCH', `/api/observations/${haikouId}`, { session: cast.haikou }, { note: '本市' })).statusCode).toBe(200);
    });

    it('a park officer writes only its park; analysts approve but do not enter data', async () => {
      const regionLevel = await call(cast.api.app, 'POST', '/api/observations', { session: cast.yangpu }, { indicatorId: 'hitech-revenue', regionCode: DANZHOU, period: '2027', value: 1 });
      expect(regionLevel.json().error.code).toBe('forbidden');
      const otherPark = await call(cast.api.app, 'POST', '/api/observations', { session: cast.yangpu }, { indicatorId: 'hitech-revenue', regionCode: DANZHOU, parkId: 'danzhou-industrial-park', period: '2027', value: 1 });
      expect(otherPark.statusCode).toBe(403);
      // Another region's value does not exist for a park officer.
      expect((await call(cast.api.app, 'PATCH', `/api/observations/${haikouId}`, { session: cast.yangpu }, { value: 1 })).statusCode).toBe(404);
      expect((await call(cast.api.app, 'PATCH', `/api/observations/${yangpuId}`, { session: cast.yangpu }, { value: 301 })).statusCode).toBe(200);

      const analystEntry = await call(cast.api.app, 'POST', '/api/observations', { session: cast.analyst }, { indicatorId: 'hitech-revenue', regionCode: HAIKOU, period: '2029', value: 1 });
      expect(analystEntry.json().error.code).toBe('forbidden');
      expect((await call(cast.api.app, 'POST', `/api/observations/${submittedHaikouId}/approve`, { session: cast.haikou })).json().error.code).toBe('forbidden');
    });

    it('enforces CSRF on every write made with the session cookie, and the write scope for tokens', async () => {
      const writes: [Method, string, unknown?][] = [
        ['POST', '/api/observations', { indicatorId: 'hitech-revenue', regionCode: HAIKOU, period: '2028', value: 1 }],
        ['PATCH', `/api/observations/${haikouId}`, { value: 3 }],
        ['POST', `/api/observations/${haikouId}/submit`],
        ['POST', `/api/observations/${submittedHaikouId}/return`, { reason: 'r' }],
      ];
      for (const [method, url, body] of writes) {
        for (const csrf of [false, 'forged'] as const) {
          const response = await call(cast.api.app, method, url, { session: cast.admin, csrf }, body);
          expect(response.statusCode, `${method} ${url} csrf=${csrf}`).toBe(403);
          expect(response.json().error.code).toBe('csrf_failed');
        }
      }
      const reader = (await call(cast.api.app, 'POST', '/api/tokens', { session: cast.admin }, { name: 'reader' })).json().token as string;
      expect((await call(cast.api.app, 'GET', '/api/observations', { token: reader })).statusCode).toBe(200);
      const refused = await call(cast.api.app, 'PATCH', `/api/observations/${haikouId}`, { token: reader }, { value: 4 });
      expect(refused.json().error).toMatchObject({ code: 'forbidden', details: [{ field: 'scopes' }] });
      expect((await call(cast.api.app, 'GET', `/api/observations/${haikouId}`, { session: cast.viewer })).json().value).toBe(900);
    });

    it('validates the shape of every input, naming each field', async () => {
      const fields = async (method: Method, url: string, body?: unknown) => {
        const response = await call(cast.api.app, method, url, { session: cast.admin }, body);
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
        return (response.json().error.details as { field?: string }[]).map((d) => d.field).sort();
      };
      expect(await fields('POST', '/api/observations', { regionCode: '4601', period: '26', value: 'ten', colour: 'red' })).toEqual(['colour', 'indicatorId', 'period', 'regionCode', 'value']);
      expect(await fields('PATCH', `/api/observations/${haikouId}`, {})).toEqual([undefined]);
      expect(await fields('PATCH', `/api/observations/${haikouId}`, { value: null, status: 'approved' })).toEqual(['status', 'value']);
      expect(await fields('GET', '/api/observations?status=done&pageSize=5000&region=x')).toEqual(['query.pageSize', 'query.region', 'query.status']);
      expect(await fields('GET', '/api/observations/abc')).toEqual(['params.id']);
      expect(await fields('POST', `/api/observations/${submittedHaikouId}/return`, { because: 'x' })).toEqual(['because', 'reason']);
    });

    it('checks a new value against the plan, naming each field', async () => {
      const problems = async (body: Record<string, unknown>) => {
        const response = await call(cast.api.app, 'POST', '/api/observations', { session: cast.admin }, { indicatorId: 'hitech-revenue', regionCode: HAIKOU, period: '2026', value: 1, ...body });
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        return (response.json().error.details as { field: string; value?: unknown }[]).map((d) => [d.field, d.value]);
      };
      expect(await problems({ indicatorId: 'no-such-indicator' })).toEqual([['indicatorId', 'no-such-indicator']]);
      expect(await problems({ regionCode: '469999' })).toEqual([['regionCode', '469999']]);
      expect(await problems({ parkId: 'yangpu' })).toEqual([['parkId', 'yangpu']]);
      expect(await problems({ parkId: 'atlantis' })).toEqual([['parkId', 'atlantis']]);
      expect(await problems({ period: '2031' })).toEqual([['period', '2031']]);
      expect(await problems({ period: '2024Q4' })).toEqual([['period', '2024Q4']]);
      expect(await problems({ indicatorId: 'green-factories', value: 12.5 })).toEqual([['value', 12.5]]);
      expect(await problems({ indicatorId: 'green-factories', value: -1 })).toEqual([['value', -1]]);
      expect(await problems({ indicatorId: 'rd-expenditure-share', value: 2000 })).toEqual([['value', 2000]]);
      expect(await problems({ kind: 'target' })).toEqual([['kind', 'target']]);
      const count = await call(cast.api.app, 'POST', '/api/observations', { session: cast.admin }, { indicatorId: 'green-factories', regionCode: HAIKOU, period: '2026', value: 12 });
      expect(count.statusCode).toBe(201);
      const assigned = await call(cast.api.app, 'POST', '/api/observations', { session: cast.admin }, { indicatorId: 'energy-intensity-reduction', regionCode: HAIKOU, period: '2026', kind: 'target', value: 3.2 });
      expect(assigned.statusCode, assigned.body).toBe(201);
      const wholeNumber = await call(cast.api.app, 'PATCH', `/api/observations/${count.json().id}`, { session: cast.admin }, { value: 12.5 });
      expect(wholeNumber.json().error.details).toEqual([expect.objectContaining({ field: 'value', value: 12.5, expected: expect.objectContaining({ zh: expect.stringContaining('整数') }) })]);
    });

    it('refuses edits of a submitted value (409) and unknown ids (404)', async () => {
      const submitted = await call(cast.api.app, 'PATCH', `/api/observations/${submittedHaikouId}`, { session: cast.admin }, { value: 1 });
      expect(submitted.statusCode).toBe(409);
      expect(submitted.json().error).toMatchObject({ code: 'conflict', details: [{ field: 'status', value: 'submitted' }] });
      const twice = await call(cast.api.app, 'POST', `/api/observations/${submittedHaikouId}/submit`, { session: cast.admin });
      expect(twice.json().error).toMatchObject({ code: 'conflict', details: [{ field: 'status', value: 'submitted' }] });
      for (const [method, url, body] of routes(987654).slice(1)) {
        if (url === '/api/observations') continue;
        expect((await call(cast.api.app, method, url, { session: cast.admin }, body)).statusCode, `${method} ${url}`).toBe(404);
      }
    });
  });
}
