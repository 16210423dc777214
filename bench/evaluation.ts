/**
 * 2. Evaluation: the whole plan for one year with the enterprise-count indicators counted
 * from the registry (docs/cultivation.md, "For the API": registryObservations(plan, await
 * registryCounts(db, plan, years)) in place of entered values; every other indicator from
 * the stored observations), evaluated and written as the evaluation JSON — against one
 * hand-written SQL aggregate query doing the same aggregation on the same engine.
 * 6. Scale: the same on PostgreSQL with 10,000,000 enterprise-year rows (--scale large).
 *
 * The registry of the demo at that many enterprise-year rows: its enterprises, their annual
 * rows and their certificates (the counts read certificates and enterprises' regions).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { registryObservations } from '../src/cultivation/registry-observations.ts';
import { evaluatePlan } from '../src/evaluation/evaluate-plan.ts';
import { evaluationJson } from '../src/evaluation/evaluation-json.ts';
import type { Plan } from '../src/plan/derive.ts';
import { observationsForEvaluation } from '../src/store/observation-queries.ts';
import { openStore, type Store } from '../src/store/open-database.ts';
import { registryCounts } from '../src/store/registry-queries.ts';
import { demoAtScale, demoCsvSet, loadRegistryPostgres, loadRegistrySqlite, writeDemoSmallSets, type CsvSet } from './fixtures.ts';
import { result, round, type BenchResult, type Log } from './lib.ts';

export const EVALUATION_GOAL = '≤ 1.5× the hand-written aggregate query';

/** The evaluation of `year` with the registry's counts, as the API would serve it with the recipe. */
export async function evaluationWithRegistry(store: Store, plan: Plan, year: number): Promise<ReturnType<typeof evaluationJson>> {
  const years: number[] = [];
  for (let y = plan.baseYear; y <= year; y++) years.push(y);
  const read = await observationsForEvaluation(store.db, plan.id);
  const registry = registryObservations(plan, await registryCounts(store.db, plan, years));
  const counted = new Set(registry.map((o) => o.indicatorId));
  const observations = [...read.observations.filter((o) => !counted.has(o.indicatorId)), ...registry];
  return evaluationJson(plan, evaluatePlan(plan, observations, year));
}

/**
 * The same aggregation written by hand, as someone fluent in SQL would for the Hainan plan's
 * three enterprise-count indicators (规上高企 valid at year end, 专精特新 and 小巨人 ever
 * certified): one statement, enterprises counted once per indicator, year and region.
 */
export function referenceSql(years: readonly number[], placeholder: (n: number) => string): { text: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const values = years
    .map((year) => {
      parameters.push(year, `${year}-12-31`);
      return `(cast(${placeholder(parameters.length - 1)} as integer), ${placeholder(parameters.length)})`;
    })
    .join(', ');
  const text = `
    with y (year, day) as (values ${values})
    select 'above-size-hte' as indicator, y.year, e.region_code, count(distinct c.credit_code) as n
      from y
      join certifications c on c.kind = 'hte' and c.issued_on <= y.day and (c.expires_on is null or c.expires_on >= y.day)
      join enterprises e on e.credit_code = c.credit_code
     where exists (select 1 from certifications a
                    where a.credit_code = c.credit_code and a.kind = 'above-size'
                      and a.issued_on <= y.day and (a.expires_on is null or a.expires_on >= y.day))
     group by y.year, e.region_code
    union all
    select 'srdi-sme-cumulative', y.year, e.region_code, count(distinct c.credit_code)
      from y join certifications c on c.kind = 'srdi-sme' and c.issued_on <= y.day
      join enterprises e on e.credit_code = c.credit_code
     group by y.year, e.region_code
    union all
    select 'little-giant-cumulative', y.year, e.region_code, count(distinct c.credit_code)
      from y join certifications c on c.kind = 'little-giant' and c.issued_on <= y.day
      join enterprises e on e.credit_code = c.credit_code
     group by y.year, e.region_code`;
  return { text, parameters };
}

type ReferenceRow = { indicator: string; year: number | string; region_code: string; n: number | string };

async function runReference(store: Store, pool: pg.Pool | null, years: readonly number[]): Promise<ReferenceRow[]> {
  if (store.engine === 'sqlite') {
    const { text, parameters } = referenceSql(years, () => '?');
    return store.sqlite!.prepare(text).all(...parameters) as ReferenceRow[];
  }
  const { text, parameters } = referenceSql(years, (n) => `$${n}`);
  return (await pool!.query<ReferenceRow>(text, parameters)).rows;
}

/** The registry as a SQLite file for the evaluation (built once per size, then reused). */
export async function sqliteEvaluationStore(plan: Plan, set: CsvSet, log: Log): Promise<string> {
  const path = join(set.dir, 'evaluation.db');
  if (existsSync(path) && !existsSync(`${path}-wal`)) return path;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  log(`building the SQLite evaluation store (${set.annualRows.toLocaleString('en')} enterprise-year rows)`);
  const store = await openStore({ url: path });
  try {
    const scale = demoAtScale(plan, set.annualRows);
    await writeDemoSmallSets(store, plan, scale.demo);
    loadRegistrySqlite(store, scale);
    store.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  return path;
}

/** The bench's PostgreSQL database for the set: reused when it holds the set's rows, else made afresh and loaded with psql \copy. */
export async function postgresEvaluationStore(plan: Plan, set: CsvSet, adminUrl: string, name: string, log: Log): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (exists && (await holdsRows(url.toString(), set.annualRows))) {
      log(`reusing PostgreSQL database ${name}`);
      return url.toString();
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  log(`loading PostgreSQL database ${name} (${set.annualRows.toLocaleString('en')} enterprise-year rows, psql \\copy)`);
  const store = await openStore({ url: url.toString() });
  try {
    await writeDemoSmallSets(store, plan, demoAtScale(plan, set.annualRows).demo);
  } finally {
    await store.close();
  }
  loadRegistryPostgres(url.toString(), set);
  return url.toString();
}

async function holdsRows(url: string, rows: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const annual = await client.query<{ n: string }>('select count(*) as n from enterprise_annual');
    const observations = await client.query<{ n: string }>('select count(*) as n from observations');
    return Number(annual.rows[0]!.n) === rows && Number(observations.rows[0]!.n) > 0;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

export async function measureEvaluation(
  store: Store,
  plan: Plan,
  year: number,
  options: { id: string; title: string; runs: number; log: Log },
): Promise<BenchResult> {
  const years: number[] = [];
  for (let y = plan.baseYear; y <= year; y++) years.push(y);
  const pool = store.engine === 'postgres' ? new pg.Pool({ connectionString: store.url, max: 1 }) : null;
  try {
    // Same numbers first: the reference's counts equal the registry counts the evaluation used.
    const reference = await runReference(store, pool, years);
    const counts = await registryCounts(store.db, plan, years);
    const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
    const referenceTotal = sum(reference.map((r) => Number(r.n)));
    const oursTotal = sum(counts.rows.map((r) => r.enterprises));
    if (referenceTotal !== oursTotal || reference.length !== counts.rows.length) {
      throw new Error(`${options.id}: the reference counts ${referenceTotal} in ${reference.length} rows, the registry ${oursTotal} in ${counts.rows.length}`);
    }
    const document = await evaluationWithRegistry(store, plan, year);
    const oursTimes: number[] = [];
    const referenceTimes: number[] = [];
    // Interleaved, so that a burst of load elsewhere on the machine hits both alike.
    for (let i = 0; i < options.runs; i++) {
      let start = performance.now();
      await evaluationWithRegistry(store, plan, year);
      oursTimes.push(performance.now() - start);
      start = performance.now();
      await runReference(store, pool, years);
      referenceTimes.push(performance.now() - start);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ours = median(oursTimes);
    const ref = median(referenceTimes);
    const ratio = ours / ref;
    options.log(`${options.id}: ours ${ours.toFixed(0)} ms, reference ${ref.toFixed(0)} ms`);
    return result({
      id: options.id,
      title: options.title,
      ours: { value: round(ours, 0), unit: 'ms' },
      reference: { name: 'one hand-written SQL aggregate query', value: round(ref, 0), unit: 'ms' },
      ratio: round(ratio),
      goal: EVALUATION_GOAL,
      holds: ratio <= 1.5,
      details: {
        runs: options.runs,
        oursMinMs: round(Math.min(...oursTimes), 0),
        referenceMinMs: round(Math.min(...referenceTimes), 0),
        indicators: document.indicators.length,
        registryCountRows: counts.rows.length,
        enterprisesCounted: oursTotal,
      },
    });
  } finally {
    await pool?.end();
  }
}

export async function benchEvaluation(plan: Plan, options: { rows: number; year: number; pgUrl: string | null; engines: ('sqlite' | 'postgres')[]; runs: number; log: Log; idSuffix?: string }): Promise<BenchResult[]> {
  const { rows, year, log } = options;
  const set = await demoCsvSet(plan, rows, { log, importFile: false });
  const out: BenchResult[] = [];
  const label = `${rows.toLocaleString('en')} enterprise-year rows`;
  for (const engine of options.engines) {
    const id = `evaluation.${engine}${options.idSuffix ?? ''}`;
    const title = `Evaluation of ${year}, registry counts from ${label} (${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`;
    if (engine === 'postgres' && !options.pgUrl) {
      out.push({ id, title, ours: null, reference: null, ratio: null, goal: EVALUATION_GOAL, holds: null, details: {}, skipped: 'PostgreSQL is not reachable' });
      continue;
    }
    const url = engine === 'sqlite' ? await sqliteEvaluationStore(plan, set, log) : await postgresEvaluationStore(plan, set, options.pgUrl!, `plansight_bench_${rows}`, log);
    const store = await openStore({ url });
    try {
      out.push(await measureEvaluation(store, plan, year, { id, title, runs: options.runs, log }));
    } finally {
      await store.close();
    }
  }
  return out;
}
