/**
 * Crash drill, submissions: a real server takes new observations from concurrent clients
 * and is killed with SIGKILL at a random moment, again and again. After each kill:
 *   - the engine's integrity check passes (SQLite integrity_check; PostgreSQL amcheck);
 *   - every acknowledged (201) submission is stored — nothing acknowledged is lost;
 *   - nothing is stored that was not at least in flight when the process died;
 *   - every stored observation has its history row (the write and its audit trail are one
 *     transaction: all or nothing).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plan } from '../../src/plan/derive.ts';
import type { Engine } from '../../src/store/engine.ts';
import { afterKill, countCreated, countRows, describeIntegrity, drillDatabase, killHard, logIn, sessionHeaders, startServer } from './drill-server.ts';

export interface DrillResult {
  failures: number;
  summary: string;
}

export async function drillSubmissions(plan: Plan, engine: Engine, kills: number, clients: number): Promise<DrillResult> {
  // Every indicator and statistic × region × year and quarter of the plan; the combinations the
  // plan refuses (a quarter of a yearly indicator, say) are answered 400 and counted as refused.
  const years = ['2025', '2026', '2027', '2028', '2029', '2030'];
  const periods = [...years, ...years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}Q${q}`))];
  const series = [...plan.indicators.map((i) => i.id), ...plan.statistics.map((s) => s.id)];
  const keys = series.flatMap((indicatorId) => plan.regions.flatMap((r) => periods.map((period) => ({ indicatorId, regionCode: r.code, period }))));

  const { database, env } = await drillDatabase(engine);
  let failures = 0;
  let next = 0;
  let acked = 0;
  let inFlightAtKill = 0;
  let intact = 0;
  const totals = { kills: 0, requests: 0, refused: 0, cut: 0 };
  try {
    for (let drill = 1; drill <= kills; drill++) {
      const server = await startServer(env);
      const headers = { 'content-type': 'application/json', ...sessionHeaders(await logIn(server.url)) };
      let alive = true;
      let inFlight = 0;
      const worker = async () => {
        while (alive && next < keys.length) {
          const key = keys[next++]!;
          inFlight++;
          totals.requests++;
          try {
            const response = await fetch(`${server.url}/api/observations`, { method: 'POST', headers, body: JSON.stringify({ ...key, value: 1 }) });
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
      alive = false;
      await killHard(server);
      await Promise.all(workers);
      totals.kills++;

      const { integrity, value } = await afterKill(database.url, async (store) => ({
        stored: await countRows(store, 'observations'),
        // Each key is created once, so every stored observation has exactly one 'create' in the history.
        withHistory: await countCreated(store, 'observation'),
      }));
      const sound = integrity.problems.length === 0 && integrity.skipped.length === 0;
      if (sound) intact++;
      const ok = sound && value.stored >= acked && value.stored <= acked + inFlightAtKill && value.withHistory === value.stored;
      if (!ok) failures++;
      console.log(`${engine} submissions drill ${drill}: killed after ${totals.requests} requests; acknowledged ${acked}, stored ${value.stored}, in flight at kills ${inFlightAtKill}, with history ${value.withHistory}; store ${describeIntegrity(integrity)}: ${ok ? 'ok' : 'FAIL'}`);
      if (next >= keys.length) {
        console.log('all keys used: stopping early');
        break;
      }
    }
  } finally {
    await database.drop();
  }
  return {
    failures,
    summary: `${engine} submissions: ${totals.kills} SIGKILLs, ${totals.requests} requests, ${acked} acknowledged, ${totals.refused} refused, ${totals.cut} cut by a kill; integrity check passed ${intact}/${totals.kills}`,
  };
}
