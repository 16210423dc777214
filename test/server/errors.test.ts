import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorEnvelopeSchema } from '../../src/server/errors.ts';
import { ENGINES } from '../support/engines.ts';
import { call, DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

function expectEnvelope(body: unknown): z.infer<typeof errorEnvelopeSchema>['error'] {
  const parsed = errorEnvelopeSchema.strict().parse(body);
  expect(parsed.error.message.zh.length).toBeGreaterThan(0);
  expect(parsed.error.message.en.length).toBeGreaterThan(0);
  return parsed.error;
}

for (const engine of ENGINES) {
  describe(`the error envelope on ${engine}`, () => {
    let api: TestApi;
    let admin: Session;
    beforeAll(async () => {
      api = await testApi(engine, {}, (app) => {
        // A route that fails the way a bug would, to see what reaches the client.
        app.get('/api/test/boom', async () => {
          throw new Error('database password is hunter2 at /srv/secret/path');
        });
      });
      await api.addUser({ username: 'alice', role: 'admin' });
      admin = await api.login('alice', DEFAULT_PASSWORD);
    });
    afterAll(async () => api.close());

    it('404 for an unknown endpoint, with the request id in the body and the header', async () => {
      const response = await call(api.app, 'GET', '/api/no/such/thing?x=1');
      expect(response.statusCode).toBe(404);
      const error = expectEnvelope(response.json());
      expect(error).toMatchObject({ code: 'not_found', message: { en: 'No such endpoint: GET /api/no/such/thing' }, details: [] });
      expect(error.requestId).toBe(response.headers['x-request-id']);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
    });

    it('404 for an unknown item, naming it', async () => {
      const response = await call(api.app, 'GET', '/api/plan/indicators/no-such-indicator', { session: admin });
      expect(expectEnvelope(response.json())).toMatchObject({ code: 'not_found', details: [{ field: 'id', value: 'no-such-indicator' }] });
    });

    it('400 validation_failed naming each field by its path, in Chinese and English, never echoing values', async () => {
      const response = await call(api.app, 'POST', '/api/users', { session: admin }, {
        username: 'x',
        role: 'chief',
        regions: ['460100', 'haikou'],
        password: 'short',
        shoeSize: 44,
      });
      expect(response.statusCode).toBe(400);
      const error = expectEnvelope(response.json());
      expect(error.code).toBe('validation_failed');
      expect(error.details.map((d) => d.field).sort()).toEqual(['password', 'regions.1', 'role', 'shoeSize', 'username']);
      const password = error.details.find((d) => d.field === 'password')!;
      expect(password.expected!.en).toMatch(/>=10/);
      expect(password.expected!.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(response.body).not.toContain('short');
      expect(error.message.en).toContain('password');
    });

    it('names missing fields, and query and path parameters by where they are', async () => {
      const missing = expectEnvelope((await call(api.app, 'POST', '/api/users', { session: admin }, { role: 'viewer' })).json());
      expect(missing.details).toEqual([{ field: 'username', expected: { zh: expect.stringContaining('缺少必填字段'), en: expect.stringContaining('received undefined') } }]);
      const query = expectEnvelope((await call(api.app, 'GET', '/api/tokens?userId=abc', { session: admin })).json());
      expect(query.details.map((d) => d.field)).toEqual(['query.userId']);
      const params = expectEnvelope((await call(api.app, 'GET', '/api/users/abc', { session: admin })).json());
      expect(params.details.map((d) => d.field)).toEqual(['params.id']);
    });

    it('400 for malformed JSON, 415 for another content type, 413 for a body over 1 MiB', async () => {
      const malformed = await api.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
      expect(malformed.statusCode).toBe(400);
      expect(expectEnvelope(malformed.json())).toMatchObject({ code: 'validation_failed', details: [{ field: 'body' }] });

      const xml = await api.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/xml' },
        payload: '<user/>',
      });
      expect(xml.statusCode).toBe(415);
      expect(expectEnvelope(xml.json()).code).toBe('unsupported_media_type');

      const big = await call(api.app, 'POST', '/api/users', { session: admin }, { username: 'big', role: 'viewer', displayName: 'x'.repeat(1024 * 1024 + 1) });
      expect(big.statusCode).toBe(413);
      expect(expectEnvelope(big.json())).toMatchObject({ code: 'payload_too_large', message: { en: expect.stringContaining('1 MiB') } });
    });

    it('500 internal for an unexpected error: a request id, no stack and no message — both stay in the log', async () => {
      const response = await call(api.app, 'GET', '/api/test/boom');
      expect(response.statusCode).toBe(500);
      const error = expectEnvelope(response.json());
      expect(error).toMatchObject({ code: 'internal', details: [] });
      expect(response.body).not.toMatch(/hunter2|\/srv\/secret|at .*\.ts|stack|Error:/);
      const logged = api.logs.lines.map((l) => JSON.parse(l) as { reqId?: string; level: number; err?: { stack?: string } }).find((l) => l.reqId === error.requestId && l.level >= 50);
      expect(logged?.err?.stack).toContain('database password is hunter2');
    });

    it('409 conflict for a unique violation, without the engine’s words', async () => {
      await call(api.app, 'POST', '/api/users', { session: admin }, { username: 'twin', role: 'viewer' });
      const second = await call(api.app, 'POST', '/api/users', { session: admin }, { username: 'twin', role: 'viewer' });
      expect(second.statusCode).toBe(409);
      expect(expectEnvelope(second.json())).toMatchObject({ code: 'conflict', details: [{ field: 'username' }] });
    });

    it('sets security headers on every response', async () => {
      const response = await call(api.app, 'GET', '/api/health');
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    });
  });
}
