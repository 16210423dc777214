import { describe, expect, it } from 'vitest';
import { funnelStateOf, paramsOf, searchQueryOf, tabOf, tableStateOf } from './enterprise-params.ts';

describe('the enterprise views in the URL', () => {
  it('reads the table’s state, defaults for what is missing or wrong', () => {
    const p = new URLSearchParams('q=信腾&region=460100&tier=srdi-sme&page=3&pageSize=50');
    expect(tabOf(p)).toBe('table');
    expect(tableStateOf(p)).toEqual({ q: '信腾', region: '460100', park: undefined, cluster: undefined, tier: 'srdi-sme', page: 3, pageSize: 50 });
    expect(tableStateOf(new URLSearchParams('park=yangpu')).park).toBe('yangpu');
    expect(tableStateOf(new URLSearchParams('tier=gold&page=-1&pageSize=7'))).toMatchObject({ tier: undefined, page: 1, pageSize: 20 });
  });

  it('reads the funnel’s state', () => {
    const p = new URLSearchParams('tab=funnel&year=2028&by=cluster&ftier=little-giant&list=near-miss&area=bci&lpage=2');
    expect(tabOf(p)).toBe('funnel');
    expect(funnelStateOf(p)).toEqual({ year: 2028, by: 'cluster', tier: 'little-giant', category: 'near-miss', area: 'bci', page: 2 });
    expect(funnelStateOf(new URLSearchParams('ftier=above-size&year=28'))).toMatchObject({ year: undefined, by: 'region', tier: 'srdi-sme', category: 'candidate' });
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(paramsOf('table', { q: 'x', page: 1, pageSize: 20 }).toString()).toBe('q=x');
    const funnel = { year: 2027, by: 'cluster' as const, tier: 'hte' as const, category: 'near-miss' as const, area: '460100', page: 1 };
    const written = paramsOf('funnel', funnel);
    expect(written.toString()).toBe('tab=funnel&year=2027&by=cluster&ftier=hte&list=near-miss&area=460100');
    expect(funnelStateOf(written)).toEqual(funnel);
    expect(paramsOf('policies', { year: 2026 }).toString()).toBe('tab=policies&year=2026');
  });

  it('asks the API with a trimmed search', () => {
    expect(searchQueryOf({ q: '  ', page: 2, pageSize: 50 })).toEqual({ q: undefined, region: undefined, park: undefined, cluster: undefined, tier: undefined, page: 2, pageSize: 50, at: undefined });
  });
});
