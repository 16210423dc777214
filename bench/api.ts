/**
 * 3. API: GET /api/evaluation?year=Y under load from a separate process on loopback (wrk;
 * a small Node load generator when wrk is absent), signed in as demo-analyst — against
 * GET /api/health of the same server (anonymous; one `select 1`). The server is
 * `plansight serve` as a child process on the benchmark's store, logging at warn. Requests
 * accept gzip, as a browser's do; one more round without compression is given beside.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createDemoAccounts } from '../src/server/commands/demo-accounts.ts';
import type { Plan } from '../src/plan/derive.ts';
import { findUserByUsername } from '../src/store/accounts-users.ts';
import { openStore } from '../src/store/open-database.ts';
import { BENCH_ACTOR, BENCH_AT } from './fixtures.ts';
import { REPO, result, round, type BenchResult, type Log } from './lib.ts';

export const API_GOAL = '≥ 50% of /api/health throughput, no errors';

export interface LoadFigures {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  tool: string;
}

/** Demo accounts on the store (idempotent): the bench signs in as demo-analyst. */
export async function ensureDemoAccounts(url: string, plan: Plan): Promise<void> {
  const store = await openStore({ url });
  try {
    if (await findUserByUsername(store.db, 'demo-analyst')) return;
    const enterprise = await store.db.selectFrom('enterprises').select('creditCode').orderBy('creditCode').limit(1).executeTakeFirst();
    await createDemoAccounts({ db: store.db, plan, change: { actor: BENCH_ACTOR, at: BENCH_AT, origin: 'bench' } }, enterprise?.creditCode ?? null);
  } finally {
    await store.close();
  }
}

export interface RunningServer {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `plansight serve --port 0` on the store; resolves with its address once it listens. */
export async function startServer(url: string, log: Log): Promise<RunningServer> {
  const child = spawn(process.execPath, ['bin/plansight.js', 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: REPO,
    env: { ...process.env, PLANSIGHT_DATABASE_URL: url, PLANSIGHT_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/?/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  log(`server listening at ${base}`);
  return {
    base,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

export async function login(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!response.ok) throw new Error(`login as ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('plansight_session='));
  if (!cookie) throw new Error('login: no session cookie');
  return cookie.split(';')[0]!;
}

function hasWrk(): boolean {
  const r = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  return !r.error;
}

/** wrk's "Latency Distribution" value in ms (it prints us, ms or s). */
function latencyMs(text: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(text);
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}

async function wrk(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadFigures> {
  const args = ['-t', '1', '-c', String(connections), '-d', `${seconds}s`, '--latency', '--timeout', '10s'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
  args.push(url);
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (b: Buffer) => (text += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (text += b.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`wrk failed (${code}): ${text}`);
  const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? NaN),
    requests,
    errors: non2xx + socketErrors,
    p50Ms: latencyMs(text, '50'),
    p99Ms: latencyMs(text, '99'),
    tool: 'wrk',
  };
}

/** Without wrk: the same load from a child Node process (bench/load-node.ts). */
async function nodeLoad(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadFigures> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'load-node.ts'), url, String(seconds), String(connections), JSON.stringify(headers)], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout!.on('data', (b: Buffer) => (text += b.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`node load generator failed (${code})`);
  return { ...(JSON.parse(text) as Omit<LoadFigures, 'tool'>), tool: 'node (bench/load-node.ts)' };
}

export async function load(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadFigures> {
  return hasWrk() ? wrk(url, headers, seconds, connections) : nodeLoad(url, headers, seconds, connections);
}

/** Two rounds each, alternating, summed: a burst of load elsewhere hits both routes alike. */
async function alternate(a: () => Promise<LoadFigures>, b: () => Promise<LoadFigures>, rounds: number): Promise<[LoadFigures, LoadFigures]> {
  const as: LoadFigures[] = [];
  const bs: LoadFigures[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await a());
    bs.push(await b());
  }
  const merge = (xs: LoadFigures[]): LoadFigures => ({
    requestsPerSecond: xs.reduce((s, x) => s + x.requestsPerSecond, 0) / xs.length,
    requests: xs.reduce((s, x) => s + x.requests, 0),
    errors: xs.reduce((s, x) => s + x.errors, 0),
    p50Ms: xs.map((x) => x.p50Ms).sort((p, q) => p - q)[Math.floor(xs.length / 2)]!,
    p99Ms: Math.max(...xs.map((x) => x.p99Ms)),
    tool: xs[0]!.tool,
  });
  return [merge(as), merge(bs)];
}

export async function benchApi(
  plan: Plan,
  options: { engine: 'sqlite' | 'postgres'; url: string; year: number; seconds: number; connections: number; rounds: number; label: string; log: Log },
): Promise<BenchResult> {
  const { log } = options;
  await ensureDemoAccounts(options.url, plan);
  const server = await startServer(options.url, log);
  try {
    const cookie = await login(server.base, 'demo-analyst', 'demo-analyst-2026');
    const evaluationUrl = `${server.base}/api/evaluation?year=${options.year}`;
    const first = await fetch(evaluationUrl, { headers: { cookie } });
    if (first.status !== 200) throw new Error(`GET /api/evaluation: ${first.status} ${await first.text()}`);
    const bodyBytes = (await first.arrayBuffer()).byteLength;
    log(`api (${options.engine}): ${options.rounds} × ${options.seconds} s per route, ${options.connections} connections`);
    // As a browser asks: gzip accepted (the evaluation is ~0.9 MB of JSON, ~0.1 MB gzipped).
    const browser = { 'accept-encoding': 'gzip, deflate, br' };
    const [health, evaluation] = await alternate(
      () => load(`${server.base}/api/health`, browser, options.seconds, options.connections),
      () => load(evaluationUrl, { ...browser, cookie }, options.seconds, options.connections),
      options.rounds,
    );
    // And once without compression, for the record.
    const plain = await load(evaluationUrl, { cookie }, options.seconds, options.connections);
    const gzipped = await fetch(evaluationUrl, { headers: { cookie, 'accept-encoding': 'gzip' } });
    const gzipBytes = Number(gzipped.headers.get('content-length') ?? NaN);
    await gzipped.arrayBuffer();
    const share = evaluation.requestsPerSecond / health.requestsPerSecond;
    return result({
      id: `api.${options.engine}`,
      title: `GET /api/evaluation?year=${options.year} under load (${options.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${options.label})`,
      ours: { value: round(evaluation.requestsPerSecond, 0), unit: 'req/s' },
      reference: { name: 'GET /api/health, same server', value: round(health.requestsPerSecond, 0), unit: 'req/s' },
      ratio: round(share),
      goal: API_GOAL,
      holds: share >= 0.5 && evaluation.errors === 0 && health.errors === 0,
      details: {
        tool: evaluation.tool,
        connections: options.connections,
        seconds: options.seconds * options.rounds,
        evaluationP50Ms: round(evaluation.p50Ms),
        evaluationP99Ms: round(evaluation.p99Ms),
        healthP50Ms: round(health.p50Ms),
        healthP99Ms: round(health.p99Ms),
        evaluationErrors: evaluation.errors,
        healthErrors: health.errors,
        evaluationRequests: evaluation.requests,
        bodyBytes,
        gzipBodyBytes: gzipBytes,
        plainRequestsPerSecond: round(plain.requestsPerSecond, 0),
        plainP50Ms: round(plain.p50Ms),
        plainP99Ms: round(plain.p99Ms),
        plainErrors: plain.errors,
      },
    });
  } finally {
    await server.stop();
  }
}
