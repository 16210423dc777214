import { describe, expect, it } from 'vitest';
import type { PlanPole, PlanRegion } from '../../api/types.ts';
import { mapLayout, poleLines, type RegionValue } from './map-data.ts';
import { FRAME_NAME, frameFeature, mapOption, outlineCoordinates, outlineFeatures, type MapWords } from './map-option.ts';

const source = { ref: 'x', quote: 'x' };
const region = (code: string, lng: number, lat: number): PlanRegion => ({ code, name: { zh: code, en: code }, kind: 'county', lng, lat, coordinatesSource: source, source });
const regions = [region('460100', 110.3, 20.0), region('469023', 110.0, 19.7), region('460300', 111.7, 16.5)];
const poles = [{ id: 'haikou', name: { zh: '海口', en: 'Haikou pole' }, role: { zh: '…', en: '…' }, core: ['460100'], coreParks: [], radiates: ['469023'], clusters: [], source }] satisfies PlanPole[];
const value = (r: PlanRegion, v: number | null, core = false): RegionValue => ({ region: r, value: v, year: 2027, baseline: false, status: null, pole: core ? { pole: poles[0]!, role: 'core' } : null, parks: [], rank: null });
const words: MapWords = {
  regionName: (v) => v.region.code,
  poleName: (l) => l.pole.name.zh,
  regionTooltip: (v) => [v.region.code, '<x>'],
  lineTooltip: () => 'line',
  format: (v) => `${v} 亿元`,
  noData: '无数据',
  inset: '南海',
};

describe('the map option', () => {
  const layout = mapLayout(regions, [], new Set());
  const option = mapOption({ mapName: 'm', layout, values: [value(regions[0]!, 50, true), value(regions[1]!, 10), value(regions[2]!, null)], lines: poleLines(poles, regions), poleIds: ['haikou'], outlines: false }, words);
  const series = option.series as { type: string; name?: string; data: { value?: number[]; coords?: number[][]; tip?: string }[] }[];

  it('draws the poles’ lines, the regions with values, those without, the cores and the inset', () => {
    expect(series.map((s) => `${s.type}:${s.name ?? ''}`)).toEqual(['lines:海口', 'scatter:regions', 'scatter:无数据', 'scatter:cores', 'lines:', 'scatter:']);
    expect(series[1]!.data.map((d) => d.value)).toEqual([[110.3, 20.0, 50], [110.0, 19.7, 10]]);
    // 三沙 is in the inset, not at its true place.
    expect(series[2]!.data[0]!.value!.slice(0, 2)).toEqual(layout.positions.get('460300'));
    expect(series[0]!.data[0]!.coords).toEqual([[110.3, 20.0], [110.0, 19.7]]);
  });

  it('colours only the regions with a value, from their smallest to their largest', () => {
    expect(option.visualMap).toMatchObject({ seriesIndex: 1, dimension: 2, min: 10, max: 50, text: ['50 亿元', '10 亿元'] });
  });

  it('escapes tooltips and hides the frame', () => {
    expect(series[1]!.data[0]!.tip).toBe('<b>460100</b><br/>&lt;x&gt;');
    expect((option.geo as { regions: { name: string }[] }).regions[0]!.name).toBe(FRAME_NAME);
  });

  it('turns uploaded outlines into features named by region code', () => {
    const features = outlineFeatures({ features: [{ properties: { code: '460100' }, geometry: { type: 'Polygon', coordinates: [[[110, 19.9], [110.5, 19.9], [110.5, 20.2], [110, 19.9]]] } }] });
    expect(features[0]!.properties.name).toBe('460100');
    expect(outlineCoordinates(features)).toHaveLength(4);
    expect(outlineCoordinates([{ type: 'Feature', properties: { name: 'x' }, geometry: { type: 'MultiPolygon', coordinates: [[[[1, 2], [3, 4]]], [[[5, 6]]]] } }])).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(frameFeature({ west: 1, east: 2, south: 3, north: 4 }).geometry.coordinates).toEqual([[[1, 3], [2, 3], [2, 4], [1, 4], [1, 3]]]);
  });
});
