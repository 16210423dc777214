import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type TestApi } from './support.ts';

for (const engine of ENGINES) {
  describe(`secrets never reach the log on ${engine}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await testApi(engine, { trustProxy: true });
      await api.addUser({ username: 'alice', role: 'admin' });
    });
    afterAll(async () => api.close());

    it('logs requests without passwords, session cookies, CSRF tokens or API tokens', async () => {
      const secrets: string[] = [DEFAULT_PASSWORD];
      await call(api.app, 'POST', '/api/auth/login', {}, { username: 'alice', password: 'a wrong password guess' });
      secrets.push('a wrong password guess');
      await call(api.app, 'POST', '/api/auth/login', {}, { username: 'alice', password: 'x'.repeat(300) }); // too long: validation error
      secrets.push('x'.repeat(300));

      const session = await api.login('alice', DEFAULT_PASSWORD);
      secrets.push(session.cookie.split('=')[1]!, session.csrfToken);
      await call(api.app, 'POST', '/api/tokens', { session, csrf: 'a-forged-csrf-token' }, { name: 'nope' });
      secrets.push('a-forged-csrf-token');
      const created = await call(api.app, 'POST', '/api/tokens', { session }, { name: 'ci', scopes: ['write'] });
      const token = created.json().token as string;
      secrets.push(token);
      await call(api.app, 'GET', '/api/users', { token });
      const user = await call(api.app, 'POST', '/api/users', { token }, { username: 'bob', role: 'viewer', password: 'bobs secret password' });
      expect(user.statusCode).toBe(201);
      secrets.push('bobs secret password');
      const reset = await call(api.app, 'PATCH', `/api/users/${user.json().user.id}`, { session }, { resetPassword: true });
      secrets.push(reset.json().password);
      await call(api.app, 'GET', '/api/users', { token: 'psk_not-a-real-token-but-still-secret' });
      secrets.push('psk_not-a-real-token-but-still-secret');
      await call(api.app, 'POST', '/api/auth/logout', { session });

      const log = api.logs.text;
      expect(api.logs.lines.length).toBeGreaterThan(20);
      expect(log).toContain('incoming request');
      for (const secret of secrets) expect(log, `log contains ${secret.slice(0, 12)}…`).not.toContain(secret);
      expect(log).not.toMatch(/\$argon2id\$/);
    });
  });
}
