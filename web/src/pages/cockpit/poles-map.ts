/**
 * The three poles on a schematic map: every region at its city-seat coordinates, coloured by
 * the pole it belongs to (core or radiated), the cores drawn larger and named after their
 * pole. Pure: the points and the ECharts option.
 */
import type { EChartsOption } from 'echarts';
import type { Text } from '../../api/text.ts';
import { tooltipHtml } from '../../format/tooltip-html.ts';

export interface PoleLike {
  id: string;
  name: Text;
  core: string[];
  radiates: string[];
}

export interface RegionLike {
  code: string;
  name: Text;
  lng: number;
  lat: number;
}

export interface PolePoint {
  code: string;
  name: Text;
  lng: number;
  lat: number;
  poleIndex: number | null;
  core: boolean;
}

/** A region belongs to the first pole that has it as a core, else the first it is radiated to. */
export function polePoints(regions: readonly RegionLike[], poles: readonly PoleLike[]): PolePoint[] {
  return regions.map((region) => {
    const coreOf = poles.findIndex((p) => p.core.includes(region.code));
    const radiatedFrom = poles.findIndex((p) => p.radiates.includes(region.code));
    const poleIndex = coreOf >= 0 ? coreOf : radiatedFrom >= 0 ? radiatedFrom : null;
    return { code: region.code, name: region.name, lng: region.lng, lat: region.lat, poleIndex, core: coreOf >= 0 };
  });
}

/**
 * Regions far from the others (三沙, whose seat lies in the South China Sea) would shrink the
 * island to a corner; they are left off the schematic and named beside it instead.
 */
export function splitOutliers<T extends { lng: number; lat: number }>(points: readonly T[], maxDegrees = 2): { inside: T[]; outside: T[] } {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  };
  const lng = median(points.map((p) => p.lng));
  const lat = median(points.map((p) => p.lat));
  const far = (p: T) => Math.hypot(p.lng - lng, p.lat - lat) > maxDegrees;
  return { inside: points.filter((p) => !far(p)), outside: points.filter(far) };
}

export const POLE_COLORS = ['#1677ff', '#13a8a8', '#d46b08', '#722ed1'];

export interface PolesMapText {
  pick: (text: Text) => string;
  otherLabel: string;
  /** Extra lines for a region's tooltip (e.g. its value of the headline indicator). */
  detail?: (code: string) => string | null;
  dark?: boolean;
  fontSize?: number;
}

export function polesMapOption(all: readonly PolePoint[], poles: readonly PoleLike[], words: PolesMapText): EChartsOption {
  const points = splitOutliers(all).inside;
  const lngs = points.map((p) => p.lng);
  const lats = points.map((p) => p.lat);
  const pad = 0.25;
  const textColor = words.dark ? '#e8e8e8' : '#262626';
  const fontSize = words.fontSize ?? 12;
  const series = [...poles.map((pole, index) => ({ pole, index })), { pole: null, index: -1 }].map(({ pole, index }) => {
    const members = points.filter((p) => (pole ? p.poleIndex === index : p.poleIndex === null));
    const color = pole ? (POLE_COLORS[index % POLE_COLORS.length] ?? '#1677ff') : '#8c8c8c';
    return {
      type: 'scatter' as const,
      name: pole ? words.pick(pole.name) : words.otherLabel,
      itemStyle: { color, borderColor: words.dark ? '#141414' : '#fff', borderWidth: 1 },
      data: members.map((p) => ({
        value: [p.lng, p.lat],
        name: words.pick(p.name),
        code: p.code,
        symbolSize: p.core ? fontSize * 2.2 : fontSize * 0.9,
        label: p.core
          ? { show: true, formatter: pole ? words.pick(pole.name) : '', position: 'right' as const, fontWeight: 'bold' as const, fontSize: fontSize + 1, color }
          : { show: false },
      })),
    };
  });
  return {
    backgroundColor: 'transparent',
    animation: false,
    legend: { bottom: 0, textStyle: { color: textColor, fontSize }, itemWidth: 10, itemHeight: 10 },
    grid: { left: 8, right: 16, top: 8, bottom: fontSize * 3, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const item = params as { seriesName?: string; data?: { name?: string; code?: string } };
        const extra = item.data?.code ? words.detail?.(item.data.code) : null;
        // Names come from the plan file: escaped like every other tooltip (ECharts renders it as HTML).
        return tooltipHtml([item.data?.name ?? '', item.seriesName ?? '', ...(extra ? [extra] : [])]);
      },
    },
    xAxis: {
      type: 'value',
      min: Math.floor((Math.min(...lngs) - pad) * 10) / 10,
      max: Math.ceil((Math.max(...lngs) + pad) * 10) / 10,
      axisLabel: { formatter: '{value}°E', color: textColor, fontSize: fontSize - 2 },
      splitLine: { lineStyle: { type: 'dashed', opacity: 0.4 } },
    },
    yAxis: {
      type: 'value',
      min: Math.floor((Math.min(...lats) - pad) * 10) / 10,
      max: Math.ceil((Math.max(...lats) + pad) * 10) / 10,
      axisLabel: { formatter: '{value}°N', color: textColor, fontSize: fontSize - 2 },
      splitLine: { lineStyle: { type: 'dashed', opacity: 0.4 } },
    },
    series,
  };
}
