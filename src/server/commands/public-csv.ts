/**
 * CSV for open data, safe to open in a spreadsheet: RFC 4180 quoting, CRLF line ends, a
 * UTF-8 byte-order mark (Excel reads Chinese correctly only with it), one header row and
 * no comment lines. A text cell that starts with = + - @, a tab or a carriage return gets a
 * leading single quote, so a spreadsheet shows it as text instead of running it as a
 * formula (CSV injection). Numbers are written as numbers: a number is never a formula,
 * and a quote would spoil negative values.
 */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
