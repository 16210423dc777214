import { describe, expect, it } from 'vitest';
import { unitOf } from './units.ts';

const yuan = { id: '100m-cny', symbol: '亿元', name: { zh: '亿元', en: '100 million yuan' } };
const pct = { id: 'percent', symbol: '%', name: { zh: '百分比', en: 'percent' } };

describe('units by id', () => {
  it('finds a unit by id', () => {
    expect(unitOf([yuan, pct], 'percent')).toBe(pct);
    expect(unitOf(undefined, 'percent')).toBeUndefined();
  });
  it('has none for a value without a unit', () => {
    expect(unitOf([yuan, pct], null)).toBeUndefined();
    expect(unitOf([yuan, pct], undefined)).toBeUndefined();
  });
});
