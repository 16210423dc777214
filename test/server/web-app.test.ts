/**
 * The web app served beside the API: page paths get index.html (the app routes itself),
 * files are served with the right caching, and /api keeps its own JSON 404. Uses a tiny
 * stand-in build in a temporary folder, so the test does not depend on `npm run build:web`.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlan } from './support.ts';

describe('the web app beside the API', () => {
  let dir: string;
  let store: TestStore;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plansight-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    store = await freshStore('sqlite');
    app = await buildApp({ store, plan: await hainanPlan(), webDir: dir, config: { log: { level: 'silent' } } });
  });
  afterAll(async () => {
    await app.close();
    await store.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a page path with index.html, never cached', async () => {
    for (const url of ['/', '/indicators/hitech-revenue', '/industry/clusters/x?tab=chain']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.body).toContain('<div id="root">');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year and other files revalidated', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the API’s JSON 404 for /api and for missing files', async () => {
    const api = await app.inject({ url: '/api/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    const file = await app.inject({ url: '/assets/missing.js' });
    expect(file.statusCode).toBe(404);
    const post = await app.inject({ method: 'POST', url: '/somewhere', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('sends the security headers with the pages too', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});
