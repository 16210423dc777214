/**
 * Numbers as people type them in Chinese spreadsheets: `1,234.5`, full-width `１２３４．５`,
 * surrounding spaces, a trailing `%` where the field is a percentage, and the field's own
 * unit written after the number (`1234万元` in a 万元 column). Nothing else: `一百万`,
 * `1.5亿` in a 万元 column or a European `1234,5` are refused rather than guessed.
 */
import type { Cell } from './cell-value.ts';
import { fail, ok, type Parsed } from './parsed.ts';

export interface NumberOptions {
  /** Accept a trailing % (the field is a percentage). */
  percent?: boolean;
  /** Unit symbols that may follow the number (`万元`, `亿元`, `人`). */
  units?: readonly string[];
}

const NUMBER = /^[+-]?(?:(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d{1,3})?$/i;

export function parseNumberText(text: string, options: NumberOptions = {}): number | null {
  let t = text.normalize('NFKC').replace(/\s+/g, '').replace(/[\u2212\u2012\u2013]/g, '-');
  for (const unit of options.units ?? []) {
    const u = unit.normalize('NFKC');
    if (u !== '' && t.length > u.length && t.endsWith(u)) {
      t = t.slice(0, -u.length);
      break;
    }
  }
  if (options.percent && t.length > 1 && t.endsWith('%')) t = t.slice(0, -1);
  if (!NUMBER.test(t)) return null;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

export function parseNumber(cell: Cell, options: NumberOptions = {}): Parsed<number> {
  if (cell.type === 'number') return Number.isFinite(cell.value) ? ok(cell.value) : fail();
  if (cell.type !== 'text') return fail();
  const value = parseNumberText(cell.text, options);
  return value === null ? fail() : ok(value);
}
