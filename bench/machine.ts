/** The machine a run was made on, and the versions of every engine measured. */
import { spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { REPO } from './lib.ts';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  os: string;
  node: string;
  sqliteLibrary: string;
  sqlite3Cli: string | null;
  postgres: string | null;
  chromium: string | null;
  wrk: string | null;
  libreoffice: string | null;
  commit: string | null;
  /** Uncommitted changes in the work tree when the run started. */
  dirty: boolean | null;
}

function version(command: string, args: string[] = ['--version']): string | null {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr).trim().split('\n')[0]!.trim() || null;
}

async function postgresVersion(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    return `PostgreSQL ${rows[0]!.server_version}`;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function describeMachine(pgUrl: string): Promise<Machine> {
  const cpu = cpus();
  const memory = new SQLite(':memory:');
  const sqliteLibrary = (memory.prepare('select sqlite_version() as v').get() as { v: string }).v;
  memory.close();
  const wrk = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  const commit = version('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD']);
  const status = spawnSync('git', ['-C', REPO, 'status', '--porcelain'], { encoding: 'utf8' });
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    sqliteLibrary: `SQLite ${sqliteLibrary} (better-sqlite3)`,
    sqlite3Cli: version('sqlite3', ['--version'])?.split(' ').slice(0, 2).join(' ') ?? null,
    postgres: await postgresVersion(pgUrl),
    chromium: version('/usr/bin/chromium', ['--version']),
    wrk: wrk.error ? null : ((wrk.stdout || wrk.stderr).trim().split('\n')[0] ?? null),
    libreoffice: version('soffice', ['--version']),
    commit,
    dirty: status.status === 0 ? status.stdout.trim().length > 0 : null,
  };
}

export function loadAverage(): [number, number, number] {
  const [a, b, c] = loadavg();
  return [a!, b!, c!].map((n) => Math.round(n * 100) / 100) as [number, number, number];
}
