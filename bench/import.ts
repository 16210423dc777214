/**
 * 1. Import: a CSV of 1,000,000 enterprise-annual rows, fully validated, into SQLite by
 * `plansight import annual FILE` (a child process: wall time and peak RSS) — against the
 * sqlite3 command-line shell's `.import` of the same file into a table with the same
 * columns, the floor for the engine. And an .xlsx of 100,000 rows: peak memory.
 *
 * Both imports run on a copy of a store that already holds the enterprises the rows belong
 * to (annual rows of unregistered enterprises are refused), so what is measured is the
 * annual rows' import alone.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Plan } from '../src/plan/derive.ts';
import { openStore } from '../src/store/open-database.ts';
import { demoAtScale, demoCsvSet, hasCommand, importHeader, loadRegistrySqlite, WORK_DIR, type CsvSet } from './fixtures.ts';
import { result, round, runChild, skipped, type BenchResult, type Log } from './lib.ts';

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** A SQLite store holding the enterprises (and certificates) of the set, no annual rows; built once and copied. */
async function registryTemplate(plan: Plan, set: CsvSet, log: Log): Promise<string> {
  const path = join(set.dir, 'registry-without-annual.db');
  if (existsSync(path) && !existsSync(`${path}-wal`)) return path;
  log(`building the registry store for the import (${set.enterpriseCount.toLocaleString('en')} enterprises)`);
  removeDb(path);
  const store = await openStore({ url: path });
  try {
    loadRegistrySqlite(store, demoAtScale(plan, set.annualRows), { annual: false });
    store.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  return path;
}

function freshCopy(template: string, name: string): string {
  const path = join(WORK_DIR, name);
  removeDb(path);
  copyFileSync(template, path);
  return path;
}

const IMPORT_GOAL = '≤ 2× sqlite3 .import; peak RSS ≤ 400 MB';
const XLSX_GOAL = 'peak RSS ≤ 300 MB';

async function ourImport(file: string, db: string, expectedRows: number): Promise<{ ms: number; peakRssMiB: number | null; cpuMs: number | null }> {
  const run = await runChild('node', ['bin/plansight.js', 'import', 'annual', file, '--no-progress', '--format', 'json'], { env: { PLANSIGHT_DATABASE_URL: db } });
  if (run.code !== 0) throw new Error(`plansight import failed (${run.code}): ${run.stderr.slice(0, 2000)}${run.stdout.slice(0, 2000)}`);
  const outcome = JSON.parse(run.stdout) as { ok: boolean; counts?: { inserted: number } };
  if (!outcome.ok || outcome.counts?.inserted !== expectedRows) throw new Error(`plansight import: expected ${expectedRows} rows inserted, got ${JSON.stringify(outcome.counts)}`);
  return { ms: run.ms, peakRssMiB: run.peakRssMiB, cpuMs: run.cpuMs };
}

/** The sqlite3 shell: a table with the file's columns, then `.import` (one transaction, no validation). */
async function sqlite3Import(file: string, header: string[], expectedRows: number): Promise<{ ms: number; cpuMs: number | null }> {
  const db = join(WORK_DIR, 'reference-import.db');
  removeDb(db);
  const columns = header.map((h, i) => `"${h}" ${i === 0 ? 'TEXT' : i === header.length - 1 ? 'TEXT' : 'REAL'}`).join(', ');
  const script = [
    'PRAGMA journal_mode = WAL;',
    'PRAGMA synchronous = NORMAL;',
    `CREATE TABLE annual (${columns});`,
    `.import --csv --skip 1 '${file}' annual`,
    'SELECT count(*) FROM annual;',
  ].join('\n');
  const run = await runChild('sqlite3', [db], { input: script });
  removeDb(db);
  if (run.code !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  const count = Number(run.stdout.trim().split('\n').at(-1));
  if (count !== expectedRows) throw new Error(`sqlite3 .import: expected ${expectedRows} rows, got ${count}`);
  return { ms: run.ms, cpuMs: run.cpuMs };
}

/** The first `rows` rows of the CSV set as an .xlsx (streamed), with the template's data-sheet name. */
async function xlsxOf(plan: Plan, set: CsvSet, rows: number, log: Log): Promise<string> {
  const path = join(set.dir, `enterprise-annual-${rows}.xlsx`);
  if (existsSync(path)) return path;
  log(`writing an .xlsx of ${rows.toLocaleString('en')} rows`);
  const partial = `${path}.partial.xlsx`;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('数据');
  sheet.addRow(importHeader()).commit();
  // The first rows of the same demo as the CSV: their enterprises are in the registry store.
  let left = rows;
  for (const { annual } of demoAtScale(plan, set.annualRows).each()) {
    if (left <= 0) break;
    for (const a of annual) {
      if (left-- <= 0) break;
      sheet
        .addRow([
          a.creditCode, a.year, a.revenue, a.mainBusinessRevenue, a.rdExpense, a.rdExpenseDomestic, a.staff, a.rdStaff, a.stStaff,
          a.totalAssets, a.totalLiabilities, a.netAssets, a.netProfit, a.highTechRevenue, a.ipClass1, a.ipClass2, a.equityFinancing,
          a.nicheYears, a.nicheMarketSharePct, a.strategicEmerging === null ? null : a.strategicEmerging ? '是' : '否',
        ])
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  const { renameSync } = await import('node:fs');
  renameSync(partial, path);
  return path;
}

export async function benchImport(plan: Plan, options: { rows: number; xlsxRows: number; log: Log }): Promise<BenchResult[]> {
  const { rows, xlsxRows, log } = options;
  const set = await demoCsvSet(plan, rows, { log });
  const template = await registryTemplate(plan, set, log);
  const out: BenchResult[] = [];

  log(`import: plansight import annual (${rows.toLocaleString('en')} rows)`);
  const ours = await ourImport(set.annualImport, freshCopy(template, 'ours-import.db'), rows);
  removeDb(join(WORK_DIR, 'ours-import.db'));
  const title = `Import ${rows.toLocaleString('en')} enterprise-annual rows (CSV → SQLite, validated)`;
  const memoryHolds = ours.peakRssMiB !== null && ours.peakRssMiB * 1.048576 <= 400;
  const details = {
    peakRssMB: ours.peakRssMiB === null ? null : round(ours.peakRssMiB * 1.048576, 0),
    rowsPerSecond: Math.round(rows / (ours.ms / 1000)),
    cpuSeconds: ours.cpuMs === null ? null : round(ours.cpuMs / 1000),
  };
  if (!hasCommand('sqlite3')) {
    out.push(
      result({
        id: 'import.csv',
        title,
        ours: { value: round(ours.ms / 1000), unit: 's' },
        reference: null,
        ratio: null,
        goal: IMPORT_GOAL,
        holds: null,
        details,
        skipped: 'sqlite3 (the command-line shell) is not installed — `apt-get install -y sqlite3` — so the reference was skipped; memory was still measured',
      }),
    );
  } else {
    log('import: reference sqlite3 .import (median of 3)');
    const runs: { ms: number; cpuMs: number | null }[] = [];
    for (let i = 0; i < 3; i++) runs.push(await sqlite3Import(set.annualImport, importHeader(), rows));
    const middle = runs.sort((a, b) => a.ms - b.ms)[1]!;
    const reference = middle.ms;
    const ratio = ours.ms / reference;
    const cpuRatio = ours.cpuMs !== null && middle.cpuMs ? ours.cpuMs / middle.cpuMs : null;
    out.push(
      result({
        id: 'import.csv',
        title,
        ours: { value: round(ours.ms / 1000), unit: 's' },
        reference: { name: 'sqlite3 .import (same file, same columns)', value: round(reference / 1000), unit: 's' },
        ratio: round(ratio),
        goal: IMPORT_GOAL,
        holds: ratio <= 2 && memoryHolds,
        details: {
          ...details,
          referenceCpuSeconds: middle.cpuMs === null ? null : round(middle.cpuMs / 1000),
          cpuRatio: cpuRatio === null ? null : round(cpuRatio),
          timeGoalHolds: ratio <= 2,
          memoryGoalHolds: memoryHolds,
        },
      }),
    );
  }

  log(`import: .xlsx of ${xlsxRows.toLocaleString('en')} rows`);
  const xlsxTitle = `Import an .xlsx of ${xlsxRows.toLocaleString('en')} enterprise-annual rows (peak memory)`;
  let x: Awaited<ReturnType<typeof ourImport>>;
  try {
    const xlsx = await xlsxOf(plan, set, xlsxRows, log);
    x = await ourImport(xlsx, freshCopy(template, 'ours-xlsx.db'), xlsxRows);
  } catch (error) {
    out.push(skipped('import.xlsx', xlsxTitle, XLSX_GOAL, `failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`));
    return out;
  } finally {
    removeDb(join(WORK_DIR, 'ours-xlsx.db'));
  }
  out.push(
    result({
      id: 'import.xlsx',
      title: xlsxTitle,
      ours: { value: x.peakRssMiB === null ? NaN : round(x.peakRssMiB * 1.048576, 0), unit: 'MB peak RSS' },
      reference: null,
      ratio: null,
      goal: XLSX_GOAL,
      holds: x.peakRssMiB !== null && x.peakRssMiB * 1.048576 <= 300,
      details: { seconds: round(x.ms / 1000), cpuSeconds: x.cpuMs === null ? null : round(x.cpuMs / 1000), rowsPerSecond: Math.round(xlsxRows / (x.ms / 1000)) },
    }),
  );
  return out;
}

