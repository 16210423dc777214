/**
 * Load and backup drill against a real server on loopback (HTTP over TCP, not inject):
 * N clients, each with its own session, submit new observations as fast as the server
 * answers for S seconds. Then: errors must be zero and the number of observations stored
 * must equal the number the server acknowledged (201). With --backup, a backup is taken
 * half-way while the writers go on, restored into a fresh store, and compared: the restored
 * rows are exactly the source's rows with the same ids, and their count lies between the
 * acknowledgements before and after the backup.
 *
 * With --readers R, R more clients signed in as a province analyst read while the writers
 * write — the evaluation (recomputed whenever the data changed), the observation list and
 * an indicator's regional rows — and must get no error either.
 *
 *   node --import tsx scripts/reliability/load.ts [--engine sqlite|postgres] [--clients 100] [--seconds 60] [--readers 0] [--backup]
 *
 * PostgreSQL: PLANSIGHT_TEST_PG_URL (an admin URL; a fresh database is created and dropped).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { buildApp } from '../../src/server/app.ts';
import { createUser } from '../../src/server/commands/create-user.ts';
import { backupStore, restoreStore } from '../../src/store/backup.ts';
import type { Engine } from '../../src/store/engine.ts';
import { freshStore } from '../../test/support/engines.ts';
import { hainanPlanDir } from '../../test/support/paths.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    clients: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    readers: { type: 'string', default: '0' },
    backup: { type: 'boolean', default: false },
  },
});
const engine = values.engine as Engine;
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const readers = Number(values.readers);

const plan = await loadPlan(hainanPlanDir);
const store = await freshStore(engine);
const ctx = { actor: 'cli:load', at: new Date().toISOString(), origin: 'load' };
await createUser({ db: store.db, plan, change: ctx }, { username: 'load-admin', role: 'admin', password: 'load-admin-password-2026' });
await createUser({ db: store.db, plan, change: ctx }, { username: 'load-analyst', role: 'province-analyst', password: 'load-analyst-password-2026' });
const app = await buildApp({ store, plan, config: { loginRateLimit: { max: 1_000_000 }, log: { level: 'error' } } });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

interface Session {
  cookie: string;
  csrf: string;
}
async function login(username = 'load-admin'): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: `${username}-password-2026` }) });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('plansight_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}
async function submit(session: Session, body: object): Promise<Response> {
  return fetch(`${base}/api/observations`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf }, body: JSON.stringify(body) });
}

// Which indicator × place pairs accept a yearly and a quarterly value: probed once with
// 2030 and 2030Q4, periods the load does not use; every other period of the plan is a key.
// The places are the plan's regions and its parks (a park's figure is kept apart from its
// region's), so that 100 fast clients do not run out of distinct keys within the minute.
interface Key {
  indicatorId: string;
  regionCode: string;
  parkId?: string;
  period: string;
}
const probe = await login();
const keys: Key[] = [];
const years = ['2025', '2026', '2027', '2028', '2029'];
const quarters = ['2025', '2026', '2027', '2028', '2029', '2030'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`)).filter((p) => p !== '2030Q4');
const places: { regionCode: string; parkId?: string }[] = [
  ...plan.regions.map((r) => ({ regionCode: r.code })),
  ...plan.parks.flatMap((park) => {
    const regionCode = park.region ?? park.regions[0];
    return regionCode ? [{ regionCode, parkId: park.id }] : [];
  }),
];
let pairs = 0;
for (const indicator of [...plan.indicators.map((i) => i.id), ...plan.statistics.map((s) => s.id)]) {
  for (const place of places) {
    for (const [period, periods] of [['2030', years], ['2030Q4', quarters]] as const) {
      const response = await submit(probe, { indicatorId: indicator, ...place, period, value: 1 });
      await response.arrayBuffer();
      if (response.status === 201) {
        pairs++;
        for (const p of periods) keys.push({ indicatorId: indicator, ...place, period: p });
      }
    }
  }
}
const baseline = Number((await store.db.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
console.log(`${engine}: ${pairs} indicator × place × (yearly|quarterly) combinations accept values (${places.length} places: regions and parks), ${keys.length} keys; ${clients} clients for ${seconds} s`);

let next = 0;
let acked = 0;
let errors = 0;
const errorSamples: string[] = [];
const latencies: number[] = [];
const deadline = Date.now() + seconds * 1000;
let backupResult: { file: string; before: number; after: number; ms: number } | null = null;

async function client(): Promise<void> {
  const session = await login();
  while (Date.now() < deadline) {
    const n = next++;
    const key = keys[n];
    if (!key) return; // every key used: the client stops early (the figures say so)
    const started = performance.now();
    try {
      const response = await submit(session, { ...key, value: 1 + (n % 50) });
      if (response.status === 201) {
        await response.arrayBuffer();
        acked++;
      }
      else {
        errors++;
        if (errorSamples.length < 3) errorSamples.push(`${response.status} ${JSON.stringify(key)} ${(await response.text()).slice(0, 300)}`);
      }
    } catch (error) {
      errors++;
      if (errorSamples.length < 5) errorSamples.push(String(error));
    }
    latencies.push(performance.now() - started);
  }
}

const reads = { done: 0, errors: 0, latencies: [] as number[], samples: [] as string[] };
const READ_PATHS = ['/api/evaluation?year=2029', '/api/observations?page=1&pageSize=50', '/api/evaluation?year=2028'];

async function reader(n: number): Promise<void> {
  const session = await login('load-analyst');
  for (let i = n; Date.now() < deadline; i++) {
    const path = READ_PATHS[i % READ_PATHS.length]!;
    const started = performance.now();
    try {
      const response = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
      await response.arrayBuffer();
      if (response.status === 200) reads.done++;
      else {
        reads.errors++;
        if (reads.samples.length < 3) reads.samples.push(`${response.status} ${path}`);
      }
    } catch (error) {
      reads.errors++;
      if (reads.samples.length < 3) reads.samples.push(String(error));
    }
    reads.latencies.push(performance.now() - started);
  }
}

async function backupHalfWay(): Promise<void> {
  await new Promise((r) => setTimeout(r, (seconds * 1000) / 2));
  const file = join(mkdtempSync(join(tmpdir(), 'plansight-load-backup-')), engine === 'sqlite' ? 'backup.db' : 'backup.jsonl.gz');
  const before = acked;
  const started = performance.now();
  await backupStore(store, file);
  backupResult = { file, before, after: acked, ms: performance.now() - started };
}

const started = performance.now();
await Promise.all([
  ...Array.from({ length: clients }, () => client()),
  ...Array.from({ length: readers }, (_, n) => reader(n)),
  ...(values.backup ? [backupHalfWay()] : []),
]);
const elapsed = (performance.now() - started) / 1000;
if (next > keys.length) console.log(`all ${keys.length} keys used after ${elapsed.toFixed(1)} s`);
const stored = Number((await store.db.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n) - baseline;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]?.toFixed(1);
console.log(`requests ${acked + errors}, acknowledged ${acked}, errors ${errors}${errorSamples.length ? ` (${errorSamples.join(', ')})` : ''}, stored ${stored}, ${(acked / elapsed).toFixed(0)}/s, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`);
let ok = errors === 0 && stored === acked;
if (readers > 0) {
  reads.latencies.sort((a, b) => a - b);
  const at = (p: number) => reads.latencies[Math.min(reads.latencies.length - 1, Math.floor(p * reads.latencies.length))]?.toFixed(1);
  console.log(`readers ${readers}: ${reads.done} reads answered 200, ${reads.errors} errors${reads.samples.length ? ` (${reads.samples.join(', ')})` : ''}, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
  ok &&= reads.errors === 0;
}

if (backupResult) {
  const b = backupResult as { file: string; before: number; after: number; ms: number };
  const restored = await freshStore(engine);
  await restoreStore(restored, b.file);
  const rows = await restored.db.selectFrom('observations').selectAll().orderBy('id').execute();
  const source = await store.db.selectFrom('observations').selectAll().orderBy('id').execute();
  const byId = new Map(source.map((r) => [r.id, JSON.stringify(r)]));
  const differing = rows.filter((r) => byId.get(r.id) !== JSON.stringify(r)).length;
  const count = rows.length - baseline;
  // A row may be committed and in the backup before its 201 reaches the client: at most one such request per client.
  const consistent = count >= b.before && count <= b.after + clients && differing === 0;
  console.log(`backup under load in ${b.ms.toFixed(0)} ms: ${count} submissions restored (acknowledged ${b.before} before the backup began, ${b.after} when it ended, at most ${clients} in flight), ${differing} rows differ from the source: ${consistent ? 'consistent' : 'INCONSISTENT'}`);
  ok &&= consistent;
  await restored.dispose();
}

await app.close();
await store.dispose();
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
