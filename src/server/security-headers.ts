/**
 * Security headers on every response (helmet): a strict Content-Security-Policy, no
 * sniffing, no framing by other sites, no referrer leaks. `upgrade-insecure-requests` is
 * left out because the embedded default is plain HTTP on an intranet (HTTPS comes from the
 * reverse proxy, where HSTS also belongs).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': null, 'frame-ancestors': ["'none'"] },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * The docs page (Swagger UI, served from its npm package — no CDN) runs its own scripts and
 * inline styles from this origin only.
 */
export const DOCS_CSP =
  "default-src 'self'; base-uri 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
