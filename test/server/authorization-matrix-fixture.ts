/**
 * A seeded demo province behind the API, with one account per role and scope — signed in,
 * and holding a read token and a write token — and the same store behind a second app with
 * the public portal on. Used by the authorisation matrix and by the evaluation, enterprise,
 * project and public-data tests.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { createApiToken } from '../../src/server/commands/create-token.ts';
import type { ServerConfigInput } from '../../src/server/config.ts';
import type { CreateUserInput } from '../../src/server/schemas/account-schemas.ts';
import type { ChangeContext } from '../../src/store/actor.ts';
import type { Engine } from '../../src/store/engine.ts';
import type { Db } from '../../src/store/open-database.ts';
import { DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

export const HAIKOU = '460100';
/** Danzhou: another region, where the Yangpu park lies. */
export const DANZHOU = '460400';
export const YANGPU = 'yangpu';

export const USER_ACTORS = ['admin', 'province-analyst', 'region-officer 460100', 'region-officer 460400', 'park-officer yangpu', 'enterprise', 'viewer'] as const;
export type UserActorName = (typeof USER_ACTORS)[number];
export const ACTORS = ['anonymous', 'anonymous (portal on)', ...USER_ACTORS] as const;
export type ActorName = (typeof ACTORS)[number];

export const CREDENTIALS = ['session', 'read token', 'write token'] as const;
export type CredentialName = (typeof CREDENTIALS)[number];

export interface MatrixUser {
  id: number;
  username: string;
  session: Session;
  readToken: string;
  writeToken: string;
}

/** Demo enterprises the tests point at, chosen from the seeded registry. */
export interface Enterprises {
  /** The enterprise account's own: in Haikou, outside any park. */
  own: string;
  /** In the Yangpu park (Danzhou): the park officer's. */
  yangpu: string;
  /** In Danzhou outside the Yangpu park: nobody's scope but the readers of everything. */
  danzhou: string;
}

export interface SeededApi extends TestApi {
  /** The same store behind an app with the public portal on. */
  portal: FastifyInstance;
  users: Record<UserActorName, MatrixUser>;
  /** An account none of the actors is: owner of "someone else's" tokens and uploads. */
  bystander: { id: number; username: string };
  enterprises: Enterprises;
  change(): ChangeContext;
}

const SPECS: Record<UserActorName, Partial<CreateUserInput> & { username: string }> = {
  admin: { username: 'm-admin', role: 'admin' },
  'province-analyst': { username: 'm-analyst', role: 'province-analyst' },
  'region-officer 460100': { username: 'm-haikou', role: 'region-officer', regions: [HAIKOU] },
  'region-officer 460400': { username: 'm-danzhou', role: 'region-officer', regions: [DANZHOU] },
  'park-officer yangpu': { username: 'm-yangpu', role: 'park-officer', parkId: YANGPU },
  enterprise: { username: 'm-enterprise', role: 'enterprise' },
  viewer: { username: 'm-viewer', role: 'viewer' },
};

async function firstEnterprise(db: Db, regionCode: string, park: string | null | 'not-yangpu'): Promise<string> {
  let query = db.selectFrom('enterprises').select('creditCode').where('regionCode', '=', regionCode);
  if (park === null) query = query.where('parkId', 'is', null);
  else if (park === 'not-yangpu') query = query.where((eb) => eb.or([eb('parkId', 'is', null), eb('parkId', '!=', YANGPU)]));
  else query = query.where('parkId', '=', park);
  const row = await query.orderBy('creditCode').limit(1).executeTakeFirstOrThrow();
  return row.creditCode;
}

export async function seededApi(engine: Engine, config: ServerConfigInput = {}): Promise<SeededApi> {
  // Many logins over a test file: the login rate limit is not what is tested here.
  const base = { loginRateLimit: { max: 10_000 }, ...config };
  const api = await testApi(engine, base);
  const change = (): ChangeContext => ({ actor: 'tester', at: api.clock.now().toISOString(), origin: 'test' });
  await seedDemo({ store: api.store, plan: api.plan, options: { enterprises: 300 }, ctx: change() });
  const enterprises: Enterprises = {
    own: await firstEnterprise(api.store.db, HAIKOU, null),
    yangpu: await firstEnterprise(api.store.db, DANZHOU, YANGPU),
    danzhou: await firstEnterprise(api.store.db, DANZHOU, 'not-yangpu'),
  };
  const users = {} as Record<UserActorName, MatrixUser>;
  for (const actor of USER_ACTORS) {
    const spec = { ...SPECS[actor], ...(actor === 'enterprise' ? { creditCode: enterprises.own } : {}) };
    const { id } = await api.addUser(spec);
    const token = async (scopes: ('read' | 'write')[]) => (await createApiToken({ db: api.store.db, change: change() }, id, { name: `${spec.username} ${scopes.join('+')}`, scopes })).token;
    users[actor] = {
      id,
      username: spec.username,
      session: await api.login(spec.username, DEFAULT_PASSWORD),
      readToken: await token(['read']),
      writeToken: await token(['read', 'write']),
    };
  }
  const bystander = { username: 'm-bystander', id: (await api.addUser({ username: 'm-bystander', role: 'viewer' })).id };
  const portal = await buildApp({ store: api.store, plan: api.plan, now: api.clock.now, config: { ...base, publicPortal: true, log: { level: 'silent' } } });
  await portal.ready();
  return {
    ...api,
    portal,
    users,
    bystander,
    enterprises,
    change,
    async close() {
      await portal.close();
      await api.close();
    },
  };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Send {
  session?: Session;
  /** With a session: false sends no CSRF token. */
  csrf?: boolean;
  token?: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

/** A request as a browser (cookie and CSRF token) or a machine (bearer token) makes it. */
export function send(app: FastifyInstance, method: Method, url: string, options: Send = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (options.csrf !== false) headers['x-csrf-token'] = options.session.csrfToken;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const payload = options.payload;
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

/** How an actor calls: the portal app for anonymous with the portal on, the user's credential otherwise. */
export function as(api: SeededApi, actor: ActorName, credential: CredentialName = 'session'): { app: FastifyInstance; options: Send } {
  if (actor === 'anonymous') return { app: api.app, options: {} };
  if (actor === 'anonymous (portal on)') return { app: api.portal, options: {} };
  const user = api.users[actor];
  if (credential === 'session') return { app: api.app, options: { session: user.session } };
  return { app: api.app, options: { token: credential === 'read token' ? user.readToken : user.writeToken } };
}
