import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { createApiToken } from '../../src/server/commands/create-token.ts';
import { PUBLIC_PORTAL_TTL_MS } from '../../src/server/policy/public-portal.ts';
import { historyOf } from '../../src/store/history.ts';
import { ENGINES } from '../support/engines.ts';
import { send } from './authorization-matrix-fixture.ts';
import { DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

const PLAN = {
  id: 'hainan-hitech-2026-2030',
  title: { zh: '海南省“十五五”高新技术产业发展规划', en: 'Hainan Province High-Tech Industry Development Plan for the 15th Five-Year Plan Period' },
  baseYear: 2025,
  targetYear: 2030,
};

for (const engine of ENGINES) {
  describe(`settings and the public-portal switch on ${engine}`, () => {
    let api: TestApi;
    let admin: Session;
    let viewer: Session;
    let other: FastifyInstance;
    beforeAll(async () => {
      api = await testApi(engine);
      await api.addUser({ username: 'admin', role: 'admin' });
      await api.addUser({ username: 'viewer', role: 'viewer' });
      admin = await api.login('admin', DEFAULT_PASSWORD);
      viewer = await api.login('viewer', DEFAULT_PASSWORD);
      // Another server process on the same database.
      other = await buildApp({ store: api.store, plan: api.plan, now: api.clock.now, config: { log: { level: 'silent' } } });
      await other.ready();
    });
    afterAll(async () => {
      await other.close();
      await api.close();
    });

    const portal = (session: Session | undefined, enabled: unknown) => send(api.app, 'PUT', '/api/settings/public-portal', { ...(session ? { session } : {}), payload: { enabled } });
    const anonymousStatus = async (app: FastifyInstance, url = '/api/public/indicators.json') => (await app.inject({ method: 'GET', url })).statusCode;

    it('tells anyone, before login, what the web app needs — and nothing more', async () => {
      const response = await api.app.inject({ method: 'GET', url: '/api/settings' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        publicPortal: false,
        publicPortalSource: 'default',
        demoData: false,
        boundaries: null,
        plan: PLAN,
        dataYears: null,
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
    });

    it('an administrator turns the portal on and off at run time; null goes back to the default', async () => {
      expect(await anonymousStatus(api.app)).toBe(401);
      const on = await portal(admin, true);
      expect(on.statusCode).toBe(200);
      expect(on.json()).toEqual({ publicPortal: true, publicPortalSource: 'admin', updatedBy: 'admin', updatedAt: '2027-03-31T08:00:00.000Z' });
      // At once in this process: the guarded prefix, the plan, the health check and the settings.
      expect(await anonymousStatus(api.app)).toBe(200);
      expect(await anonymousStatus(api.app, '/api/plan')).toBe(200);
      expect((await api.app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ publicPortal: true });
      expect((await api.app.inject({ method: 'GET', url: '/api/settings' })).json()).toMatchObject({ publicPortal: true, publicPortalSource: 'admin' });

      const off = await portal(admin, false);
      expect(off.json()).toMatchObject({ publicPortal: false, publicPortalSource: 'admin' });
      expect(await anonymousStatus(api.app)).toBe(401);
      expect(await anonymousStatus(api.app, '/api/plan')).toBe(401);

      const reset = await portal(admin, null);
      expect(reset.json()).toEqual({ publicPortal: false, publicPortalSource: 'default', updatedBy: null, updatedAt: null });
      const history = await historyOf(api.store.db, 'setting', 'public-portal');
      expect(history.map((h) => [h.action, h.actor, h.changes])).toEqual([
        ['set', 'admin', { value: [null, true] }],
        ['set', 'admin', { value: [true, false] }],
        ['delete', 'admin', { value: [false, null] }],
      ]);
    });

    it('reaches another process sharing the database within the TTL, and a restarted one at start', async () => {
      expect(await anonymousStatus(other)).toBe(401);
      await portal(admin, true);
      // The other process trusts its copy until the TTL is over…
      expect(await anonymousStatus(other)).toBe(401);
      api.clock.advance(PUBLIC_PORTAL_TTL_MS);
      // …then re-reads it on its next request.
      expect(await anonymousStatus(other)).toBe(200);
      const restarted = await buildApp({ store: api.store, plan: api.plan, now: api.clock.now, config: { log: { level: 'silent' } } });
      try {
        expect(await anonymousStatus(restarted)).toBe(200);
      } finally {
        await restarted.close();
      }
      await portal(admin, null);
      api.clock.advance(PUBLIC_PORTAL_TTL_MS);
      expect(await anonymousStatus(other)).toBe(401);
    });

    it('the operator’s default holds until an administrator sets the switch', async () => {
      const open = await testApi(engine, { publicPortal: true });
      try {
        await open.addUser({ username: 'root', role: 'admin' });
        const root = await open.login('root', DEFAULT_PASSWORD);
        expect((await open.app.inject({ method: 'GET', url: '/api/settings' })).json()).toMatchObject({ publicPortal: true, publicPortalSource: 'default' });
        expect(await anonymousStatus(open.app)).toBe(200);
        await send(open.app, 'PUT', '/api/settings/public-portal', { session: root, payload: { enabled: false } });
        expect(await anonymousStatus(open.app)).toBe(401);
        await send(open.app, 'PUT', '/api/settings/public-portal', { session: root, payload: { enabled: null } });
        expect(await anonymousStatus(open.app)).toBe(200);
      } finally {
        await open.close();
      }
    });

    it('only administrators may switch it, with a session’s CSRF token or a write token', async () => {
      expect((await portal(undefined, true)).statusCode).toBe(401);
      const refused = await portal(viewer, true);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
      expect((await send(api.app, 'PUT', '/api/settings/public-portal', { session: admin, csrf: false, payload: { enabled: true } })).json().error.code).toBe('csrf_failed');
      const userId = (await api.store.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
      const token = async (scopes: ('read' | 'write')[]) => (await createApiToken({ db: api.store.db, change: { actor: 'admin', at: api.clock.now().toISOString(), origin: 'test' } }, userId, { name: scopes.join('+'), scopes })).token;
      expect((await send(api.app, 'PUT', '/api/settings/public-portal', { token: await token(['read']), payload: { enabled: true } })).statusCode).toBe(403);
      expect((await send(api.app, 'PUT', '/api/settings/public-portal', { token: await token(['read', 'write']), payload: { enabled: null } })).statusCode).toBe(200);
    });

    it('refuses a body that is not { enabled: boolean | null }, naming the field', async () => {
      for (const payload of [{ enabled: 'yes' }, {}, { enabled: true, extra: 1 }]) {
        const response = await send(api.app, 'PUT', '/api/settings/public-portal', { session: admin, payload });
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
      }
      const wrong = await portal(admin, 'yes');
      expect(wrong.json().error.details).toEqual([expect.objectContaining({ field: 'enabled' })]);
    });

    it('says when the store holds demo data', async () => {
      await seedDemo({ store: api.store, plan: api.plan, options: { enterprises: 5 }, ctx: { actor: 'tester', at: api.clock.now().toISOString(), origin: 'test' } });
      // The demo's values are approved from the base year to three years on: the span pages evaluate by default.
      expect((await api.app.inject({ method: 'GET', url: '/api/settings' })).json()).toMatchObject({ demoData: true, dataYears: { first: 2025, last: 2028 } });
    });
  });
}
