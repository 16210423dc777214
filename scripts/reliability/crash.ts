/**
 * Crash drills: a real `plansight serve` process is killed with SIGKILL at random moments —
 * while it takes submissions from concurrent clients, and while it takes an import through
 * the API (upload or commit) — again and again, on SQLite and on PostgreSQL. What must hold
 * after each kill is in crash-submissions.ts and crash-imports.ts.
 *
 *   node --import tsx scripts/reliability/crash.ts [--engine sqlite|postgres|both] [--target submissions|imports|both]
 *        [--kills 20] [--clients 20] [--rows 20000]
 */
import { parseArgs } from 'node:util';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import type { Engine } from '../../src/store/engine.ts';
import { hainanPlanDir } from '../../test/support/paths.ts';
import { drillImports } from './crash-imports.ts';
import { drillSubmissions, type DrillResult } from './crash-submissions.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    target: { type: 'string', default: 'both' },
    kills: { type: 'string', default: '20' },
    clients: { type: 'string', default: '20' },
    rows: { type: 'string', default: '20000' },
  },
});
const engines: Engine[] = values.engine === 'both' ? ['sqlite', 'postgres'] : [values.engine as Engine];
const kills = Number(values.kills);
const plan = await loadPlan(hainanPlanDir);

const results: DrillResult[] = [];
for (const engine of engines) {
  if (values.target !== 'imports') results.push(await drillSubmissions(plan, engine, kills, Number(values.clients)));
  if (values.target !== 'submissions') results.push(await drillImports(engine, kills, Number(values.rows)));
}
for (const result of results) console.log(result.summary);
const failures = results.reduce((n, r) => n + r.failures, 0);
console.log(failures === 0 ? 'PASS' : `FAIL (${failures})`);
process.exitCode = failures === 0 ? 0 : 1;
