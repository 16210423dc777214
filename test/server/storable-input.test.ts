/**
 * Text neither engine can keep as given (a NUL character, half a surrogate pair) is refused
 * with a 400 naming the field — on PostgreSQL it used to reach the database and come back a
 * 500 (found by fuzzing the API on PostgreSQL) — and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstorableText } from '../../src/records/storable-text.ts';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

describe('unstorableText', () => {
  it('tells NUL and lone surrogates from ordinary text, emoji included', () => {
    expect(unstorableText('海口市 2027 😀')).toBeNull();
    expect(unstorableText('a\u0000b')).toBe('nul');
    expect(unstorableText('a\uD800b')).toBe('lone_surrogate');
    expect(unstorableText('\uDE00')).toBe('lone_surrogate');
    expect(unstorableText('😀'.slice(0, 1))).toBe('lone_surrogate');
  });
});

for (const engine of ENGINES) {
  describe(`unstorable text in requests on ${engine}`, () => {
    let api: TestApi;
    let admin: Session;
    beforeAll(async () => {
      api = await testApi(engine);
      await api.addUser({ username: 'alice', role: 'admin' });
      admin = await api.login('alice', DEFAULT_PASSWORD);
    });
    afterAll(async () => api.close());

    async function observationCount(): Promise<number> {
      return Number((await api.store.db.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    }

    it('a NUL in a JSON field: 400 naming the field, nothing stored', async () => {
      const before = await observationCount();
      const response = await call(api.app, 'POST', '/api/observations', { session: admin }, { indicatorId: 'hitech-revenue', regionCode: '460100', period: '2027', value: 1, note: '统计\u0000局' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        message: { en: 'The request holds characters that cannot be stored: note' },
        details: [{ field: 'note', expected: { en: 'contains a NUL character (U+0000), which cannot be stored; remove it' } }],
      });
      expect(await observationCount()).toBe(before);
    });

    it('half a surrogate pair sent as a JSON escape: 400, not a silent U+FFFD', async () => {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/observations',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
        payload: '{"indicatorId":"hitech-revenue","regionCode":"460100","period":"2027","value":1,"note":"x\\ud800y"}',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([{ field: 'note', expected: expect.objectContaining({ en: expect.stringContaining('surrogate') }) }]);
    });

    it('in the login form, a query parameter, a path parameter and an object key', async () => {
      const login = await api.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ali\u0000ce', password: 'x' } });
      expect(login.statusCode).toBe(400);
      expect(login.json().error.details[0].field).toBe('username');

      const query = await call(api.app, 'GET', `/api/enterprises?q=${encodeURIComponent('科技\u0000')}`, { session: admin });
      expect(query.statusCode).toBe(400);
      expect(query.json().error.details[0].field).toBe('query.q');

      const path = await call(api.app, 'GET', `/api/plan/indicators/${encodeURIComponent('a\u0000b')}`, { session: admin });
      expect(path.statusCode).toBe(400);
      expect(path.json().error.details[0].field).toBe('params.id');

      const key = await call(api.app, 'POST', '/api/scenario', { session: admin }, { clusterGrowthPct: { 'digital\u0000economy': 10 } });
      expect(key.statusCode).toBe(400);
      expect(key.json().error.details[0].field).toBe('clusterGrowthPct.digital?economy');
    });
  });
}
