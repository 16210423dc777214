/**
 * The public portal switch: anonymous requests to `/api/public/*` are refused unless the
 * operator turned the portal on (PLANSIGHT_PUBLIC_PORTAL=1). Enforced for the whole prefix,
 * so a public route added later cannot open up by forgetting to check.
 */
import type { FastifyInstance } from 'fastify';
import { errors } from '../errors.ts';
import type { ServerConfig } from '../config.ts';

export const PUBLIC_PREFIX = '/api/public/';

export function installPublicPortalGuard(app: FastifyInstance, config: ServerConfig): void {
  app.addHook('onRequest', async (request) => {
    if (config.publicPortal || request.actor.kind !== 'anonymous') return;
    // The matched route's pattern as well as the raw URL: an encoded path must not slip past.
    const paths = [request.url, request.routeOptions.url ?? ''];
    if (paths.some((path) => path.startsWith(PUBLIC_PREFIX) || path === PUBLIC_PREFIX.slice(0, -1))) throw errors.unauthenticated();
  });
}
