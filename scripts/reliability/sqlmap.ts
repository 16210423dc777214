/**
 * SQL injection sweep with sqlmap (Debian's package) against a real server on loopback —
 * every parameter the API takes, found in its own OpenAPI document, not a hand-kept list:
 *   - every query parameter and path parameter of every GET route;
 *   - every text field of the JSON bodies of the write routes (and the login form),
 *     marked with sqlmap's `*`, sent with a session cookie and its CSRF token.
 * The server is started here on a fresh SQLite store with demo data (or give --url of one
 * you started, e.g. on PostgreSQL), with the login rate limit lifted so that sqlmap is not
 * answered 429 (the limit is a defence of its own; here it would only hide the parameter).
 * Routes that build a file on every request (the report, the templates) are left out: each
 * probe would take seconds; their parameters are enums, a year and a region code, all
 * checked by schema before any query.
 *
 *   npm run security:sqlmap   (= --level 3 --risk 2)
 *   node --import tsx scripts/reliability/sqlmap.ts [--level 2] [--risk 1] [--only /api/observations] [--engine sqlite|postgres]
 *
 * Prints one line per target and a summary; exits 1 if sqlmap calls anything injectable.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { buildApp } from '../../src/server/app.ts';
import { createUser } from '../../src/server/commands/create-user.ts';
import { prepareDemo } from '../../src/server/commands/prepare-demo.ts';
import type { Engine } from '../../src/store/engine.ts';
import { freshStore } from '../../test/support/engines.ts';
import { hainanPlanDir } from '../../test/support/paths.ts';

const { values } = parseArgs({
  options: {
    level: { type: 'string', default: '2' },
    risk: { type: 'string', default: '1' },
    only: { type: 'string' },
    engine: { type: 'string', default: 'sqlite' },
    threads: { type: 'string', default: '4' },
    'target-minutes': { type: 'string', default: '20' },
  },
});

if (spawnSync('sqlmap', ['--version']).error) {
  console.error('sqlmap is not installed: apt-get install sqlmap');
  process.exit(2);
}

const plan = await loadPlan(hainanPlanDir);
const store = await freshStore(values.engine as Engine);
const change = { actor: 'cli:sqlmap', at: new Date().toISOString(), origin: 'demo' };
await prepareDemo({ store, plan, enterprises: 300, change });
await createUser({ db: store.db, plan, change }, { username: 'sqlmap-admin', role: 'admin', password: 'sqlmap-admin-password-2026' });
const victim = await createUser({ db: store.db, plan, change }, { username: 'sqlmap-victim', role: 'viewer', password: 'sqlmap-victim-password-2026' });
const app = await buildApp({ store, plan, config: { publicPortal: true, loginRateLimit: { max: 100_000_000 }, log: { level: 'fatal' } } });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sqlmap-admin', password: 'sqlmap-admin-password-2026' }) });
const cookie = login.headers.getSetCookie().find((c) => c.startsWith('plansight_session='))!.split(';')[0]!;
const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;

// Real values, so that each probe reaches the query behind the parameter.
const enterprise = await store.db.selectFrom('enterprises').select('creditCode').orderBy('creditCode').executeTakeFirstOrThrow();
const observation = await store.db.selectFrom('observations').select('id').orderBy('id').executeTakeFirstOrThrow();
const cluster = plan.clusters[0]!.id;
const project = plan.projects[0]!.id;
const samples: Record<string, string> = {
  indicator: 'hitech-revenue', region: '460100', park: plan.parks[0]!.id, period: '2027', status: 'approved', kind: 'actual',
  enteredBy: 'demo-haikou', page: '1', pageSize: '20', q: '科技', cluster, tier: plan.tiers[0]!.id, at: '2027-06-30', year: '2027',
  today: '2027-06-30', userId: String(victim.user.id), top: '10', column: '1', stage: 'construction', delayed: 'true', includePending: 'false',
  creditCode: enterprise.creditCode,
};
const pathIds: Record<string, string> = {
  '/api/plan/indicators/{id}': 'hitech-revenue', '/api/users/{id}': String(victim.user.id), '/api/observations/{id}': String(observation.id),
  '/api/observations/{id}/history': String(observation.id), '/api/projects/{id}': project, '/api/projects/{id}/history': project,
  '/api/industry/clusters/{id}': cluster,
};
const SKIPPED = new Set(['/api/reports/midterm', '/api/templates/{kind}']);

interface Target {
  name: string;
  args: string[];
}
interface Operation {
  parameters?: { in: string; name: string; schema?: { enum?: string[] } }[];
}
const spec = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };
const targets: Target[] = [];
for (const [path, operations] of Object.entries(spec.paths)) {
  const get = operations.get;
  if (!get || SKIPPED.has(path) || !get.parameters?.length) continue;
  let url = path;
  const query = new URLSearchParams();
  for (const p of get.parameters) {
    const value = p.schema?.enum?.[0] ?? samples[p.name] ?? pathIds[path] ?? 'x';
    if (p.in === 'path') url = url.replace(`{${p.name}}`, `${encodeURIComponent(value)}*`);
    else if (p.in === 'query') query.set(p.name, value);
  }
  targets.push({ name: `GET ${path}`, args: ['-u', `${base}${url}${query.size ? `?${query}` : ''}`] });
}

// The write routes' JSON bodies: each text field marked as an injection point.
const bodies: [string, string, string, Record<string, unknown>][] = [
  ['POST', '/api/auth/login', '/api/auth/login', { username: 'x*', password: 'y*' }],
  ['POST', '/api/users', '/api/users', { username: 'sqlmap-new*', displayName: 'd*', role: 'park-officer*', parkId: 'p*', password: 'long-enough-password-1*' }],
  ['PATCH', '/api/users/{id}', `/api/users/${victim.user.id}`, { displayName: 'd*', role: 'viewer*', regions: ['460100*'], creditCode: 'c*' }],
  ['POST', '/api/tokens', '/api/tokens', { name: 't*', scopes: ['read*'], userId: 1 }],
  ['POST', '/api/observations', '/api/observations', { indicatorId: 'hitech-revenue*', regionCode: '460100*', period: '2026*', value: 1, note: 'n*' }],
  ['PATCH', '/api/observations/{id}', `/api/observations/${observation.id}`, { note: 'n*' }],
  ['POST', '/api/observations/{id}/return', `/api/observations/${observation.id}/return`, { reason: 'r*' }],
  ['POST', '/api/observations/{id}/reopen', `/api/observations/${observation.id}/reopen`, { reason: 'r*' }],
  ['PUT', '/api/projects/{id}/progress/{year}', `/api/projects/${project}/progress/2027`, { stage: 'construction*', note: 'n*' }],
  ['PUT', '/api/projects/{id}/milestones/{name}', `/api/projects/${project}/milestones/m*`, { dueOn: '2027-10-31*' }],
  ['POST', '/api/scenario', '/api/scenario', { clusterGrowthPct: { [cluster]: 10 }, shareDrivers: { 'digital-economy-share': 'x*' } }],
];
for (const [method, route, url, body] of bodies) {
  targets.push({
    name: `${method} ${route}`,
    args: [
      '-u', `${base}${url}`, '--method', method, '--data', JSON.stringify(body), '--headers', `Content-Type: application/json\nX-CSRF-Token: ${csrf}`,
      // A wrong login is answered 401, and a name tried too often 423: sqlmap would stop at the first.
      ...(route === '/api/auth/login' ? ['--ignore-code', '401,423'] : []),
    ],
  });
}

const only = values.only;
const chosen = only ? targets.filter((t) => t.name.includes(only)) : targets;
const outputDir = mkdtempSync(join(tmpdir(), 'plansight-sqlmap-'));
const common = ['--batch', '--level', values.level!, '--risk', values.risk!, '--threads', values.threads!, '--flush-session', '--disable-coloring', '--cookie', cookie];
console.log(`sqlmap --level ${values.level} --risk ${values.risk} against ${base} (${values.engine}): ${chosen.length} targets (left out: ${[...SKIPPED].join(', ')})`);

function runSqlmap(target: Target, n: number): Promise<{ verdict: string; tested: number; requests: string; ms: number }> {
  const started = performance.now();
  // One folder per target: sqlmap keeps one log per host, which the next target would overwrite.
  const dir = join(outputDir, String(n).padStart(2, '0'));
  return new Promise((resolve) => {
    const child = spawn('sqlmap', [...target.args, ...common, '--output-dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    // sqlmap compares whole pages with a sequence matcher: on a large JSON answer one target can
    // run for long; past the limit it is stopped and reported without a verdict.
    const limit = setTimeout(() => child.kill('SIGTERM'), Number(values['target-minutes']) * 60_000);
    child.once('exit', () => clearTimeout(limit));
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', () => {
      writeFileSync(join(outputDir, `${String(n).padStart(2, '0')}.txt`), `${target.name}\n${target.args.join(' ')}\n\n${out}`);
      // sqlmap's last word counts: "appears to be … injectable" is a suspicion it goes on to
      // test (a time-based one on a busy machine often ends "false positive"); a confirmed
      // finding is listed under "sqlmap identified the following injection point(s)".
      const confirmed = /identified the following injection point/i.test(out);
      const ruledOut = (out.match(/false positive or unexploitable injection point detected/gi) ?? []).length;
      const clean = /do not appear to be injectable|does not seem to be injectable/i.test(out);
      const tested = new Set([...out.matchAll(/testing if (?:\(custom\) )?\w+ parameter '([^']+)'|\(custom\) \w+ parameter '([^']+)' (?:appears|does not appear) to be dynamic/gi)].map((m) => m[1] ?? m[2])).size;
      const requests = /(\d+) HTTP\(s\) requests/.exec(out)?.[1] ?? '?';
      const verdict = confirmed ? 'INJECTABLE' : clean ? `not injectable${ruledOut ? ` (${ruledOut} suspicion(s) ruled out as false positives)` : ''}` : `no verdict: ${out.trim().split('\n').slice(-2).join(' | ')}`;
      resolve({ verdict, tested, requests, ms: performance.now() - started });
    });
  });
}

let injectable = 0;
let unclear = 0;
let parameters = 0;
for (const [n, target] of chosen.entries()) {
  const result = await runSqlmap(target, n + 1);
  parameters += result.tested;
  if (result.verdict === 'INJECTABLE') injectable++;
  else if (!result.verdict.startsWith('not injectable')) unclear++;
  console.log(`${target.name}: ${result.tested} parameters tested, ${result.verdict} (${(result.ms / 1000).toFixed(0)} s)`);
}
console.log(`${chosen.length} targets, ${parameters} parameters: ${injectable} injectable, ${unclear} without a verdict; sqlmap's output per target in ${outputDir}`);
await app.close();
await store.dispose();
process.exitCode = injectable > 0 ? 1 : 0;
