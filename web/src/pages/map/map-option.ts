/**
 * The ECharts option of the spatial layout: a geo frame in longitude and latitude (with the
 * uploaded outlines when there are any, else an invisible rectangle that only fixes the
 * extent and the aspect), the poles' lines from core to radiated counties, and a symbol per
 * region sized and coloured (visualMap) by the chosen measure and labelled with its name.
 */
import type { EChartsOption } from 'echarts';
import { escapeHtml, tooltipHtml } from '../../format/tooltip-html.ts';
import { aspectScale, symbolSize, type Frame, type MapLayout, type PoleLine, type RegionValue } from './map-data.ts';

export const FRAME_NAME = '__frame';
export const POLE_COLORS = ['#d4380d', '#08979c', '#7c3aed', '#d48806'];
const NO_DATA_COLOR = '#bfbfbf';

export interface GeoFeature {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface GeoCollection {
  type: 'FeatureCollection';
  features: GeoFeature[];
}

/** The invisible rectangle of the frame: it gives the geo component its extent. */
export function frameFeature(frame: Frame): GeoFeature {
  const { west, east, south, north } = frame;
  return {
    type: 'Feature',
    properties: { name: FRAME_NAME },
    geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
  };
}

/** Uploaded outlines as ECharts wants them: the region code as the feature's name (one string in every language). */
export function outlineFeatures(collection: { features: { properties: { code: string }; geometry: GeoFeature['geometry'] }[] }): GeoFeature[] {
  return collection.features.map((f) => ({ type: 'Feature', properties: { name: f.properties.code }, geometry: f.geometry }));
}

/** Every [lon, lat] of the outlines, for the frame. */
export function outlineCoordinates(features: readonly GeoFeature[]): [number, number][] {
  const out: [number, number][] = [];
  for (const f of features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) for (const c of ring) out.push([c[0]!, c[1]!]);
  }
  return out;
}

export interface MapWords {
  regionName: (v: RegionValue) => string;
  poleName: (line: PoleLine) => string;
  /** Tooltip lines of a region (plain text). */
  regionTooltip: (v: RegionValue) => string[];
  lineTooltip: (line: PoleLine) => string;
  /** A value with its unit, for the visual map's ends. */
  format: (value: number) => string;
  noData: string;
  /** The caption of the inset box (e.g. 南海). */
  inset: string;
}

export interface MapView {
  mapName: string;
  layout: MapLayout;
  values: RegionValue[];
  lines: PoleLine[];
  poleIds: string[];
  outlines: boolean;
}

export function mapOption(view: MapView, words: MapWords): EChartsOption {
  const withValue = view.values.filter((v) => v.value !== null);
  const without = view.values.filter((v) => v.value === null);
  const max = Math.max(0, ...withValue.map((v) => v.value!));
  const min = Math.min(...withValue.map((v) => v.value!), max);
  const poleColor = (id: string) => POLE_COLORS[Math.max(0, view.poleIds.indexOf(id)) % POLE_COLORS.length]!;
  const poleNames = [...new Map(view.lines.map((l) => [l.pole.id, words.poleName(l)])).entries()];
  const label = {
    show: true,
    position: 'right' as const,
    distance: 4,
    fontSize: 11,
    color: '#262626',
    textBorderColor: '#fff',
    textBorderWidth: 2,
  };
  const at = (code: string): [number, number] => view.layout.positions.get(code) ?? [0, 0];
  const point = (v: RegionValue, size: number) => ({
    name: words.regionName(v),
    value: [...at(v.region.code), v.value ?? 0],
    code: v.region.code,
    symbolSize: size,
    tip: tooltipHtml(words.regionTooltip(v)),
  });
  const linesSeries = poleNames.map(([id, name]) => ({
    type: 'lines' as const,
    name,
    coordinateSystem: 'geo' as const,
    // Explicit: the lines view asks the painter for its zlevel's layer, and an unset one makes a stray empty canvas.
    zlevel: 0,
    z: 1,
    silent: false,
    lineStyle: { color: poleColor(id), width: 2, opacity: 0.75, curveness: 0.12 },
    data: view.lines
      .filter((l) => l.pole.id === id)
      .map((l) => ({ coords: [at(l.from.code), at(l.to.code)], tip: escapeHtml(words.lineTooltip(l)) })),
  }));
  const cores = view.values.filter((v) => v.pole?.role === 'core');
  const regionsIndex = linesSeries.length;
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => (params as { data?: { tip?: string } }).data?.tip ?? '',
    },
    legend: { data: poleNames.map(([, name]) => name), top: 0, left: 0, itemWidth: 22, selectedMode: true },
    geo: {
      map: view.mapName,
      roam: false,
      aspectScale: aspectScale(view.layout.frame),
      top: 36,
      bottom: 64,
      left: 8,
      right: 8,
      silent: true,
      label: { show: false },
      itemStyle: view.outlines ? { areaColor: '#f0f4f9', borderColor: '#8ea3bd', borderWidth: 1 } : { areaColor: 'transparent', borderColor: 'transparent' },
      regions: [{ name: FRAME_NAME, itemStyle: { areaColor: 'transparent', borderColor: 'transparent', opacity: 0 } }],
    },
    visualMap:
      withValue.length > 0
        ? {
            type: 'continuous',
            seriesIndex: regionsIndex,
            dimension: 2,
            min,
            max: max > min ? max : min + 1,
            calculable: false,
            orient: 'horizontal',
            left: 'center',
            bottom: 8,
            itemWidth: 12,
            itemHeight: 160,
            text: [words.format(max), words.format(min)],
            inRange: { color: ['#bae0ff', '#4096ff', '#002c8c'] },
          }
        : undefined,
    series: [
      ...linesSeries,
      {
        type: 'scatter',
        name: 'regions',
        coordinateSystem: 'geo',
        z: 3,
        data: withValue.map((v) => point(v, symbolSize(v.value, max))),
        label: { ...label, formatter: '{b}' },
        itemStyle: { borderColor: '#fff', borderWidth: 1, opacity: 0.95 },
        emphasis: { scale: 1.15, label: { fontWeight: 'bold' } },
      },
      {
        type: 'scatter',
        name: words.noData,
        coordinateSystem: 'geo',
        z: 3,
        data: without.map((v) => point(v, 9)),
        label: { ...label, color: '#8c8c8c', formatter: '{b}' },
        itemStyle: { color: NO_DATA_COLOR, borderColor: '#8c8c8c', borderWidth: 1 },
      },
      {
        type: 'scatter',
        name: 'cores',
        coordinateSystem: 'geo',
        z: 2,
        silent: true,
        data: cores.map((v) => ({ value: at(v.region.code), symbolSize: symbolSize(v.value, max) + 12, itemStyle: { borderColor: poleColor(v.pole!.pole.id) } })),
        itemStyle: { color: 'transparent', borderWidth: 3 },
        label: { show: false },
        tooltip: { show: false },
      },
      ...insetSeries(view.layout, words.inset),
    ],
  };
}

/** The inset's dashed box and its caption, when a region is drawn away from its true place. */
function insetSeries(layout: MapLayout, caption: string) {
  if (!layout.inset) return [];
  const { west, east, south, north } = layout.inset.box;
  return [
    {
      type: 'lines' as const,
      coordinateSystem: 'geo' as const,
      polyline: true,
      silent: true,
      zlevel: 0,
      z: 1,
      lineStyle: { color: '#8c8c8c', width: 1, type: 'dashed' as const, opacity: 0.9 },
      data: [{ coords: [[west, south], [east, south], [east, north], [west, north], [west, south]] }],
      tooltip: { show: false },
    },
    {
      type: 'scatter' as const,
      coordinateSystem: 'geo' as const,
      silent: true,
      symbolSize: 0,
      data: [{ name: caption, value: [west, north] }],
      label: { show: true, position: 'insideTopLeft' as const, formatter: '{b}', color: '#8c8c8c', fontSize: 11, offset: [4, 4] },
      tooltip: { show: false },
    },
  ];
}
