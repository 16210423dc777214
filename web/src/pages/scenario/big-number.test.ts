import { describe, expect, it } from 'vitest';
import { formatBigValue } from './big-number.ts';

const yi = { id: '100m-cny', symbol: '亿元', name: { zh: '亿元', en: '100 million yuan' } };
const pct = { id: 'percent', symbol: '%', name: { zh: '百分比', en: 'percent' } };

describe('headline amounts', () => {
  it('reads the 1 万亿元 target as the plan states it', () => {
    expect(formatBigValue(10_000, yi, 'zh')).toBe('1 万亿元');
    expect(formatBigValue(10_002.36, yi, 'zh')).toBe('1 万亿元');
    expect(formatBigValue(10_002.36, yi, 'zh', 4)).toBe('1.0002 万亿元');
    expect(formatBigValue(10_000, yi, 'en')).toBe('CNY 1 tn');
  });
  it('keeps smaller amounts and other units as formatValue gives them', () => {
    expect(formatBigValue(8_272.55, yi, 'zh')).toBe('8,272.55 亿元');
    expect(formatBigValue(8_272.4, yi, 'en')).toBe('CNY 827.24 bn');
    expect(formatBigValue(22.71, pct, 'zh')).toBe('22.71%');
    expect(formatBigValue(null, yi, 'zh')).toBe('—');
  });
});
