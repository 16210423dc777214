/**
 * Calendar dates, returned as `YYYY-MM-DD`. Accepted: 2027-03-15, 2027/3/15, 2027.3.15,
 * 2027年3月15日, 20270315, a date-time whose day is taken as written, an Excel Date cell
 * (zoneless: its UTC fields are the day) and an Excel serial number. Impossible days
 * (2027-02-30) are refused, never rolled over as `Date` would.
 */
import { isoDate, type Cell } from './cell-value.ts';
import { fail, ok, type Parsed } from './parsed.ts';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

// Serials below 10000 (1927-05-18) are far more likely a year or a count typed into a date
// column than a date, so they are refused; real dates of that age arrive as Date cells.
const MIN_SERIAL = 10000;
const MAX_SERIAL = 73415; // 2100-12-31
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function dateFromParts(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoDate(date);
}

export function dateFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial >= MAX_SERIAL + 1) return null;
  return isoDate(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS));
}

export function parseDateText(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  let m = SEPARATED.exec(t);
  if (m) return dateFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
  m = CHINESE.exec(t.replace(/\s+/g, '')) ?? COMPACT.exec(t);
  if (m) return dateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(t)) return dateFromSerial(Number(t));
  return null;
}

export function parseDate(cell: Cell): Parsed<string> {
  let value: string | null = null;
  if (cell.type === 'date') {
    const y = cell.date.getUTCFullYear();
    value = y >= MIN_YEAR && y <= MAX_YEAR ? isoDate(cell.date) : null;
  } else if (cell.type === 'number') {
    value = Number.isInteger(cell.value) && cell.value >= 19000101 ? parseDateText(String(cell.value)) : dateFromSerial(cell.value);
  } else if (cell.type === 'text') {
    value = parseDateText(cell.text);
  }
  return value === null ? fail() : ok(value);
}
