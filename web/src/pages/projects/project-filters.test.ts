import { describe, expect, it } from 'vitest';
import { apiQueryOf, filtersFromParams, hasFilters, matchesSearch, paramsOf, viewFromParams } from './project-filters.ts';

describe('project filters in the URL', () => {
  it('reads what it knows and ignores the rest', () => {
    const params = new URLSearchParams('column=3&cluster=biomedicine&region=460100&stage=construction&delayed=1&q=%20海口%20&view=board&x=1');
    expect(filtersFromParams(params)).toEqual({ column: 3, cluster: 'biomedicine', region: '460100', stage: 'construction', delayed: true, q: ' 海口 ' });
    expect(viewFromParams(params)).toBe('board');
    expect(filtersFromParams(new URLSearchParams('column=abc&stage=finished&delayed=0'))).toEqual({
      column: undefined, cluster: undefined, region: undefined, stage: undefined, delayed: undefined, q: undefined,
    });
    expect(viewFromParams(new URLSearchParams('view=pie'))).toBe('table');
  });

  it('writes only the filters set, and reads back what it wrote', () => {
    const filters = { column: 13, stage: 'operating' as const, delayed: true };
    const params = paramsOf(filters, 'timeline');
    expect(params.toString()).toBe('view=timeline&column=13&stage=operating&delayed=1');
    expect(filtersFromParams(params)).toMatchObject(filters);
    expect(paramsOf({}, 'table').toString()).toBe('');
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: 'x' })).toBe(true);
  });

  it('passes the API only its own filters, "delayed" as the string it expects', () => {
    expect(apiQueryOf({ column: 2, q: 'gas', delayed: true })).toEqual({ column: 2, cluster: undefined, region: undefined, stage: undefined, delayed: 'true' });
  });

  it('matches every word of the search in names, heading, id or quote', () => {
    const project = { id: 'haikou-drinking-water-base', name: { zh: '海口饮用水生产基地', en: 'Haikou drinking water production base' }, heading: '食品新赛道', source: { quote: '海口饮用水' } };
    expect(matchesSearch(project, undefined)).toBe(true);
    expect(matchesSearch(project, '海口 新赛道')).toBe(true);
    expect(matchesSearch(project, 'DRINKING base')).toBe(true);
    expect(matchesSearch(project, '三亚')).toBe(false);
  });
});
