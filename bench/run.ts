/**
 * `npm run bench [-- --scale small|large] [--only import,evaluation,api,report,web,scale]`
 *
 * Every figure beside its reference, measured in the same run (ratios are the goals: the
 * machine is shared and noisy). Prints a table and writes bench/results/<scale>.json with
 * the machine, the engines' versions and the load average at the start and the end.
 *
 * small (default, a few minutes on an idle machine): import of 1,000,000 enterprise-annual
 * rows (CSV) and 100,000 (.xlsx); evaluation with registry counts from 1,000,000
 * enterprise-year rows on SQLite and PostgreSQL; the API under load on both; the mid-term
 * report; the web cockpit. large: all that, plus the evaluation on PostgreSQL with
 * 10,000,000 enterprise-year rows.
 *
 * Needs PostgreSQL (PLANSIGHT_BENCH_PG_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres;
 * the bench creates its own databases plansight_bench_<rows>), and for the references and
 * tools: sqlite3, wrk, psql, LibreOffice, Chromium (each measurement that lacks one says so
 * and is skipped). Working files go to bench/results/work.tmp (ignored by git).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import pg from 'pg';
import { loadPlan } from '../src/plan/read-plan-folder.ts';
import { benchApi } from './api.ts';
import { benchEvaluation, postgresEvaluationStore, sqliteEvaluationStore } from './evaluation.ts';
import { demoCsvSet, hasCommand, WORK_DIR } from './fixtures.ts';
import { benchImport } from './import.ts';
import { REPO, type BenchResult, type Log } from './lib.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { benchReport } from './report.ts';
import { benchWeb } from './web.ts';

const MEASUREMENTS = ['import', 'evaluation', 'api', 'report', 'web', 'scale'] as const;
type Measurement = (typeof MEASUREMENTS)[number];

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    only: { type: 'string' },
    rows: { type: 'string' },
    'no-pdf': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write('npm run bench -- [--scale small|large] [--only import,evaluation,api,report,web,scale] [--rows N (smaller data, for trying the bench)] [--no-pdf]\n');
  process.exit(0);
}
const scale = values.scale === 'large' ? 'large' : values.scale === 'small' ? 'small' : null;
if (!scale) throw new Error(`--scale must be small or large, got ${values.scale}`);
const only = new Set<Measurement>(
  values.only ? (values.only.split(',').map((s) => s.trim()) as Measurement[]) : MEASUREMENTS.filter((m) => m !== 'scale' || scale === 'large'),
);
for (const m of only) if (!MEASUREMENTS.includes(m)) throw new Error(`unknown measurement ${m}; expected ${MEASUREMENTS.join(', ')}`);

const ROWS = values.rows ? Number(values.rows) : 1_000_000;
const XLSX_ROWS = Math.min(100_000, ROWS);
const LARGE_ROWS = values.rows ? ROWS * 10 : 10_000_000;
const YEAR = 2028;
const TODAY = '2029-01-15';
const PG_ADMIN = process.env.PLANSIGHT_BENCH_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const started = Date.now();
const log: Log = (line) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function guarded(id: string, title: string, fn: () => Promise<BenchResult[]>): Promise<BenchResult[]> {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${id} failed: ${message}`);
    return [{ id, title, ours: null, reference: null, ratio: null, goal: '', holds: null, details: {}, skipped: `failed: ${message.slice(0, 500)}` }];
  }
}

function figure(f: { value: number; unit: string } | null): string {
  if (!f) return '—';
  return `${f.value.toLocaleString('en')} ${f.unit}`;
}

function printTable(results: BenchResult[]): void {
  const table = new Table({ head: ['measurement', 'ours', 'reference', 'ratio', 'goal', 'holds'], wordWrap: true, colWidths: [44, 16, 30, 8, 30, 7] });
  for (const r of results) {
    if (r.skipped) {
      table.push([r.title, { colSpan: 5, content: `skipped — ${r.skipped}` }]);
      continue;
    }
    table.push([
      r.title,
      figure(r.ours),
      r.reference ? `${figure(r.reference)} (${r.reference.name})` : '—',
      r.ratio === null ? '—' : `${r.ratio}×`,
      r.goal,
      r.holds === null ? '—' : r.holds ? 'yes' : 'NO',
    ]);
  }
  process.stdout.write(`${table.toString()}\n`);
  for (const r of results) {
    const details = Object.entries(r.details)
      .map(([k, v]) => `${k}=${v}`)
      .join('  ');
    if (details) process.stdout.write(`  ${r.id}: ${details}\n`);
  }
}

async function main(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  const loadAtStart = loadAverage();
  const machine = await describeMachine(PG_ADMIN);
  log(`${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${loadAtStart.join(' ')}`);
  const plan = await loadPlan(join(REPO, 'plans', 'hainan-hitech-2026-2030'));
  const pgOk = await postgresReachable();
  if (!pgOk) log(`PostgreSQL is not reachable at ${PG_ADMIN}: its measurements are skipped`);
  const label = `${ROWS.toLocaleString('en')} enterprise-year rows`;
  const results: BenchResult[] = [];

  if (only.has('import')) {
    results.push(...(await guarded('import', 'Import', () => benchImport(plan, { rows: ROWS, xlsxRows: XLSX_ROWS, log }))));
  }
  if (only.has('evaluation')) {
    results.push(
      ...(await guarded('evaluation', 'Evaluation', () =>
        benchEvaluation(plan, { rows: ROWS, year: YEAR, pgUrl: pgOk ? PG_ADMIN : null, engines: ['sqlite', 'postgres'], runs: 5, log }),
      )),
    );
  }
  // The API, the report and the web read a copy of the SQLite evaluation store (demo accounts are added to it).
  const appDb = join(WORK_DIR, 'app.db');
  const appStore = async () => {
    const set = await demoCsvSet(plan, ROWS, { log, importFile: false });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${appDb}${suffix}`, { force: true });
    copyFileSync(await sqliteEvaluationStore(plan, set, log), appDb);
    return appDb;
  };
  if (only.has('api') || only.has('report') || only.has('web')) await appStore();
  if (only.has('api')) {
    results.push(
      ...(await guarded('api.sqlite', 'API (SQLite)', async () => [
        await benchApi(plan, { engine: 'sqlite', url: appDb, year: YEAR, seconds: 10, connections: 32, rounds: 2, label, log }),
      ])),
    );
    if (pgOk) {
      results.push(
        ...(await guarded('api.postgres', 'API (PostgreSQL)', async () => {
          const set = await demoCsvSet(plan, ROWS, { log, importFile: false });
          const url = await postgresEvaluationStore(plan, set, PG_ADMIN, `plansight_bench_${ROWS}`, log);
          return [await benchApi(plan, { engine: 'postgres', url, year: YEAR, seconds: 10, connections: 32, rounds: 2, label, log })];
        })),
      );
    }
  }
  if (only.has('report')) {
    results.push(...(await guarded('report', 'Report', () => benchReport(plan, { url: appDb, year: YEAR, today: TODAY, label, pdf: !values['no-pdf'], log }))));
  }
  if (only.has('web')) {
    results.push(...(await guarded('web', 'Web', () => benchWeb(plan, { url: appDb, label, log, runs: 3 }))));
  }
  if (only.has('scale')) {
    results.push(
      ...(await guarded('evaluation.postgres.large', 'Evaluation at scale (PostgreSQL)', () =>
        benchEvaluation(plan, { rows: LARGE_ROWS, year: YEAR, pgUrl: pgOk ? PG_ADMIN : null, engines: ['postgres'], runs: 3, log, idSuffix: '.large' }),
      )),
    );
  }

  const loadAtEnd = loadAverage();
  printTable(results);
  const report = {
    scale,
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    tools: { sqlite3: hasCommand('sqlite3'), psql: hasCommand('psql'), wrk: machine.wrk !== null },
    rows: { import: ROWS, xlsx: XLSX_ROWS, evaluation: ROWS, large: only.has('scale') ? LARGE_ROWS : null },
    results,
  };
  // Runs at full size are kept (committed): <scale>.json, or <scale>-<measurements>.json for
  // --only; trial runs on smaller data go to an ignored .tmp file.
  const name = values.only ? `${scale}-${[...only].join('+')}` : scale;
  const file = join(REPO, 'bench', 'results', values.rows ? `${name}.rows-${ROWS}.json.tmp` : `${name}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`load average: start ${loadAtStart.join(' ')}, end ${loadAtEnd.join(' ')}\nwritten: ${file}\n`);
}

await main();
