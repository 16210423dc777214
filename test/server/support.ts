/**
 * The API under test: a fresh store on the given engine, the Hainan plan, a clock the test
 * moves, and the server log captured in memory (to check that no secret reaches it).
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { buildApp } from '../../src/server/app.ts';
import { createUser } from '../../src/server/commands/create-user.ts';
import type { ServerConfigInput } from '../../src/server/config.ts';
import type { CreateUserInput } from '../../src/server/schemas/account-schemas.ts';
import type { Engine } from '../../src/store/engine.ts';
import { freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlanDir } from '../support/paths.ts';

export class TestClock {
  private current: number;
  constructor(iso = '2027-03-31T08:00:00.000Z') {
    this.current = Date.parse(iso);
  }
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
}

export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((l) => l.length > 0));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

let planPromise: Promise<Plan> | undefined;
export function hainanPlan(): Promise<Plan> {
  planPromise ??= loadPlan(hainanPlanDir);
  return planPromise;
}

export interface TestApi {
  app: FastifyInstance;
  store: TestStore;
  plan: Plan;
  clock: TestClock;
  logs: LogCapture;
  /** Creates an account directly (as the CLI would). */
  addUser(input: Partial<CreateUserInput> & { username: string }): Promise<{ id: number; password: string }>;
  /** Logs in and returns what a browser would keep: the cookie and the CSRF token. */
  login(username: string, password: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  response: LightMyRequestResponse;
}

export const DEFAULT_PASSWORD = 'correct horse battery';

export interface Credentials {
  /** A browser session: the cookie, and the CSRF token unless `csrf` says otherwise. */
  session?: Session;
  /** false: send no CSRF token; a string: send that one. */
  csrf?: false | string;
  /** An API token, sent as a bearer token. */
  token?: string;
}

/** A request as a browser or a machine client would make it. */
export function call(app: FastifyInstance, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, credentials: Credentials = {}, payload?: unknown) {
  const headers: Record<string, string> = {};
  if (credentials.session) {
    headers.cookie = credentials.session.cookie;
    if (credentials.csrf !== false) headers['x-csrf-token'] = credentials.csrf ?? credentials.session.csrfToken;
  }
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
}

export async function testApi(engine: Engine, config: ServerConfigInput = {}, extend?: (app: FastifyInstance) => void): Promise<TestApi> {
  const store = await freshStore(engine);
  const plan = await hainanPlan();
  const clock = new TestClock();
  const logs = new LogCapture();
  const app = await buildApp({ store, plan, now: clock.now, config: { log: { level: 'trace', stream: logs }, ...config } });
  extend?.(app);
  await app.ready();
  const change = () => ({ actor: 'tester', at: clock.now().toISOString(), origin: 'test' });
  return {
    app,
    store,
    plan,
    clock,
    logs,
    async addUser(input) {
      const password = input.password ?? DEFAULT_PASSWORD;
      const { user } = await createUser({ db: store.db, plan, change: change() }, { role: 'viewer', ...input, password });
      return { id: user.id, password };
    },
    async login(username, password) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'plansight_session');
      return { cookie: `plansight_session=${cookie!.value}`, csrfToken: response.json().csrfToken as string, response };
    },
    async close() {
      await app.close();
      await store.dispose();
    },
  };
}
