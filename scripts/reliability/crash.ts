/**
 * Crash drill: a real `plansight serve` process takes submissions from concurrent clients
 * and is killed with SIGKILL at a random moment, again and again, on SQLite and on
 * PostgreSQL. After each kill the store must be intact and consistent:
 *   - SQLite: PRAGMA integrity_check says ok (PostgreSQL: the store opens and answers);
 *   - every acknowledged (201) submission is stored — nothing acknowledged is lost;
 *   - nothing is stored that was not at least in flight when the process died;
 *   - every stored observation has its history row (the write and its audit trail are one
 *     transaction: all or nothing).
 *
 *   node --import tsx scripts/reliability/crash.ts [--engine sqlite|postgres|both] [--kills 20] [--clients 20]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import type { Engine } from '../../src/store/engine.ts';
import { openStore } from '../../src/store/open-database.ts';
import { createTestDatabase } from '../../test/support/engines.ts';
import { hainanPlanDir, repoRoot } from '../../test/support/paths.ts';

const { values } = parseArgs({ options: { engine: { type: 'string', default: 'both' }, kills: { type: 'string', default: '20' }, clients: { type: 'string', default: '20' } } });
const engines: Engine[] = values.engine === 'both' ? ['sqlite', 'postgres'] : [values.engine as Engine];
const kills = Number(values.kills);
const clients = Number(values.clients);
const plan = await loadPlan(hainanPlanDir);
const PASSWORD = 'crash-admin-password-2026';

// Every indicator and statistic × region × year and quarter of the plan; the combinations the
// plan refuses (a quarter of a yearly indicator, say) are answered 400 and counted as refused.
const years = ['2025', '2026', '2027', '2028', '2029', '2030'];
const periods = [...years, ...years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`))];
const series = [...plan.indicators.map((i) => i.id), ...plan.statistics.map((s) => s.id)];
const keys = series.flatMap((indicatorId) => plan.regions.flatMap((r) => periods.map((period) => ({ indicatorId, regionCode: r.code, period }))));

function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/plansight.js', 'serve', '--port', '0'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Plansight API: (http:\/\/[^\s]+)\/api/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

let failures = 0;
for (const engine of engines) {
  const database = await createTestDatabase(engine);
  const env = { ...process.env, PLANSIGHT_DATABASE_URL: database.url, PLANSIGHT_LOG_LEVEL: 'error' };
  const added = spawnSync(process.execPath, ['bin/plansight.js', 'users', 'add', 'crash-admin', '--role', 'admin', '--password', PASSWORD], { cwd: repoRoot, env, encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`users add: ${added.stderr}`);
  let next = 0;
  let acked = 0;
  let inFlightAtKill = 0;
  const totals = { kills: 0, requests: 0, refused: 0, cut: 0 };
  for (let drill = 1; drill <= kills; drill++) {
    const { child, url } = await startServer(env);
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'crash-admin', password: PASSWORD }) });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('plansight_session='))!.split(';')[0]!;
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    let alive = true;
    let inFlight = 0;
    const worker = async () => {
      while (alive && next < keys.length) {
        const key = keys[next++]!;
        inFlight++;
        totals.requests++;
        try {
          const response = await fetch(`${url}/api/observations`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: JSON.stringify({ ...key, value: 1 }) });
          await response.arrayBuffer();
          if (response.status === 201) acked++;
          else totals.refused++;
        } catch {
          totals.cut++; // the connection died with the process: not acknowledged, may or may not be stored
        } finally {
          inFlight--;
        }
      }
    };
    const workers = Array.from({ length: clients }, worker);
    await sleep(200 + Math.random() * 2300);
    inFlightAtKill += inFlight;
    child.kill('SIGKILL');
    alive = false;
    await new Promise((r) => child.once('exit', r));
    await Promise.all(workers);
    totals.kills++;

    // The store after the kill.
    if (engine === 'sqlite') {
      const raw = new SQLite(database.url);
      const check = raw.pragma('integrity_check', { simple: true });
      raw.close();
      if (check !== 'ok') {
        failures++;
        console.log(`drill ${drill}: integrity_check ${String(check)}`);
      }
    }
    const store = await openStore({ url: database.url });
    const observations = Number((await store.db.selectFrom('observations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    // Each key is created once, so every stored observation has exactly one 'create' in the history.
    const withHistory = Number(
      (await store.db.selectFrom('history').select((eb) => eb.fn.countAll().as('n')).where('entity', '=', 'observation').where('action', '=', 'create').executeTakeFirstOrThrow()).n,
    );
    await store.close();
    const ok = observations >= acked && observations <= acked + inFlightAtKill && withHistory === observations;
    if (!ok) failures++;
    console.log(`${engine} drill ${drill}: killed after ${totals.requests} requests; acknowledged ${acked}, stored ${observations}, in flight at kills ${inFlightAtKill}, with history ${withHistory}: ${ok ? 'ok' : 'FAIL'}`);
    if (next >= keys.length) {
      console.log('all keys used: stopping early');
      break;
    }
  }
  console.log(`${engine}: ${totals.kills} SIGKILLs, ${totals.requests} requests, ${acked} acknowledged, ${totals.refused} refused, ${totals.cut} cut by a kill`);
  await database.drop();
}
console.log(failures === 0 ? 'PASS' : `FAIL (${failures})`);
process.exitCode = failures === 0 ? 0 : 1;
