/**
 * What the crash drills share: a real `plansight serve` child process on a free loopback
 * port (so SIGKILL really kills the process holding the database), a login, and the
 * check of the store after a kill (the engine's integrity check, then counts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Engine } from '../../src/store/engine.ts';
import { checkStoreIntegrity, type IntegrityReport } from '../../src/store/integrity-check.ts';
import { openStore, type Store } from '../../src/store/open-database.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/engines.ts';
import { repoRoot } from '../../test/support/paths.ts';

export const DRILL_USER = 'crash-admin';
const PASSWORD = 'crash-admin-password-2026';

export interface DrillDatabase {
  database: TestDatabase;
  env: NodeJS.ProcessEnv;
}

/** A fresh database of the engine with one administrator, made through the CLI as an operator would. */
export async function drillDatabase(engine: Engine): Promise<DrillDatabase> {
  const database = await createTestDatabase(engine);
  const env = { ...process.env, PLANSIGHT_DATABASE_URL: database.url, PLANSIGHT_LOG_LEVEL: 'error' };
  const added = spawnSync(process.execPath, ['bin/plansight.js', 'users', 'add', DRILL_USER, '--role', 'admin', '--password', PASSWORD], { cwd: repoRoot, env, encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`users add: ${added.stderr}`);
  return { database, env };
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

export function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child = spawn(process.execPath, ['bin/plansight.js', 'serve', '--port', '0'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Plansight API: (http:\/\/[^\s]+)\/api/.exec(out);
      if (match) resolve({ child, url: match[1]!, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

export async function killHard(server: RunningServer): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Sessions live in the database: one login serves every later server process of the drill. */
export async function logIn(url: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: DRILL_USER, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('plansight_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

export function sessionHeaders(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrf };
}

/** Opens the store the killed server left, runs the engine's integrity check, then `read`. */
export async function afterKill<T>(url: string, read: (store: Store) => Promise<T>): Promise<{ integrity: IntegrityReport; value: T }> {
  const store = await openStore({ url });
  try {
    const integrity = await checkStoreIntegrity(store);
    return { integrity, value: await read(store) };
  } finally {
    await store.close();
  }
}

export async function countRows(store: Store, table: 'observations' | 'enterprises' | 'uploads'): Promise<number> {
  return Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

export async function countCreated(store: Store, entity: string): Promise<number> {
  return Number((await store.db.selectFrom('history').select((eb) => eb.fn.countAll().as('n')).where('entity', '=', entity).where('action', '=', 'create').executeTakeFirstOrThrow()).n);
}

export function describeIntegrity(report: IntegrityReport): string {
  if (report.problems.length > 0) return `PROBLEMS: ${report.problems.slice(0, 3).join('; ')}`;
  if (report.skipped.length > 0) return `NOT CHECKED: ${report.skipped.join('; ')}`;
  return 'intact';
}
