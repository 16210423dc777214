import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/open-database.ts';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

const DAY = 86_400_000;

/** Every row of every account table, as text: what a copy of the database would give away. */
async function accountTablesText(db: Db): Promise<string> {
  const tables = ['users', 'sessions', 'apiTokens', 'rateLimits', 'history'] as const;
  const rows = await Promise.all(tables.map((t) => db.selectFrom(t).selectAll().execute()));
  return JSON.stringify(rows);
}

for (const engine of ENGINES) {
  describe(`API tokens on ${engine}`, () => {
    let api: TestApi;
    let admin: Session;
    let viewer: Session;
    let viewerId: number;
    beforeAll(async () => {
      api = await testApi(engine);
      await api.addUser({ username: 'alice', role: 'admin' });
      viewerId = (await api.addUser({ username: 'victor', role: 'viewer' })).id;
      admin = await api.login('alice', DEFAULT_PASSWORD);
      viewer = await api.login('victor', DEFAULT_PASSWORD);
    });
    afterAll(async () => api.close());

    const create = async (session: Session, body: Record<string, unknown>) => {
      const response = await call(api.app, 'POST', '/api/tokens', { session }, body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { token: string; apiToken: { id: number; scopes: string[]; expiresAt: string | null } };
    };

    it('creates a token, shows its value once, and stores only its hash', async () => {
      const created = await create(admin, { name: 'nightly import' });
      expect(created.token).toMatch(/^psk_[\w-]{43}$/);
      expect(created.apiToken).toMatchObject({ name: 'nightly import', scopes: ['read'], expiresAt: null, revokedAt: null });
      const listed = await call(api.app, 'GET', '/api/tokens', { session: admin });
      expect(listed.body).not.toContain(created.token);
      expect(listed.json().items.map((t: { id: number }) => t.id)).toContain(created.apiToken.id);
      const stored = await accountTablesText(api.store.db);
      expect(stored).not.toContain(created.token);
      expect(stored).not.toContain(created.token.slice(4));
      expect(stored).not.toContain(admin.cookie.split('=')[1]);
      expect(stored).not.toContain(DEFAULT_PASSWORD);
    });

    it('authenticates a bearer token as its user and records when it was last used', async () => {
      const { token, apiToken } = await create(admin, { name: 'reader' });
      const users = await call(api.app, 'GET', '/api/users', { token });
      expect(users.statusCode).toBe(200);
      const row = await api.store.db.selectFrom('apiTokens').select('lastUsedAt').where('id', '=', apiToken.id).executeTakeFirstOrThrow();
      expect(row.lastUsedAt).toBe(api.clock.now().toISOString());
      // A token is not a browser session.
      expect((await call(api.app, 'GET', '/api/auth/session', { token })).statusCode).toBe(401);
    });

    it('refuses writes with a read-only token (403) and allows them with a write token', async () => {
      const reader = await create(admin, { name: 'reader', scopes: ['read'] });
      const refused = await call(api.app, 'POST', '/api/users', { token: reader.token }, { username: 'newbie', role: 'viewer' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: 'forbidden', details: [{ field: 'scopes' }] });
      expect((await call(api.app, 'DELETE', `/api/tokens/${reader.apiToken.id}`, { token: reader.token })).statusCode).toBe(403);

      const writer = await create(admin, { name: 'writer', scopes: ['write'] });
      expect(writer.apiToken.scopes).toEqual(['read', 'write']);
      const made = await call(api.app, 'POST', '/api/users', { token: writer.token }, { username: 'newbie', role: 'viewer' });
      expect(made.statusCode).toBe(201);
    });

    it('refuses a revoked token with 401', async () => {
      const { token, apiToken } = await create(admin, { name: 'soon revoked' });
      expect((await call(api.app, 'GET', '/api/tokens', { token })).statusCode).toBe(200);
      const revoked = await call(api.app, 'DELETE', `/api/tokens/${apiToken.id}`, { session: admin });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json().revokedAt).toBe(api.clock.now().toISOString());
      const refused = await call(api.app, 'GET', '/api/tokens', { token });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe('unauthenticated');
      const history = await api.store.db.selectFrom('history').select(['action', 'changes']).where('entity', '=', 'api-token').where('entityKey', '=', String(apiToken.id)).orderBy('id').execute();
      expect(history.map((h) => h.action)).toEqual(['create', 'revoke']);
      expect(JSON.stringify(history)).not.toContain(token);
    });

    it('refuses an expired token with 401', async () => {
      const { token, apiToken } = await create(admin, { name: 'short-lived', expiresInDays: 1 });
      expect(apiToken.expiresAt).toBe(new Date(api.clock.now().getTime() + DAY).toISOString());
      expect((await call(api.app, 'GET', '/api/tokens', { token })).statusCode).toBe(200);
      api.clock.advance(DAY);
      expect((await call(api.app, 'GET', '/api/tokens', { token })).statusCode).toBe(401);
      // The admin's session has been idle all the while: log in again for the next tests.
      admin = await api.login('alice', DEFAULT_PASSWORD);
      viewer = await api.login('victor', DEFAULT_PASSWORD);
    });

    it('refuses malformed and unknown bearer tokens with 401, even on routes open to anonymous readers', async () => {
      for (const authorization of ['Bearer psk_nope', 'Bearer abc', 'Basic YWxpY2U6cHc=', 'Bearer']) {
        const response = await api.app.inject({ method: 'GET', url: '/api/health', headers: { authorization } });
        expect(response.statusCode, authorization).toBe(401);
      }
    });

    it('lets a user manage only their own tokens; someone else’s is not found', async () => {
      const mine = await create(viewer, { name: 'my laptop', scopes: ['read', 'write'] });
      const adminsTokens = (await call(api.app, 'GET', '/api/tokens', { session: admin })).json().items as { id: number; userId: number }[];
      const othersToken = adminsTokens.find((t) => t.userId !== viewerId)!;

      const listed = (await call(api.app, 'GET', '/api/tokens?userId=1', { session: viewer })).json().items as { userId: number }[];
      expect(listed.every((t) => t.userId === viewerId)).toBe(true);
      expect(listed).toHaveLength(1);

      const foreign = await call(api.app, 'DELETE', `/api/tokens/${othersToken.id}`, { session: viewer });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.code).toBe('not_found');
      const forOther = await call(api.app, 'POST', '/api/tokens', { session: viewer }, { name: 'x', userId: 1 });
      expect(forOther.statusCode).toBe(403);

      // A viewer’s write token can manage the viewer's own tokens (the role still forbids data writes).
      expect((await call(api.app, 'DELETE', `/api/tokens/${mine.apiToken.id}`, { token: mine.token })).statusCode).toBe(200);
      expect((await call(api.app, 'POST', '/api/users', { session: viewer }, { username: 'sneaky', role: 'admin' })).statusCode).toBe(403);
    });

    it('lets an administrator see, create and revoke anyone’s tokens', async () => {
      const forViewer = await create(admin, { name: 'for victor', userId: viewerId });
      const onlyViewer = (await call(api.app, 'GET', `/api/tokens?userId=${viewerId}`, { session: admin })).json().items as { userId: number }[];
      expect(onlyViewer.length).toBeGreaterThan(0);
      expect(onlyViewer.every((t) => t.userId === viewerId)).toBe(true);
      expect((await call(api.app, 'DELETE', `/api/tokens/${forViewer.apiToken.id}`, { session: admin })).statusCode).toBe(200);
      expect((await call(api.app, 'DELETE', '/api/tokens/999999', { session: admin })).statusCode).toBe(404);
      expect((await call(api.app, 'POST', '/api/tokens', { session: admin }, { name: 'x', userId: 999999 })).statusCode).toBe(404);
    });

    it('refuses the tokens of a disabled user', async () => {
      const { token } = await create(viewer, { name: 'before disabling' });
      expect((await call(api.app, 'PATCH', `/api/users/${viewerId}`, { session: admin }, { disabled: true })).statusCode).toBe(200);
      expect((await call(api.app, 'GET', '/api/tokens', { token })).statusCode).toBe(401);
    });
  });
}
