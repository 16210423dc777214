/** What every measurement shares: the result record, timing, measured child processes. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WORK_DIR } from './fixtures.ts';

export const REPO = join(import.meta.dirname, '..');

export interface Figure {
  value: number;
  unit: string;
}

export interface BenchResult {
  /** e.g. `import.csv`, `evaluation.sqlite`. */
  id: string;
  title: string;
  ours: Figure | null;
  reference: (Figure & { name: string }) | null;
  /** ours ÷ reference (or, for throughput, ours ÷ reference as a share). */
  ratio: number | null;
  goal: string;
  /** true / false, or null when it could not be judged (skipped). */
  holds: boolean | null;
  /** Further figures (peak memory, p50/p99, sizes…). */
  details: Record<string, number | string | boolean | null>;
  skipped?: string;
}

export function result(partial: Omit<BenchResult, 'details'> & { details?: BenchResult['details'] }): BenchResult {
  return { details: {}, ...partial };
}

export function skipped(id: string, title: string, goal: string, reason: string): BenchResult {
  return { id, title, ours: null, reference: null, ratio: null, goal, holds: null, details: {}, skipped: reason };
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The median of `runs` timings (after `warmup` untimed runs). */
export async function medianMs(runs: number, fn: () => Promise<unknown>, warmup = 1): Promise<{ median: number; all: number[] }> {
  for (let i = 0; i < warmup; i++) await fn();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push((await timed(fn)).ms);
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, all };
}

export interface ChildRun {
  code: number | null;
  ms: number;
  /** Peak RSS in MiB, when the child reported it (node children, through rss-preload.mjs). */
  peakRssMiB: number | null;
  /**
   * CPU time (user + system, ms) of the child: node children report it themselves, others
   * are run under /usr/bin/time when it exists. Unlike wall time, it does not grow with the
   * load other processes put on the machine.
   */
  cpuMs: number | null;
  stdout: string;
  stderr: string;
}

let runCounter = 0;

/**
 * Runs a command to its end, timing it from spawn to exit. Node children (`node` as the
 * command) get the RSS preload and report their peak resident memory and CPU time; other
 * commands run under /usr/bin/time (when installed) for their CPU time.
 */
export function runChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<ChildRun> {
  mkdirSync(WORK_DIR, { recursive: true });
  const rssFile = join(WORK_DIR, `rss-${process.pid}-${++runCounter}.txt`);
  rmSync(rssFile, { force: true });
  const isNode = command === 'node' || command === process.execPath;
  const timeFile = existsSync('/usr/bin/time') && !isNode ? `${rssFile}.time` : null;
  const fullArgs = isNode ? ['--import', join(import.meta.dirname, 'rss-preload.mjs'), ...args] : timeFile ? ['-o', timeFile, '-f', '%U %S', command, ...args] : args;
  const executable = isNode ? process.execPath : timeFile ? '/usr/bin/time' : command;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(executable, fullArgs, {
      cwd: options.cwd ?? REPO,
      env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      const ms = performance.now() - start;
      let peakRssMiB: number | null = null;
      let cpuMs: number | null = null;
      if (existsSync(rssFile)) {
        const reported = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKiB: number; cpuMs: number };
        peakRssMiB = reported.maxRssKiB / 1024;
        cpuMs = reported.cpuMs;
      }
      if (timeFile && existsSync(timeFile)) {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
      }
      rmSync(rssFile, { force: true });
      if (timeFile) rmSync(timeFile, { force: true });
      resolve({ code, ms, peakRssMiB, cpuMs, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export type Log = (line: string) => void;
