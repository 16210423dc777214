/** What Plansight adds to Fastify's request, instance and route config. */
import type { SessionRecord } from '../store/accounts-sessions.ts';
import type { Actor } from './policy/actor.ts';
import type { ServerContext } from './server-context.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  /** Left out of the OpenAPI document (docs assets, the document itself). */
  hidden: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every request by the authentication hook, anonymous until proven otherwise. */
    actor: Actor;
    /** The browser session the request came with, when it came with a live one. */
    authSession: SessionRecord | null;
  }
  interface FastifyInstance {
    serverContext: ServerContext;
    registeredRoutes: readonly RegisteredRoute[];
  }
  interface FastifyContextConfig {
    /** A cookie-authenticated unsafe request needs no CSRF token (only login: it makes the session). */
    csrfExempt?: boolean;
  }
}
