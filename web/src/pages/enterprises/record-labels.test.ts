import { describe, expect, it } from 'vitest';
import { annualRows, sizeClassName, valueLabels } from './record-labels.ts';

describe('registry labels', () => {
  it('names size classes', () => {
    expect(sizeClassName('medium')).toEqual({ zh: '中型', en: 'medium' });
    expect(sizeClassName(null)).toBeNull();
  });

  it('lists every annual field in the template’s order with its unit', () => {
    expect(annualRows[0]).toMatchObject({ field: 'revenue', unit: '10k-cny', label: { zh: '营业收入' } });
    expect(annualRows.map((r) => r.field)).toContain('nicheMarketSharePct');
    expect(annualRows.find((r) => r.field === 'strategicEmerging')?.unit).toBe('yes-no');
    expect(annualRows.length).toBe(18);
  });

  it('merges value labels, later maps winning', () => {
    const labels = valueLabels(new Map([['own', { zh: '自建或区县级', en: 'own or county level' }]]));
    expect(labels.get('small')).toEqual({ zh: '小型', en: 'small' });
    expect(labels.get('own')?.zh).toBe('自建或区县级');
  });
});
