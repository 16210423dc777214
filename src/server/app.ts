/**
 * The HTTP API as a Fastify instance, ready for `listen` (plansight serve) or `inject`
 * (tests). Order matters: error handling and the route registry first, then the plugins
 * (headers, cookies, uploads, rate limits, OpenAPI), then authentication, then the routes.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Plan } from '../plan/derive.ts';
import { exportPlan } from '../plan/export-plan.ts';
import type { Store } from '../store/open-database.ts';
import { installAuthentication } from './auth/authenticate.ts';
import { prepareDummyHash } from './auth/passwords.ts';
import { rateLimitOptions } from './auth/login-rate-limit.ts';
import { resolveServerConfig, type ServerConfig, type ServerConfigInput } from './config.ts';
import { installErrorHandlers } from './error-handler.ts';
import type { RegisteredRoute } from './fastify-types.ts';
import { loggerOptions } from './logging.ts';
import { registerOpenApi } from './openapi.ts';
import { installPublicPortalGuard, PublicPortalSwitch } from './policy/public-portal.ts';
import { registerRoutes } from './routes/index.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import type { ServerContext } from './server-context.ts';
import { installStorableInputCheck } from './storable-input.ts';
import { PLANSIGHT_VERSION } from './version.ts';
import { pageFallback, registerWebApp, webAppAvailable } from './web-app.ts';

export interface BuildAppOptions {
  store: Store;
  plan: Plan;
  now?: () => Date;
  config?: ServerConfigInput;
  /** The built web app to serve beside the API (dist/web); none by default (API only). */
  webDir?: string | null;
}

/** A hop count means "trust that many proxies": Fastify does this, though its types omit numbers. */
function trustProxyOption(value: ServerConfig['trustProxy']): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const config = resolveServerConfig(options.config);
  const now = options.now ?? (() => new Date());
  const publicPortal = new PublicPortalSwitch({ db: options.store.db, fallback: config.publicPortal, now });
  await publicPortal.load();
  const ctx: ServerContext = {
    store: options.store,
    plan: options.plan,
    planExport: exportPlan(options.plan),
    config,
    publicPortal,
    now,
    version: PLANSIGHT_VERSION,
  };

  const app = Fastify({
    logger: loggerOptions(config),
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: config.bodyLimitBytes,
    // Unique across instances, so a request id finds one log entry even behind a load balancer.
    genReqId: () => randomUUID(),
    // Clients' own ids are not trusted: they could collide or forge log lines.
    requestIdHeader: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('serverContext', ctx);

  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, hidden: (route.schema as { hide?: boolean } | undefined)?.hide === true });
    }
  });

  const webDir = options.webDir && webAppAvailable(options.webDir) ? options.webDir : null;
  installErrorHandlers(app, config, webDir ? pageFallback(webDir) : null);
  installStorableInputCheck(app);
  // JSON only (and multipart uploads): a text/plain body is what a cross-site form could send.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 30, headerPairs: 200 },
  });
  await app.register(rateLimit, rateLimitOptions(ctx));
  await registerOpenApi(app, ctx.version);

  await prepareDummyHash();
  installAuthentication(app, ctx);
  installPublicPortalGuard(app, ctx);
  await registerRoutes(app, ctx);
  if (webDir) await registerWebApp(app, webDir);
  return app;
}
