import { describe, expect, it } from 'vitest';
import type { IndustryStructure, PlanPark, PlanPole, PlanRegion } from '../../api/types.ts';
import {
  aspectScale, frameOf, mapLayout, measureOptions, poleLines, poleOf, projectCounts, ranks, regionValues, shortPoleName, shortRegionName, symbolSize,
  type RegionalRow,
} from './map-data.ts';

const source = { ref: 'GB/T 2260', quote: '…' };
const region = (code: string, zh: string, lng: number, lat: number): PlanRegion => ({ code, name: { zh, en: zh }, kind: 'county', lng, lat, coordinatesSource: source, source });
const regions = [region('460100', '海口市', 110.3, 20.0), region('469023', '澄迈县', 110.0, 19.7), region('469030', '琼中县', 109.8, 19.0), region('460300', '三沙市', 111.7, 16.5)];
const poles = [{ id: 'haikou', name: { zh: '海口', en: 'Haikou pole' }, role: { zh: '…', en: '…' }, core: ['460100'], coreParks: [], radiates: ['469023'], clusters: [], source }] satisfies PlanPole[];
const parks = [{ id: 'p', name: { zh: '园', en: 'Park' }, kind: 'park', region: null, regions: ['460100', '469023'], clusters: [], source }] satisfies PlanPark[];
const row = (id: string, code: string, value: number | null, direction: 'increase' | 'decrease' = 'increase'): RegionalRow => ({
  id,
  name: { zh: id, en: id },
  unit: '100m-cny',
  region: code,
  direction,
  baseline: { year: 2025, value: 1 },
  latest: value === null ? null : { year: 2027, value },
  target: { year: 2030, value: 10 },
  completionPct: null,
  status: 'on_track',
  schedule: 'on_schedule',
});
const regional = [row('revenue', '460100', 50), row('revenue', '469023', 20), row('revenue', '469030', 20), row('energy', '460100', 3, 'decrease'), row('energy', '469023', 1, 'decrease')];
const structure = { year: 2027, at: '2027-12-31', enterprises: 7, demoEnterprises: 7, withRevenue: 7, revenue: 1, clusters: [], regions: [{ regionCode: '460100', enterprises: 5, withRevenue: 5, revenue: 1, certificates: [] }, { regionCode: '469030', enterprises: 2, withRevenue: 2, revenue: 1, certificates: [] }] } satisfies IndustryStructure;
const words = { enterprises: { zh: '企业数', en: 'Enterprises' }, projects: { zh: '项目数', en: 'Projects' } };

describe('the measures of the map', () => {
  it('offers each indicator observed by region once, then the counts', () => {
    expect(measureOptions(regional, words).map((o) => [o.key, o.group, o.direction])).toEqual([
      ['indicator:revenue', 'indicator', 'increase'],
      ['indicator:energy', 'indicator', 'decrease'],
      ['enterprises', 'registry', 'increase'],
      ['projects', 'registry', 'increase'],
    ]);
  });

  it('ranks values, equal ones alike, less-is-better ones upside down', () => {
    expect(ranks([50, 20, 20, null], 'increase')).toEqual([1, 2, 2, null]);
    expect(ranks([3, 1], 'decrease')).toEqual([2, 1]);
  });

  it('gives each region its value, rank, pole and parks', () => {
    const [revenue, energy, enterprises, projectsMeasure] = measureOptions(regional, words);
    const input = { regions, poles, parks, regional, structure, projects: [{ regions: ['469030'], parks: [] }, { regions: [], parks: ['p'] }] };
    expect(regionValues(revenue!, input).map((v) => [v.region.code, v.value, v.rank, v.pole?.role ?? null, v.parks.length])).toEqual([
      ['460100', 50, 1, 'core', 1],
      ['469023', 20, 2, 'radiated', 1],
      ['469030', 20, 2, null, 0],
      ['460300', null, null, null, 0],
    ]);
    expect(regionValues(energy!, input).map((v) => v.rank)).toEqual([2, 1, null, null]);
    expect(regionValues(enterprises!, input).map((v) => v.value)).toEqual([5, null, 2, null]);
    expect(regionValues(enterprises!, { ...input, structure: undefined }).map((v) => v.value)).toEqual([null, null, null, null]);
    expect(regionValues(projectsMeasure!, input).map((v) => v.value)).toEqual([1, 1, 1, 0]);
  });

  it('counts a project once in each of its regions, or of its parks’ regions', () => {
    expect([...projectCounts([{ regions: ['460100'], parks: ['p'] }, { regions: [], parks: ['p'] }], parks)]).toEqual([
      ['460100', 2],
      ['469023', 1],
    ]);
  });
});

describe('the poles', () => {
  it('knows the pole a region is the core of or is radiated by', () => {
    expect(poleOf('460100', poles)).toMatchObject({ role: 'core' });
    expect(poleOf('469023', poles)).toMatchObject({ role: 'radiated' });
    expect(poleOf('469030', poles)).toBeNull();
  });

  it('draws a line from the core to each radiated county', () => {
    expect(poleLines(poles, regions).map((l) => [l.from.code, l.to.code])).toEqual([['460100', '469023']]);
  });
});

describe('the map’s frame', () => {
  it('pads the extent of the points and outlines', () => {
    expect(frameOf([{ lng: 110, lat: 19 }, { lng: 111, lat: 20 }], [[109, 18.5]], 0.5)).toEqual({ west: 108.5, east: 111.5, south: 18, north: 20.5 });
  });

  it('puts a far-away region without an outline into an inset, and keeps it in place with one', () => {
    const layout = mapLayout(regions, [], new Set());
    expect(layout.inset?.codes).toEqual(['460300']);
    const [lng, lat] = layout.positions.get('460300')!;
    const box = layout.inset!.box;
    expect(lng).toBeGreaterThan(box.west);
    expect(lng).toBeLessThan(box.east);
    expect(lat).toBeGreaterThan(box.south);
    expect(lat).toBeLessThan(box.north);
    expect(box.south).toBeGreaterThan(layout.frame.south);
    expect(layout.positions.get('460100')).toEqual([110.3, 20.0]);
    const outlined = mapLayout(regions, [[111.6, 16.4]], new Set(['460300']));
    expect(outlined.inset).toBeNull();
    expect(outlined.positions.get('460300')).toEqual([111.7, 16.5]);
    expect(outlined.frame.south).toBeLessThan(16.4);
  });

  it('keeps the aspect of degrees at Hainan’s latitude', () => {
    expect(aspectScale({ west: 108, east: 112, south: 18, north: 20 })).toBeCloseTo(Math.cos((19 * Math.PI) / 180), 6);
  });

  it('grows a symbol’s area with its value', () => {
    expect(symbolSize(null, 100)).toBe(10);
    expect(symbolSize(0, 100)).toBe(10);
    expect(symbolSize(100, 100)).toBe(40);
    expect(symbolSize(25, 100)).toBe(25);
  });

  it('shortens names for labels', () => {
    expect(shortRegionName({ zh: '琼中黎族苗族自治县', en: 'Qiongzhong Li and Miao Autonomous County' })).toEqual({ zh: '琼中', en: 'Qiongzhong' });
    expect(shortRegionName({ zh: '海口市', en: 'Haikou' })).toEqual({ zh: '海口', en: 'Haikou' });
    expect(shortRegionName({ zh: '定安县', en: "Ding'an County" })).toEqual({ zh: '定安', en: "Ding'an" });
    expect(shortPoleName({ zh: '儋洋', en: 'Danzhou–Yangpu pole' })).toEqual({ zh: '儋洋', en: 'Danzhou–Yangpu' });
  });
});
