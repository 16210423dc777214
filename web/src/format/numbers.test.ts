import { describe, expect, it } from 'vitest';
import { formatPct, formatValue, formatWan } from './numbers.ts';

const yi = { id: '100m-cny', symbol: '亿元', name: { zh: '亿元', en: '100 million yuan' } };
const pct = { id: 'percent', symbol: '%', name: { zh: '百分比', en: 'percent' } };

describe('numbers for each language', () => {
  it('keeps 亿元 in Chinese and turns it into billions in English', () => {
    expect(formatValue(10000, yi, 'zh')).toBe('10,000 亿元');
    expect(formatValue(10000, yi, 'en')).toBe('CNY 1,000 bn');
    expect(formatValue(3000.456, yi, 'zh')).toBe('3,000.46 亿元');
  });
  it('writes percentages and missing values', () => {
    expect(formatValue(20, pct, 'en')).toBe('20%');
    expect(formatValue(null, pct, 'zh')).toBe('—');
    expect(formatPct(Number.NaN, 'zh')).toBe('—');
  });
  it('words enterprise money in 万元, 亿元 when large', () => {
    expect(formatWan(2500, 'zh')).toBe('2,500 万元');
    expect(formatWan(25000, 'zh')).toBe('2.5 亿元');
    expect(formatWan(25000, 'en')).toBe('CNY 250 m');
  });
});
