import { describe, expect, it } from 'vitest';
import { formatInvestment, formatInvestmentPair, investmentAxisValue } from './format-investment.ts';

describe('project investment in words', () => {
  it('uses 亿元 in Chinese and CNY millions in English', () => {
    expect(formatInvestment(0.18, 'zh')).toBe('0.18 亿元');
    expect(formatInvestment(6.36, 'en')).toBe('CNY 636 m');
    expect(formatInvestment(1234.5, 'zh')).toBe('1,234.5 亿元');
    expect(formatInvestment(null, 'en')).toBe('—');
    expect(investmentAxisValue(0.123, 'en')).toBe(12.3);
    expect(investmentAxisValue(0.123, 'zh')).toBe(0.123);
    expect(formatInvestmentPair(0.18, 0.9, 'zh')).toBe('0.18 / 0.9 亿元');
    expect(formatInvestmentPair(0.18, null, 'en')).toBe('CNY 18 / — m');
  });
});
