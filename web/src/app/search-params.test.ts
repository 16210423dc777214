import { describe, expect, it } from 'vitest';
import { oneOf, positiveInt, setParam } from './search-params.ts';

describe('view state in the address', () => {
  it('reads only an allowed value', () => {
    const tabs = ['table', 'funnel'] as const;
    expect(oneOf(tabs, 'funnel')).toBe('funnel');
    for (const bad of [null, '', 'Funnel', 'board']) expect(oneOf(tabs, bad)).toBeUndefined();
  });
  it('reads a whole number above zero', () => {
    expect(positiveInt('3')).toBe(3);
    for (const bad of [null, '', '0', '-2', '2.5', 'x']) expect(positiveInt(bad)).toBeUndefined();
  });
  it('leaves no trace of a missing, empty or default value', () => {
    const params = new URLSearchParams();
    setParam(params, 'q', undefined);
    setParam(params, 'region', '');
    setParam(params, 'page', 1, 1);
    setParam(params, 'view', 'table', 'table');
    setParam(params, 'pageSize', 50, 20);
    setParam(params, 'column', 0);
    expect(params.toString()).toBe('pageSize=50&column=0');
  });
});
