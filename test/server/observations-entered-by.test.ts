/**
 * The `enteredBy` filter of GET /api/observations: an officer's own submissions (values it
 * created, or submitted after someone else created them), whatever their status, and none of
 * anybody else's — the list behind the web app's "my submissions".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { castOf, HAIKOU, type Cast } from './observations-support.ts';
import { call, type Credentials } from './support.ts';

interface Listed {
  id: number;
  indicatorId: string;
  status: string;
  createdBy: string;
  submittedBy: string | null;
}

for (const engine of ENGINES) {
  describe(`observations entered by one user on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine);
    });
    afterAll(async () => cast.api.close());

    const post = async (url: string, who: Credentials, body?: unknown) => {
      const response = await call(cast.api.app, 'POST', url, who, body);
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json() as Listed;
    };
    const list = async (query: string, who: Credentials) => {
      const response = await call(cast.api.app, 'GET', `/api/observations?${query}`, who);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { items: Listed[]; total: number };
    };

    it('lists the values a user created or submitted, in every status, and only those', async () => {
      const { haikou, admin, analyst, viewer } = cast;
      const draft = await post('/api/observations', { session: haikou }, { indicatorId: 'gdp', regionCode: HAIKOU, period: '2027', value: 2100 });
      const submitted = await post('/api/observations', { session: haikou }, { indicatorId: 'gdp', regionCode: HAIKOU, period: '2028', value: 2200 });
      await post(`/api/observations/${submitted.id}/submit`, { session: haikou });
      // Created by the administrator, submitted by the officer: the officer's submission too.
      const adopted = await post('/api/observations', { session: admin }, { indicatorId: 'gdp', regionCode: HAIKOU, period: '2029', value: 2300 });
      await post(`/api/observations/${adopted.id}/submit`, { session: haikou });
      await post(`/api/observations/${adopted.id}/approve`, { session: analyst });
      // The administrator's own value, never touched by the officer.
      await post('/api/observations', { session: admin }, { indicatorId: 'gdp', regionCode: HAIKOU, period: '2030', value: 2400 });

      const mine = await list('enteredBy=hai', { session: haikou });
      expect(mine.total).toBe(3);
      expect(mine.items.map((o) => [o.id, o.status]).sort()).toEqual(
        [[draft.id, 'draft'], [submitted.id, 'submitted'], [adopted.id, 'approved']].sort(),
      );
      // Combined with the other filters; the same answer for any reader (the names are in every row anyway).
      expect((await list('enteredBy=hai&status=approved', { session: viewer })).items.map((o) => o.id)).toEqual([adopted.id]);
      expect((await list('enteredBy=alice', { session: viewer })).total).toBe(2);
      expect((await list('enteredBy=nobody', { session: viewer })).total).toBe(0);
    });

    it('refuses an empty name', async () => {
      const response = await call(cast.api.app, 'GET', '/api/observations?enteredBy=', { session: cast.viewer });
      expect(response.statusCode).toBe(400);
    });
  });
}
