/**
 * Years and reporting periods. A year: 2027, 2027年, 2027年度. A period: a year, or a
 * quarter written 2027Q3, 2027-Q3, 2027 Q3, 2027年Q3, 2027年第3季度 or 2027年第三季度;
 * returned as `2027` or `2027Q3`.
 */
import type { Cell } from './cell-value.ts';
import { MAX_YEAR, MIN_YEAR } from './parse-date.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const YEAR = /^(\d{4})(?:年度?)?$/;
const QUARTER = /^(\d{4})(?:年?[-_]?Q([1-4])|年第?([1-4一二三四])季度)$/;
const CHINESE_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function parseYearText(text: string): number | null {
  const m = YEAR.exec(compact(text));
  if (!m) return null;
  const year = Number(m[1]);
  return inRange(year) ? year : null;
}

export function parsePeriodText(text: string): string | null {
  const t = compact(text);
  const year = parseYearText(t);
  if (year !== null) return String(year);
  const m = QUARTER.exec(t);
  if (!m || !inRange(Number(m[1]))) return null;
  const quarter = m[2] ?? CHINESE_DIGIT[m[3]!] ?? m[3];
  return `${m[1]}Q${quarter}`;
}

export function parseYear(cell: Cell): Parsed<number> {
  if (cell.type === 'number') return Number.isInteger(cell.value) && inRange(cell.value) ? ok(cell.value) : fail();
  if (cell.type !== 'text') return fail();
  const year = parseYearText(cell.text);
  return year === null ? fail() : ok(year);
}

export function parsePeriod(cell: Cell): Parsed<string> {
  if (cell.type === 'number') return Number.isInteger(cell.value) && inRange(cell.value) ? ok(String(cell.value)) : fail();
  if (cell.type !== 'text') return fail();
  const period = parsePeriodText(cell.text);
  return period === null ? fail() : ok(period);
}
