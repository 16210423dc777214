/**
 * The built web app (dist/web, made by `npm run build:web`) served beside the API from the
 * same origin, so the session cookie and CSRF token need no cross-origin rules. Hashed
 * assets are cached for a year; index.html never, so a new build is picked up at once.
 * Any GET for a page path (not /api, not a file) gets index.html: the app routes itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PageFallback } from './error-handler.ts';

export const DEFAULT_WEB_DIR = resolve(fileURLToPath(new URL('../../dist/web', import.meta.url)));

export function webAppAvailable(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/** index.html for page paths; null (the API's 404) for /api and for anything that looks like a file. */
export function pageFallback(dir: string): PageFallback {
  const index = readFileSync(join(dir, 'index.html'));
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    if (request.method !== 'GET' || path.startsWith('/api/') || path === '/api' || /\.[a-z0-9]+$/i.test(path)) return null;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  };
}

export async function registerWebApp(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    schemaHide: true,
    // @fastify/static 10 passes the Fastify reply here (its types still say ServerResponse).
    setHeaders(reply: unknown, filePath: string) {
      (reply as FastifyReply).header('cache-control', filePath.includes(join('assets', '')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
