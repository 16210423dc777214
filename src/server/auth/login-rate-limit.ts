/**
 * The per-client limit on login attempts, through @fastify/rate-limit with its counters in
 * the database: every instance sharing one PostgreSQL counts the same attempts. Exceeding
 * it is the catalogue's `rate_limited` (429, with Retry-After).
 */
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { countHit } from '../../store/accounts-rate-limits.ts';
import { errors } from '../errors.ts';
import type { ServerContext } from '../server-context.ts';

type StoreCtor = NonNullable<RateLimitPluginOptions['store']>;
type RateLimitStore = InstanceType<StoreCtor>;
type IncrCallback = Parameters<RateLimitStore['incr']>[1];

function databaseStore(ctx: ServerContext): StoreCtor {
  return class DatabaseRateLimitStore implements RateLimitStore {
    private readonly route: string;

    constructor(options: unknown) {
      this.route = (options as { routeInfo?: { url?: string } }).routeInfo?.url ?? 'all';
    }

    incr(key: string, callback: IncrCallback, timeWindow: number): void {
      const now = ctx.now();
      countHit(ctx.store.db, `rate:${this.route}:${key}`, now, timeWindow).then(
        ({ hits, windowEndsAt }) => callback(null, { current: hits, ttl: Math.max(0, Date.parse(windowEndsAt) - now.getTime()) }),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: Parameters<RateLimitStore['child']>[0]): RateLimitStore {
      return new DatabaseRateLimitStore(routeOptions);
    }
  };
}

export function rateLimitOptions(ctx: ServerContext): RateLimitPluginOptions {
  return {
    // Only routes that ask for a limit (login) get one.
    global: false,
    store: databaseStore(ctx),
    errorResponseBuilder: (_request, context) => errors.rateLimited(Math.max(1, Math.ceil(context.ttl / 1000))),
  };
}
