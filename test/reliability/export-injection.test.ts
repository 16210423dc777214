/**
 * Formula injection in exported CSV (OWASP "CSV injection"): whatever text is stored, no
 * exported text cell begins with = + - @ or a tab or carriage return once a spreadsheet has
 * parsed the CSV, and nothing else about the text changes — parsing the CSV back gives the
 * text with at most one leading quote added. Numbers stay numbers (a quote would spoil
 * negative values, and a number is never a formula).
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '../../src/server/commands/public-csv.ts';
import { EVIL_TEXT, fuzz, TIMEOUT } from './fuzz-config.ts';

const DANGEROUS = /^[=+\-@\t\r]/;
const text = fc.oneof(
  fc.constantFrom(...EVIL_TEXT),
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\r\n', '"', ','), fc.string({ maxLength: 20 })).map(([a, b]) => a + b),
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof({ weight: 4, arbitrary: text }, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));

describe('CSV export (toCsv): no formula injection', () => {
  it('every text cell parses back as itself, with a leading quote exactly when it would start a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const csv = toCsv(['a', 'b', 'c'], rows);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const parsed = parse(csv.slice(1), { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
        expect(parsed.length).toBe(rows.length + 1);
        rows.forEach((row, r) =>
          row.forEach((value, c) => {
            const out = parsed[r + 1]![c]!;
            if (typeof value === 'string') {
              expect(DANGEROUS.test(out), JSON.stringify(out)).toBe(false);
              expect(out).toBe(DANGEROUS.test(value) ? `'${value}` : value);
            } else if (typeof value === 'number') expect(Number(out)).toBe(value === 0 ? 0 : value);
            else if (value === null) expect(out).toBe('');
          }),
        );
      }),
      fuzz(500, 20_000),
    );
  }, TIMEOUT);
});
