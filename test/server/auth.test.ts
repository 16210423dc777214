import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type TestApi } from './support.ts';

const MINUTE = 60_000;

for (const engine of ENGINES) {
  describe(`login, session and logout on ${engine}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await testApi(engine);
      await api.addUser({ username: 'alice', role: 'admin' });
      await api.addUser({ username: 'victor', role: 'viewer' });
    });
    afterAll(async () => api.close());

    it('logs in with a session cookie (HttpOnly, SameSite=Lax, Path=/, not Secure over HTTP) and a CSRF token', async () => {
      const session = await api.login('Alice', DEFAULT_PASSWORD); // usernames are case-insensitive
      const cookie = session.response.cookies.find((c) => c.name === 'plansight_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeUndefined();
      expect(cookie.maxAge).toBeUndefined();
      expect(cookie.value).toMatch(/^[\w-]{43}$/);
      const body = session.response.json();
      expect(body.user).toMatchObject({ username: 'alice', role: 'admin' });
      expect(body.user).not.toHaveProperty('passwordHash');
      expect(body.csrfToken).toMatch(/^[\w-]{43}$/);

      const current = await call(api.app, 'GET', '/api/auth/session', { session });
      expect(current.statusCode).toBe(200);
      expect(current.json()).toMatchObject({ user: { username: 'alice' }, csrfToken: body.csrfToken });
    });

    it('answers 401 in the envelope without a session, and for an unknown cookie', async () => {
      const none = await call(api.app, 'GET', '/api/auth/session');
      expect(none.statusCode).toBe(401);
      expect(none.json().error).toMatchObject({ code: 'unauthenticated', message: { zh: '请先登录', en: 'Please log in' } });
      const forged = await api.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: 'plansight_session=forged' } });
      expect(forged.statusCode).toBe(401);
    });

    it('gives the same answer for an unknown user and a wrong password', async () => {
      const unknown = await call(api.app, 'POST', '/api/auth/login', {}, { username: 'nobody', password: 'whatever-it-is' });
      const wrong = await call(api.app, 'POST', '/api/auth/login', {}, { username: 'victor', password: 'whatever-it-is' });
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.json().error.code).toBe('invalid_credentials');
      expect({ ...unknown.json().error, requestId: null }).toEqual({ ...wrong.json().error, requestId: null });
      await api.login('victor', DEFAULT_PASSWORD); // resets victor's failure count
    });

    it('spends about as long on an unknown user as on a known one (a dummy argon2 verification)', async () => {
      const time = async (username: string) => {
        const started = performance.now();
        await call(api.app, 'POST', '/api/auth/login', {}, { username, password: 'not the password' });
        return performance.now() - started;
      };
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await time('alice'));
        unknown.push(await time(`ghost${i}`));
      }
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
      await api.login('alice', DEFAULT_PASSWORD);
    });

    it('makes a new session token on every login and ends the one the browser came with (no fixation)', async () => {
      const first = await api.login('victor', DEFAULT_PASSWORD);
      const again = await api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: first.cookie }, // login needs no CSRF token even with a live session
        payload: { username: 'victor', password: DEFAULT_PASSWORD },
      });
      expect(again.statusCode).toBe(200);
      const second = again.cookies.find((c) => c.name === 'plansight_session')!.value;
      expect(`plansight_session=${second}`).not.toBe(first.cookie);
      expect((await call(api.app, 'GET', '/api/auth/session', { session: first })).statusCode).toBe(401);
      expect((await api.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `plansight_session=${second}` } })).statusCode).toBe(200);
    });

    it('logs out: the session ends and the cookie is cleared', async () => {
      const session = await api.login('victor', DEFAULT_PASSWORD);
      const out = await call(api.app, 'POST', '/api/auth/logout', { session });
      expect(out.statusCode).toBe(204);
      const cleared = out.cookies.find((c) => c.name === 'plansight_session')!;
      expect(cleared.value).toBe('');
      expect(cleared.expires!.getTime()).toBeLessThan(api.clock.now().getTime());
      expect((await call(api.app, 'GET', '/api/auth/session', { session })).statusCode).toBe(401);
    });

    it('keeps a used session alive for 12 h after its last use, and ends an idle one', async () => {
      const session = await api.login('victor', DEFAULT_PASSWORD);
      for (let i = 0; i < 3; i++) {
        api.clock.advance(11 * 60 * MINUTE);
        expect((await call(api.app, 'GET', '/api/auth/session', { session })).statusCode).toBe(200);
      }
      api.clock.advance(12 * 60 * MINUTE + 1);
      expect((await call(api.app, 'GET', '/api/auth/session', { session })).statusCode).toBe(401);
    });

    it('accepts only JSON at login: a cross-site form post is refused before any check', async () => {
      const form = await api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'username=alice&password=correct+horse+battery',
      });
      expect(form.statusCode).toBe(415);
      expect(form.json().error.code).toBe('unsupported_media_type');
      const text = await api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ username: 'alice', password: DEFAULT_PASSWORD }),
      });
      expect(text.statusCode).toBe(415);
    });
  });

  describe(`the Secure cookie flag behind a proxy on ${engine}`, () => {
    let proxied: TestApi;
    let direct: TestApi;
    beforeAll(async () => {
      proxied = await testApi(engine, { trustProxy: true });
      direct = await testApi(engine);
      for (const api of [proxied, direct]) await api.addUser({ username: 'alice' });
    });
    afterAll(async () => {
      await proxied.close();
      await direct.close();
    });

    const login = (api: TestApi) =>
      api.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
        payload: { username: 'alice', password: DEFAULT_PASSWORD },
      });

    it('sets Secure when a trusted proxy says the request came over HTTPS', async () => {
      const response = await login(proxied);
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'plansight_session')!;
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    });

    it('ignores X-Forwarded-Proto when the proxy is not trusted', async () => {
      const response = await login(direct);
      expect(response.cookies.find((c) => c.name === 'plansight_session')!.secure).toBeUndefined();
    });
  });

  describe(`CSRF protection on ${engine}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await testApi(engine);
      await api.addUser({ username: 'alice', role: 'admin' });
    });
    afterAll(async () => api.close());

    it('refuses a cookie-authenticated write without the CSRF token, or with a wrong one', async () => {
      const session = await api.login('alice', DEFAULT_PASSWORD);
      const missing = await call(api.app, 'POST', '/api/tokens', { session, csrf: false }, { name: 'laptop' });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().error).toMatchObject({ code: 'csrf_failed', details: [{ field: 'x-csrf-token' }] });
      const wrong = await call(api.app, 'POST', '/api/tokens', { session, csrf: `${session.csrfToken.slice(0, -1)}x` }, { name: 'laptop' });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe('csrf_failed');
      const logout = await call(api.app, 'POST', '/api/auth/logout', { session, csrf: false });
      expect(logout.json().error.code).toBe('csrf_failed');
      expect(await api.store.db.selectFrom('apiTokens').selectAll().execute()).toEqual([]);
    });

    it('accepts it with the session’s token; reads need none; bearer tokens need none', async () => {
      const session = await api.login('alice', DEFAULT_PASSWORD);
      expect((await call(api.app, 'GET', '/api/tokens', { session, csrf: false })).statusCode).toBe(200);
      const created = await call(api.app, 'POST', '/api/tokens', { session }, { name: 'ci', scopes: ['read', 'write'] });
      expect(created.statusCode).toBe(201);
      const viaToken = await call(api.app, 'POST', '/api/tokens', { token: created.json().token }, { name: 'from-ci' });
      expect(viaToken.statusCode).toBe(201);
    });

    it('does not accept another session’s CSRF token', async () => {
      const mine = await api.login('alice', DEFAULT_PASSWORD);
      const other = await api.login('alice', DEFAULT_PASSWORD);
      const crossed = await call(api.app, 'POST', '/api/tokens', { session: mine, csrf: other.csrfToken }, { name: 'x' });
      expect(crossed.json().error.code).toBe('csrf_failed');
    });
  });

  describe(`lockout and rate limiting on ${engine}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await testApi(engine, { trustProxy: true, loginRateLimit: { max: 8, windowMs: MINUTE } });
      await api.addUser({ username: 'lee' });
      await api.addUser({ username: 'mia' });
    });
    afterAll(async () => api.close());

    // Each test logs in from its own address, so that the rate limit counts only its attempts.
    const attempt = (ip: string, username: string, password: string) =>
      api.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-for': ip }, payload: { username, password } });

    it('locks an account after 5 consecutive failures; even the right password is refused until the lock ends', async () => {
      for (let i = 1; i <= 4; i++) expect((await attempt('198.51.100.1', 'lee', 'wrong password')).json().error.code).toBe('invalid_credentials');
      const fifth = await attempt('198.51.100.1', 'lee', 'wrong password');
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json().error).toMatchObject({ code: 'account_locked', details: [{ field: 'lockedUntil' }] });
      expect(Number(fifth.headers['retry-after'])).toBe(15 * 60);

      const right = await attempt('198.51.100.2', 'lee', DEFAULT_PASSWORD);
      expect(right.statusCode).toBe(423);
      api.clock.advance(14 * MINUTE);
      expect((await attempt('198.51.100.2', 'lee', DEFAULT_PASSWORD)).statusCode).toBe(423);
      api.clock.advance(MINUTE + 1);
      expect((await attempt('198.51.100.2', 'lee', DEFAULT_PASSWORD)).statusCode).toBe(200);

      const history = await api.store.db.selectFrom('history').selectAll().where('entity', '=', 'user').where('action', '=', 'lock').execute();
      expect(history).toHaveLength(1);
    });

    it('resets the count on success: failures must be consecutive', async () => {
      for (let i = 0; i < 4; i++) await attempt('198.51.100.3', 'mia', 'wrong password');
      expect((await attempt('198.51.100.3', 'mia', DEFAULT_PASSWORD)).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) expect((await attempt('198.51.100.4', 'mia', 'wrong password')).statusCode).toBe(401);
      expect((await attempt('198.51.100.4', 'mia', DEFAULT_PASSWORD)).statusCode).toBe(200);
    });

    it('locks unknown usernames the same way, so a lockout does not tell which names exist', async () => {
      for (let i = 0; i < 4; i++) expect((await attempt('198.51.100.5', 'ghost', 'pw')).statusCode).toBe(401);
      expect((await attempt('198.51.100.5', 'ghost', 'pw')).json().error.code).toBe('account_locked');
    });

    it('limits login attempts per client address (429 rate_limited with Retry-After), counted in the database', async () => {
      for (let i = 0; i < 8; i++) expect((await attempt('192.0.2.7', 'mia', DEFAULT_PASSWORD)).statusCode).toBe(200);
      const limited = await attempt('192.0.2.7', 'mia', DEFAULT_PASSWORD);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: { zh: expect.stringContaining('请求过于频繁') } });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await attempt('192.0.2.8', 'mia', DEFAULT_PASSWORD)).statusCode).toBe(200); // another address
      const stored = await api.store.db.selectFrom('rateLimits').selectAll().where('key', 'like', '%192.0.2.7').execute();
      expect(stored).toHaveLength(1);
      api.clock.advance(MINUTE);
      expect((await attempt('192.0.2.7', 'mia', DEFAULT_PASSWORD)).statusCode).toBe(200);
    });
  });
}
