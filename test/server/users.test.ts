import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

for (const engine of ENGINES) {
  describe(`users administration on ${engine}`, () => {
    let api: TestApi;
    let admin: Session;
    let adminId: number;
    beforeAll(async () => {
      api = await testApi(engine);
      adminId = (await api.addUser({ username: 'alice', role: 'admin' })).id;
      await api.addUser({ username: 'rita', role: 'region-officer', regions: ['460100'] });
      admin = await api.login('alice', DEFAULT_PASSWORD);
    });
    afterAll(async () => api.close());

    it('is for administrators only: 401 for nobody, 403 for other roles', async () => {
      expect((await call(api.app, 'GET', '/api/users')).statusCode).toBe(401);
      const officer = await api.login('rita', DEFAULT_PASSWORD);
      const listed = await call(api.app, 'GET', '/api/users', { session: officer });
      expect(listed.statusCode).toBe(403);
      expect(listed.json().error.code).toBe('forbidden');
      const created = await call(api.app, 'POST', '/api/users', { session: officer }, { username: 'x1', role: 'admin' });
      expect(created.statusCode).toBe(403);
      expect((await call(api.app, 'PATCH', `/api/users/${adminId}`, { session: officer }, { disabled: true })).statusCode).toBe(403);
      expect((await call(api.app, 'GET', '/api/users', { session: admin })).statusCode).toBe(200);
    });

    it('creates an account with a generated password, shown once, that logs in', async () => {
      const created = await call(api.app, 'POST', '/api/users', { session: admin }, { username: ' Park.Officer ', role: 'park-officer', parkId: 'yangpu', displayName: '洋浦填报员' });
      expect(created.statusCode).toBe(201);
      const body = created.json();
      expect(body.user).toMatchObject({ username: 'park.officer', role: 'park-officer', parkId: 'yangpu', regions: [], displayName: '洋浦填报员', disabled: false });
      expect(body.password).toMatch(/^[\w-]{16}$/);
      await api.login('park.officer', body.password);
      const fetched = await call(api.app, 'GET', `/api/users/${body.user.id}`, { session: admin });
      expect(fetched.json()).toEqual(body.user);
      const chosen = await call(api.app, 'POST', '/api/users', { session: admin }, { username: 'ent', role: 'enterprise', creditCode: withCheckChar('91460100MA5T00001'), password: 'a chosen password' });
      expect(chosen.json().password).toBeNull();
    });

    it('answers 409 conflict for a username that is taken (the store’s unique constraint)', async () => {
      const again = await call(api.app, 'POST', '/api/users', { session: admin }, { username: 'RITA', role: 'viewer' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'conflict', details: [{ field: 'username' }] });
      expect(again.body).not.toMatch(/UNIQUE|duplicate key|violates/i);
    });

    it('checks the scope against the role and the plan, naming each field', async () => {
      const cases: [Record<string, unknown>, string[]][] = [
        [{ username: 'r1', role: 'region-officer' }, ['regions']],
        [{ username: 'r2', role: 'region-officer', regions: ['460100', '469999'] }, ['regions.1']],
        [{ username: 'p1', role: 'park-officer', parkId: 'atlantis' }, ['parkId']],
        [{ username: 'e1', role: 'enterprise', creditCode: '91460100MA5T000010' }, ['creditCode']],
        [{ username: 'v1', role: 'viewer', regions: ['460100'], parkId: 'yangpu' }, ['regions', 'parkId']],
      ];
      for (const [body, fields] of cases) {
        const response = await call(api.app, 'POST', '/api/users', { session: admin }, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().error.details.map((d: { field: string }) => d.field)).toEqual(fields);
      }
    });

    it('changes role and scope together, records it in the history without secrets', async () => {
      const id = (await api.addUser({ username: 'sam', role: 'viewer' })).id;
      const promoted = await call(api.app, 'PATCH', `/api/users/${id}`, { session: admin }, { role: 'region-officer', regions: ['460100', '460200'] });
      expect(promoted.statusCode).toBe(200);
      expect(promoted.json().user).toMatchObject({ role: 'region-officer', regions: ['460100', '460200'] });
      const demoted = await call(api.app, 'PATCH', `/api/users/${id}`, { session: admin }, { role: 'viewer' });
      expect(demoted.json().user).toMatchObject({ role: 'viewer', regions: [] }); // a new role starts from an empty scope
      const reset = await call(api.app, 'PATCH', `/api/users/${id}`, { session: admin }, { resetPassword: true });
      const password = reset.json().password as string;
      await api.login('sam', password);

      const history = await api.store.db.selectFrom('history').selectAll().where('entity', '=', 'user').where('entityKey', '=', String(id)).orderBy('id').execute();
      expect(history.map((h) => h.action)).toEqual(['create', 'update', 'update', 'password-reset']);
      expect(JSON.parse(history[1]!.changes)).toEqual({ role: ['viewer', 'region-officer'], regions: [[], ['460100', '460200']] });
      expect(history[1]).toMatchObject({ actor: 'alice', origin: 'api' });
      const text = JSON.stringify(history);
      expect(text).not.toContain(password);
      expect(text).not.toContain('argon2');
    });

    it('disabling an account or setting its password ends its sessions', async () => {
      const id = (await api.addUser({ username: 'dora' })).id;
      const session = await api.login('dora', DEFAULT_PASSWORD);
      await call(api.app, 'PATCH', `/api/users/${id}`, { session: admin }, { password: 'another good password' });
      expect((await call(api.app, 'GET', '/api/auth/session', { session })).statusCode).toBe(401);
      const again = await api.login('dora', 'another good password');
      await call(api.app, 'PATCH', `/api/users/${id}`, { session: admin }, { disabled: true });
      expect((await call(api.app, 'GET', '/api/auth/session', { session: again })).statusCode).toBe(401);
      const refused = await call(api.app, 'POST', '/api/auth/login', {}, { username: 'dora', password: 'another good password' });
      expect(refused.json().error.code).toBe('invalid_credentials');
    });

    it('a new password lifts a lockout', async () => {
      const id = (await api.addUser({ username: 'luke' })).id;
      for (let i = 0; i < 5; i++) await call(api.app, 'POST', '/api/auth/login', {}, { username: 'luke', password: 'wrong password' });
      expect((await call(api.app, 'GET', `/api/users/${id}`, { session: admin })).json().lockedUntil).not.toBeNull();
      await call(api.app, 'PATCH', `/api/users/${id}`, { session: admin }, { password: 'a fresh password' });
      await api.login('luke', 'a fresh password');
    });

    it('never leaves the system without an enabled administrator', async () => {
      const lastAdmin = await call(api.app, 'PATCH', `/api/users/${adminId}`, { session: admin }, { role: 'viewer' });
      expect(lastAdmin.statusCode).toBe(409);
      expect(lastAdmin.json().error).toMatchObject({ code: 'conflict', details: [{ field: 'role' }] });
      expect((await call(api.app, 'PATCH', `/api/users/${adminId}`, { session: admin }, { disabled: true })).statusCode).toBe(409);
      expect((await call(api.app, 'PATCH', '/api/users/424242', { session: admin }, { disabled: true })).statusCode).toBe(404);
      expect((await call(api.app, 'PATCH', `/api/users/${adminId}`, { session: admin }, {})).statusCode).toBe(400);
    });
  });
}
