/** Properties of the cell parsers: valid values round-trip in every accepted form; junk never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCell } from '../../src/ingest/cell-value.ts';
import { parserFor } from '../../src/ingest/field-parser.ts';
import { parseDate, parseDateText } from '../../src/ingest/parse-date.ts';
import { parseNumber, parseNumberText } from '../../src/ingest/parse-number.ts';
import { parsePeriod, parsePeriodText, parseYear } from '../../src/ingest/parse-period.ts';
import { recordKinds } from '../../src/records/record-kinds.ts';
import { context } from './support.ts';

const fullWidth = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad = (n: number) => String(n).padStart(2, '0');

describe('parser properties', () => {
  it('numbers round-trip: plain, grouped by thousands, full-width, spaced, as percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 9999 }), (whole, fraction) => {
        const expected = Number(`${whole}.${fraction}`);
        const grouped = `${whole < 0 ? '-' : ''}${Math.abs(whole).toLocaleString('en-US')}.${fraction}`;
        expect(parseNumberText(`${whole}.${fraction}`)).toBe(expected);
        expect(parseNumberText(grouped)).toBe(expected);
        expect(parseNumberText(` ${fullWidth(grouped)} `)).toBe(expected);
        expect(parseNumberText(`${grouped}%`, { percent: true })).toBe(expected);
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumberText(String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('dates round-trip in every accepted form', () => {
    const day = fc.date({ min: new Date(Date.UTC(1927, 5, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(day, (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        for (const form of [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}${pad(m)}${pad(d)}`, `${iso} 12:00:00`]) {
          expect(parseDateText(form), form).toBe(iso);
        }
        expect(parseDate({ type: 'date', date })).toEqual({ ok: true, value: iso });
        const serial = Math.floor((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
        expect(parseDate({ type: 'number', value: serial })).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('impossible days are refused, not rolled over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (y, m, d) => {
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
        expect(parseDateText(`${y}-${pad(m)}-${pad(d)}`) !== null).toBe(real);
      }),
    );
  });

  it('years and quarters round-trip in every accepted form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        for (const form of [`${year}`, `${year}年`, `${year}年度`]) expect(parsePeriodText(form)).toBe(String(year));
        for (const form of [`${year}Q${quarter}`, `${year}-q${quarter}`, `${year}年第${quarter}季度`, `${year}年${'一二三四'[quarter - 1]}季度`]) {
          expect(parsePeriodText(form), form).toBe(`${year}Q${quarter}`);
        }
        expect(parseYear({ type: 'number', value: year })).toEqual({ ok: true, value: year });
        expect(parsePeriod({ type: 'number', value: year })).toEqual({ ok: true, value: String(year) });
      }),
    );
  });

  it('junk never throws: every parser returns a value or a failure', () => {
    const parsers = recordKinds.flatMap((kind) => kind.fields.map((field) => parserFor(field, context)));
    const junk = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.anything(), fc.double(), fc.date());
    fc.assert(
      fc.property(junk, (raw) => {
        const cell = toCell(raw);
        if (typeof raw === 'string') {
          expect(() => parseNumberText(raw, { percent: true, units: ['万元'] })).not.toThrow();
          expect(() => parseDateText(raw)).not.toThrow();
          expect(() => parsePeriodText(raw)).not.toThrow();
        }
        expect(parseNumber(cell).ok === true || parseNumber(cell).ok === false).toBe(true);
        for (const parser of parsers) {
          const parsed = parser.parse(cell);
          expect(typeof parsed.ok).toBe('boolean');
        }
      }),
      { numRuns: 300 },
    );
  });
});
