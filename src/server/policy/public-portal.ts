/**
 * The public portal switch: anonymous requests to `/api/public/*` are refused unless the
 * portal is on. Enforced for the whole prefix, so a public route added later cannot open up
 * by forgetting to check.
 *
 * Whether it is on: what an administrator last set (PUT /api/settings/public-portal, kept in
 * the `settings` table), else the operator's default (PLANSIGHT_PUBLIC_PORTAL). The guard and
 * every permission check read an in-memory copy — no query per request. The copy is loaded
 * at start, replaced at once by a write through this process, and re-read at most every
 * `ttlMs` (on the next request after that). Several processes sharing one database therefore
 * agree within `ttlMs` of a change (so does a process after a restore of a backup); within a
 * process the change is immediate.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ChangeContext } from '../../store/actor.ts';
import type { Db } from '../../store/open-database.ts';
import { deleteSettings, readSetting, SETTING_KEYS, writeSettings } from '../../store/settings.ts';
import { errors } from '../errors.ts';
import type { ServerContext } from '../server-context.ts';

export const PUBLIC_PREFIX = '/api/public/';

/** How long a process trusts its copy of the stored switch. */
export const PUBLIC_PORTAL_TTL_MS = 5_000;

export type PublicPortalSource = 'default' | 'admin';

export interface PublicPortalState {
  enabled: boolean;
  /** `default`: the operator's configuration; `admin`: set at run time. */
  source: PublicPortalSource;
  updatedBy: string | null;
  updatedAt: string | null;
}

interface SwitchOptions {
  db: Db;
  /** The operator's default (ServerConfig.publicPortal). */
  fallback: boolean;
  /** The server's clock: tests move it to expire the copy. */
  now: () => Date;
  ttlMs?: number;
}

export class PublicPortalSwitch {
  private stored: { enabled: boolean; updatedBy: string; updatedAt: string } | null = null;
  private readAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | null = null;
  private readonly ttlMs: number;

  constructor(private readonly options: SwitchOptions) {
    this.ttlMs = options.ttlMs ?? PUBLIC_PORTAL_TTL_MS;
  }

  /** The value every check uses: synchronous, from the copy. */
  get enabled(): boolean {
    return this.stored?.enabled ?? this.options.fallback;
  }

  get state(): PublicPortalState {
    return this.stored === null
      ? { enabled: this.options.fallback, source: 'default', updatedBy: null, updatedAt: null }
      : { enabled: this.stored.enabled, source: 'admin', updatedBy: this.stored.updatedBy, updatedAt: this.stored.updatedAt };
  }

  /** Reads the stored value now (at start; a failure here is the database's and stops the start). */
  async load(): Promise<void> {
    const at = this.options.now().getTime();
    const row = await readSetting<boolean>(this.options.db, SETTING_KEYS.publicPortal);
    this.stored = row === null ? null : { enabled: row.value === true, updatedBy: row.updatedBy, updatedAt: row.updatedAt };
    this.readAt = at;
  }

  /** Re-reads when the copy is older than the TTL; one read at a time; a failed read keeps the copy. */
  async refreshIfStale(log?: FastifyBaseLogger): Promise<void> {
    if (this.options.now().getTime() - this.readAt < this.ttlMs) return;
    this.reading ??= this.load()
      .catch((error: unknown) => {
        // The database is unreachable: the request goes on (and fails, or is answered 503, where it needs the database).
        this.readAt = this.options.now().getTime();
        log?.warn({ err: error }, 'public portal switch: could not re-read the stored value, keeping the last one');
      })
      .finally(() => {
        this.reading = null;
      });
    await this.reading;
  }

  /** Sets the switch (true or false), or with null goes back to the operator's default. */
  async set(enabled: boolean | null, change: ChangeContext): Promise<PublicPortalState> {
    if (enabled === null) {
      await deleteSettings(this.options.db, [SETTING_KEYS.publicPortal], change, { value: [this.enabled, null] });
      this.stored = null;
    } else {
      await writeSettings(this.options.db, [{ key: SETTING_KEYS.publicPortal, value: enabled }], change);
      this.stored = { enabled, updatedBy: change.actor, updatedAt: change.at };
    }
    this.readAt = this.options.now().getTime();
    return this.state;
  }
}

export function installPublicPortalGuard(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onRequest', async (request) => {
    // Every request, signed in or not: the permission checks later in the request read the same copy.
    await ctx.publicPortal.refreshIfStale(request.log);
    if (ctx.publicPortal.enabled || request.actor.kind !== 'anonymous') return;
    // The matched route's pattern as well as the raw URL: an encoded path must not slip past.
    const paths = [request.url, request.routeOptions.url ?? ''];
    if (paths.some((path) => path.startsWith(PUBLIC_PREFIX) || path === PUBLIC_PREFIX.slice(0, -1))) throw errors.unauthenticated();
  });
}
