import { describe, expect, it } from 'vitest';
import { annualCell, rdShare, wanAxis } from './annual-format.ts';

describe('annual figures in cells', () => {
  it('formats by unit and language', () => {
    expect(annualCell(7781.37, '10k-cny', 'zh')).toBe('7,781.4 万元');
    expect(annualCell(15124.73, '10k-cny', 'zh')).toBe('1.51 亿元');
    expect(annualCell(7781.37, '10k-cny', 'en')).toBe('CNY 77.81 m');
    expect(annualCell(333, 'persons', 'zh')).toBe('333 人');
    expect(annualCell(5, 'items', 'en')).toBe('5');
    expect(annualCell(12.345, 'percent', 'en')).toBe('12.35%');
    expect(annualCell(true, 'yes-no', 'zh')).toBe('是');
    expect(annualCell(null, '10k-cny', 'zh')).toBe('—');
  });

  it('gives chart values and the R&D share', () => {
    expect(wanAxis(7781.37, 'en')).toBe(77.81);
    expect(wanAxis(7781.37, 'zh')).toBe(7781.37);
    expect(rdShare(509.6, 7781.37)).toBe(6.5);
    expect(rdShare(1, 0)).toBeNull();
  });
});
