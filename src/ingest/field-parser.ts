/**
 * One parser per field, chosen from the field's type and built once per import: how to read
 * a non-empty cell, the issue code when that fails, and what was expected (for the message).
 */
import type { Text } from '../plan/schema.ts';
import type { FieldSpec } from '../records/field-spec.ts';
import { isoDate, type Cell } from './cell-value.ts';
import type { ImportContext } from './import-context.ts';
import { parseBoolean } from './parse-boolean.ts';
import { parseCreditCode } from './parse-credit-code.ts';
import { parseDate } from './parse-date.ts';
import { parseNumber } from './parse-number.ts';
import { parsePeriod, parseYear } from './parse-period.ts';
import { fail, ok, type Parsed } from './parsed.ts';
import { enumParser, listParser, referenceParser } from './reference-parsers.ts';

export interface FieldParser<T> {
  code: string;
  expected: Text;
  parse(cell: Cell): Parsed<T>;
}

const MAX_TEXT = 2000;

export function parserFor(spec: FieldSpec, context: ImportContext): FieldParser<unknown> {
  switch (spec.type) {
    case 'string':
      return textParser;
    case 'integer':
    case 'number':
      return numberParser(spec);
    case 'boolean':
      return { code: 'not_a_boolean', expected: { zh: '“是”或“否”', en: 'yes or no (是/否, Y/N, true/false, 1/0)' }, parse: parseBoolean };
    case 'date':
      return { code: 'not_a_date', expected: { zh: '日期，如2027-03-15', en: 'a date such as 2027-03-15' }, parse: parseDate };
    case 'year':
      return { code: 'not_a_year', expected: { zh: '四位数年份，如2027', en: 'a four-digit year such as 2027' }, parse: parseYear };
    case 'period':
      return {
        code: 'not_a_period',
        expected: { zh: '四位数年份（如2027）或季度（如2027Q3）', en: 'a four-digit year such as 2027, or a quarter such as 2027Q3' },
        parse: parsePeriod,
      };
    case 'credit-code':
      return { code: 'invalid_credit_code', expected: { zh: '18位统一社会信用代码', en: 'an 18-character unified social credit code' }, parse: parseCreditCode };
    case 'region':
    case 'park':
    case 'series':
    case 'project':
      return referenceParser(spec, context);
    case 'cluster-list':
    case 'segment-list':
      return listParser(spec, context);
    case 'enum':
      return enumParser(spec);
  }
}

/** Text as written; numbers and dates an Excel cell holds are turned back into text. */
const textParser: FieldParser<string> = {
  code: 'text_too_long',
  expected: { zh: `不超过${MAX_TEXT}字的文本`, en: `text of at most ${MAX_TEXT} characters` },
  parse(cell: Cell): Parsed<string> {
    switch (cell.type) {
      case 'text':
        return cell.text.length <= MAX_TEXT ? ok(cell.text) : fail();
      case 'number':
        return Number.isSafeInteger(cell.value) || !Number.isInteger(cell.value)
          ? ok(String(cell.value))
          : fail({ zh: '数字过长，已丢失精度；请将该列设为文本格式后重新填写', en: 'the number is too long and has lost digits; format the column as text and enter it again' });
      case 'date':
        return ok(isoDate(cell.date));
      case 'boolean':
        return ok(cell.value ? '是' : '否');
      default:
        return fail();
    }
  },
};

export interface NumberRules {
  integer: boolean;
  min?: number;
  max?: number;
  unit?: Text;
}

/** 不小于0的整数（单位：人） / a whole number ≥ 0 (persons). */
export function numberExpected(rules: NumberRules): Text {
  const noun = rules.integer ? { zh: '整数', en: 'a whole number' } : { zh: '数字', en: 'a number' };
  // 10,000,000,000 rather than 10000000000: a bound must be readable at a glance (years stay 1900).
  const [min, max] = [rules.min, rules.max].map((n) => (n !== undefined && Math.abs(n) >= 10_000 ? n.toLocaleString('en-US') : n));
  const range =
    min !== undefined && max !== undefined
      ? { zh: `${min}到${max}之间的${noun.zh}`, en: `${noun.en} from ${min} to ${max}` }
      : min !== undefined
        ? { zh: `不小于${min}的${noun.zh}`, en: `${noun.en} ≥ ${min}` }
        : max !== undefined
          ? { zh: `不大于${max}的${noun.zh}`, en: `${noun.en} ≤ ${max}` }
          : noun;
  return rules.unit ? { zh: `${range.zh}（单位：${rules.unit.zh}）`, en: `${range.en} (${rules.unit.en})` } : range;
}

export function numberParserFor(rules: NumberRules, code = 'not_a_number'): FieldParser<number> {
  const percent = rules.unit?.zh === '%';
  const options = { percent, units: rules.unit && !percent ? [rules.unit.zh] : [] };
  return {
    code,
    expected: numberExpected(rules),
    parse(cell) {
      const parsed = parseNumber(cell, options);
      if (!parsed.ok) {
        const percentSign = !percent && cell.type === 'text' && /[%％]$/.test(cell.text);
        return percentSign ? fail({ zh: '此处不是百分比', en: 'not a percentage' }) : parsed;
      }
      const v = parsed.value;
      if (rules.integer && !Number.isInteger(v)) return fail(undefined, 'not_whole');
      if ((rules.min !== undefined && v < rules.min) || (rules.max !== undefined && v > rules.max)) return fail(undefined, 'out_of_range');
      return parsed;
    },
  };
}

function numberParser(spec: FieldSpec): FieldParser<number> {
  return numberParserFor({
    integer: spec.type === 'integer',
    ...(spec.min === undefined ? {} : { min: spec.min }),
    ...(spec.max === undefined ? {} : { max: spec.max }),
    ...(spec.unit ? { unit: spec.unit } : {}),
  });
}
