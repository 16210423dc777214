import { describe, expect, it } from 'vitest';
import { barPercent, signedPct, targetText } from './indicator-format.ts';

const yuan = { id: '100m-cny', symbol: '亿元', name: { zh: '亿元', en: '100 million yuan' } };
const pct = { id: 'percent', symbol: '%', name: { zh: '百分比', en: 'percent' } };

describe('indicator wording', () => {
  it('words a target with the plan’s qualifier', () => {
    expect(targetText(10000, 'at_least', yuan, 'zh')).toBe('10,000 亿元以上');
    expect(targetText(10000, 'at_least', yuan, 'en')).toBe('at least CNY 1,000 bn');
    expect(targetText(20, 'approximately', pct, 'zh')).toBe('20%左右');
    expect(targetText(90, 'reach', undefined, 'zh')).toBe('达到90');
    expect(targetText(0.5, 'at_most', undefined, 'en')).toBe('at most 0.5');
    expect(targetText(null, 'assigned', pct, 'zh')).toBe('完成国家下达目标');
  });
  it('signs percentages and clamps bars', () => {
    expect(signedPct(0.1, 'zh')).toBe('+0.1%');
    expect(signedPct(-3.14, 'en', 2)).toBe('−3.14%');
    expect(signedPct(0.01, 'en')).toBe('0%');
    expect(signedPct(null, 'en')).toBe('—');
    expect(barPercent(-27)).toBe(0);
    expect(barPercent(140)).toBe(100);
    expect(barPercent(54.4)).toBe(54.4);
  });
});
