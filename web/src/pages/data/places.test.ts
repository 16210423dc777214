import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types.ts';
import { describeKey } from './import-keys.ts';
import { parsePlaceKey, placeKey, placeLabel, writablePlaces } from './places.ts';
import { hainan } from './test-plan.ts';

const officer = (scope: Partial<User>) => ({ id: 1, username: 'x', displayName: 'x', regions: [], parkId: null, creditCode: null, ...scope }) as User;

describe('places', () => {
  it('are the province, each region and the parks inside it', async () => {
    const { data } = await hainan();
    expect(data.places[0]).toMatchObject({ key: '460000', province: true });
    const haikou = data.places.filter((p) => p.regionCode === '460100').map((p) => p.key);
    expect(haikou).toEqual(['460100', '460100/hainan-hong-kong-cooperation-zone']);
    expect(data.places.some((p) => p.key === '460400/yangpu')).toBe(true);
  });

  it('an officer writes its regions and their parks, a park officer its park', async () => {
    const { data } = await hainan();
    expect(writablePlaces(officer({ role: 'region-officer', regions: ['460100'] }), data.places).map((p) => p.key)).toEqual(['460100', '460100/hainan-hong-kong-cooperation-zone']);
    expect(writablePlaces(officer({ role: 'park-officer', parkId: 'yangpu' }), data.places).map((p) => p.key)).toEqual(['460400/yangpu']);
    expect(writablePlaces(officer({ role: 'province-analyst' }), data.places)).toEqual([]);
  });

  it('keys and labels', async () => {
    const { data } = await hainan();
    expect(placeKey('460400', 'yangpu')).toBe('460400/yangpu');
    expect(parsePlaceKey('460400/yangpu')).toEqual({ regionCode: '460400', parkId: 'yangpu' });
    expect(parsePlaceKey('460100')).toEqual({ regionCode: '460100', parkId: null });
    expect(parsePlaceKey('nonsense')).toBeNull();
    expect(placeLabel({ regionCode: '460400', parkId: 'yangpu' }, data.names, (t) => t.zh)).toBe('儋州市 · 洋浦经济开发区');
  });

  it('an import’s record keys are named in words', async () => {
    const { data } = await hainan();
    expect(describeKey('hainan-hitech-2026-2030|hitech-revenue|460100||2030|actual', data, data.id, (t) => t.zh)).toBe('高新技术产业营收 · 海口市 · 2030 · 实际值');
    expect(describeKey('91460100MA5T00001X|2027', data, data.id, (t) => t.en)).toBe('91460100MA5T00001X · 2027');
  });
});
