/** Parsing cells: numbers, dates, years and periods, yes/no, credit codes, Excel cell values, headers. */
import { describe, expect, it } from 'vitest';
import { toCell, type Cell } from '../../src/ingest/cell-value.ts';
import { headerKey } from '../../src/ingest/name-key.ts';
import { parseBoolean } from '../../src/ingest/parse-boolean.ts';
import { parseCreditCode } from '../../src/ingest/parse-credit-code.ts';
import { parseDate, parseDateText } from '../../src/ingest/parse-date.ts';
import { parseNumberText } from '../../src/ingest/parse-number.ts';
import { parsePeriodText, parseYearText } from '../../src/ingest/parse-period.ts';
import { creditCode } from './support.ts';

const text = (t: string): Cell => ({ type: 'text', text: t });

describe('numbers', () => {
  it.each([
    ['1234.5', {}, 1234.5],
    [' 1,234.5 ', {}, 1234.5],
    ['１，２３４．５', {}, 1234.5],
    ['-12', {}, -12],
    ['+0.5', {}, 0.5],
    ['.5', {}, 0.5],
    ['1.5e3', {}, 1500],
    ['12.5%', { percent: true }, 12.5],
    ['12.5％', { percent: true }, 12.5],
    ['1234万元', { units: ['万元'] }, 1234],
  ] as const)('%j (%j) → %d', (input, options, expected) => {
    expect(parseNumberText(input, options)).toBe(expected);
  });

  it.each([['一百万'], ['12.5%'], ['1.5亿'], ['1234,5'], ['12,34'], ['1 2 3 4x'], ['=1+1'], ['@SUM(A1)'], ['-'], [''], ['1e999'], ['0x10'], ['Infinity'], ['1234元']])('%j is not a number', (input) => {
    expect(parseNumberText(input, { units: ['万元'] })).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2027-03-15', '2027-03-15'],
    ['2027/3/5', '2027-03-05'],
    ['2027.3.5', '2027-03-05'],
    ['2027年3月5日', '2027-03-05'],
    ['2027年3月5', '2027-03-05'],
    ['20270315', '2027-03-15'],
    ['2027-03-15 08:30:00', '2027-03-15'],
    ['2027-03-15T23:59:59+08:00', '2027-03-15'],
    ['２０２７－０３－１５', '2027-03-15'],
    ['2024-02-29', '2024-02-29'],
    ['46096', '2026-03-15'],
  ])('%j → %s', (input, expected) => {
    expect(parseDateText(input)).toBe(expected);
  });

  it.each([['2027-02-30'], ['2023-02-29'], ['2027-13-01'], ['2027-00-10'], ['2027/3-5'], ['27-03-15'], ['1899-12-31'], ['2101-01-01'], ['03/15/2027'], ['2027'], ['下周一']])('%j is refused', (input) => {
    expect(parseDateText(input)).toBeNull();
  });

  it('Excel Date cells are zoneless: their UTC fields are the day; serials and YYYYMMDD numbers are dates too', () => {
    expect(parseDate({ type: 'date', date: new Date(Date.UTC(2027, 2, 15)) })).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseDate({ type: 'date', date: new Date(Date.UTC(2027, 2, 15, 23, 59)) })).toEqual({ ok: true, value: '2027-03-15' });
    expect(parseDate({ type: 'number', value: 46096 })).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseDate({ type: 'number', value: 20270315 })).toEqual({ ok: true, value: '2027-03-15' });
    // A year typed into a date column is not a serial for 1905.
    expect(parseDate({ type: 'number', value: 2027 }).ok).toBe(false);
  });
});

describe('years and periods', () => {
  it.each([
    ['2027', '2027'],
    ['2027年', '2027'],
    ['2027年度', '2027'],
    ['2027Q3', '2027Q3'],
    ['2027q3', '2027Q3'],
    ['2027-Q3', '2027Q3'],
    ['2027 Q3', '2027Q3'],
    ['2027年Q3', '2027Q3'],
    ['2027年第3季度', '2027Q3'],
    ['2027年3季度', '2027Q3'],
    ['2027年第三季度', '2027Q3'],
    ['２０２７', '2027'],
  ])('period %j → %s', (input, expected) => {
    expect(parsePeriodText(input)).toBe(expected);
  });

  it.each([['27'], ['2027Q5'], ['2027Q0'], ['2027年第3'], ['2027-03'], ['1899'], ['2101'], ['二〇二七']])('period %j is refused', (input) => {
    expect(parsePeriodText(input)).toBeNull();
  });

  it('a year is a period without a quarter', () => {
    expect(parseYearText('2027年')).toBe(2027);
    expect(parseYearText('2027Q3')).toBeNull();
  });
});

describe('yes or no', () => {
  it.each([['是', true], ['否', false], ['Y', true], ['n', false], ['TRUE', true], ['false', false], ['1', true], ['0', false], ['√', true], ['×', false]] as const)('%j → %s', (input, expected) => {
    expect(parseBoolean(text(input))).toEqual({ ok: true, value: expected });
  });

  it('Excel booleans and 1/0 numbers; anything else is refused', () => {
    expect(parseBoolean({ type: 'boolean', value: true })).toEqual({ ok: true, value: true });
    expect(parseBoolean({ type: 'number', value: 0 })).toEqual({ ok: true, value: false });
    expect(parseBoolean({ type: 'number', value: 2 }).ok).toBe(false);
    expect(parseBoolean(text('也许')).ok).toBe(false);
  });
});

describe('credit codes', () => {
  const code = creditCode(42);
  it('valid codes, also full-width; each refusal says why', () => {
    expect(parseCreditCode(text(code))).toEqual({ ok: true, value: code });
    expect(parseCreditCode(text(code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))))).toEqual({ ok: true, value: code });
    const problem = (input: Cell) => {
      const parsed = parseCreditCode(input);
      return parsed.ok ? null : parsed.problem;
    };
    expect(problem(text(code.toLowerCase()))).toEqual({ zh: `字母应为大写，应填写“${code}”`, en: `letters must be upper case: ${code}` });
    expect(problem(text(code.slice(0, 17)))!.en).toBe('it has 17 characters, not 18');
    expect(problem(text(`${code.slice(0, 17)}O`))!.en).toContain('it contains "O"');
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(problem(text(wrong))!.zh).toContain(`第18位应为“${code[17]}”`);
    expect(problem({ type: 'number', value: Number('914601001234567890') })!.en).toContain('format the column as text');
  });
});

describe('Excel cell values', () => {
  it('rich text, formulas with and without results, hyperlinks, errors, dates, invisible spaces', () => {
    expect(toCell({ richText: [{ text: '海口' }, { text: '市' }] })).toEqual({ type: 'text', text: '海口市' });
    expect(toCell({ formula: 'A1*2', result: 42 })).toEqual({ type: 'number', value: 42 });
    expect(toCell({ sharedFormula: 'A1', result: '是' })).toEqual({ type: 'text', text: '是' });
    expect(toCell({ formula: 'A1*2' })).toEqual({ type: 'error', code: 'formula' });
    expect(toCell({ formula: '1/0', result: { error: '#DIV/0!' } })).toEqual({ type: 'error', code: '#DIV/0!' });
    expect(toCell({ text: '链接', hyperlink: 'https://example.org' })).toEqual({ type: 'text', text: '链接' });
    expect(toCell({ error: '#N/A' })).toEqual({ type: 'error', code: '#N/A' });
    expect(toCell(new Date('invalid')).type).toBe('error');
    expect(toCell('\u200b\u3000 海口市\u00a0\ufeff')).toEqual({ type: 'text', text: '海口市' });
    expect(toCell('   ')).toEqual({ type: 'empty' });
    expect(toCell(null)).toEqual({ type: 'empty' });
  });
});

describe('header keys', () => {
  it('units in brackets, full-width letters, spaces, case and required marks do not matter', () => {
    for (const header of ['营业收入（万元）', '营业收入(万元)', ' 营业收入 ', '*营业收入', '营业收入【万元】']) expect(headerKey(header)).toBe('营业收入');
    expect(headerKey('ＣＲＥＤＩＴ_code')).toBe('credit_code');
    expect(headerKey('Ⅱ类知识产权（件）')).toBe(headerKey('II类知识产权'));
    expect(headerKey('高新技术产品（服务）收入')).toBe('高新技术产品(服务)收入');
    expect(headerKey('（万元）')).toBe('(万元)');
  });
});
