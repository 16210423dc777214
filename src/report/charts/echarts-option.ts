/**
 * A chart spec of the report model as an ECharts option. Every chart carries its title,
 * unit (as the subtitle) and source line (at the foot), so a chart copied out of the
 * report still says what it shows and where the figures come from. Text is measured
 * without a browser on the server, so legends and labels get generous room.
 */
import type { EChartsOption, SeriesOption } from 'echarts';
import type { BarChartSpec, ChartSpec, LineChartSpec, MapChartSpec } from '../model/report-model.ts';
import { INK, MUTED, toneColours } from './chart-palette.ts';

const FOOT = 64;

/** Rough width of a 12px line of text: CJK characters are square, others about half as wide. */
function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? fontSize : fontSize * 0.55;
  return width;
}

/** Room above the plot: the title and the unit line, which breaks when it is long. */
function headerHeight(spec: ChartSpec): number {
  const lines = Math.max(1, Math.ceil(textWidth(spec.unit) / (spec.width - 80)));
  return 48 + lines * 16;
}

export function echartsOption(spec: ChartSpec, fontFamily: string): EChartsOption {
  const base: EChartsOption = {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily, color: INK },
    title: {
      text: spec.title,
      subtext: spec.unit,
      left: 'center',
      top: 6,
      textStyle: { fontFamily, fontSize: 16, fontWeight: 'bold', color: INK },
      subtextStyle: { fontFamily, fontSize: 12, color: MUTED, width: spec.width - 80, overflow: 'break' },
    },
    graphic: [{ type: 'text', left: 12, bottom: 8, style: { text: spec.source, fontSize: 11, fill: MUTED, fontFamily } }],
  };
  switch (spec.kind) {
    case 'bar':
      return { ...base, ...barOption(spec, fontFamily) };
    case 'line':
      return { ...base, ...lineOption(spec, fontFamily) };
    case 'map':
      return { ...base, ...mapOption(spec, fontFamily) };
  }
}

function legend(fontFamily: string): EChartsOption['legend'] {
  return { bottom: 30, left: 'center', itemGap: 18, textStyle: { fontFamily, fontSize: 12, color: INK } };
}

/** Up to one decimal, with thousands separators: labels stay short. */
function labelText(value: unknown): string {
  const n = typeof value === 'number' ? value : Array.isArray(value) ? Number(value.at(-1)) : Number(value);
  return Number.isFinite(n) ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n) : '';
}

function barOption(spec: BarChartSpec, fontFamily: string): EChartsOption {
  // Labels sit inside stacked segments when a bar has several, else at the bar's end.
  const crowded = spec.categories.some((_, i) => spec.series.filter((s) => s.stack && s.values[i] !== null).length > 1);
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    inverse: spec.horizontal,
    axisLabel: spec.horizontal
      ? { width: 250, overflow: 'truncate' as const, fontFamily, fontSize: 12, color: INK }
      : { interval: 0, width: Math.max(60, (spec.width - 140) / Math.max(1, spec.categories.length)), overflow: 'break' as const, fontFamily, fontSize: 12, color: INK },
    axisTick: { alignWithLabel: true },
  };
  const valueAxis = {
    type: spec.logScale ? ('log' as const) : ('value' as const),
    ...(spec.logScale ? { logBase: 10, min: 1 } : {}),
    axisLabel: { fontFamily, fontSize: 11, color: MUTED },
    splitLine: { lineStyle: { color: '#e6e6e6' } },
  };
  const series: SeriesOption[] = spec.series.map((s, k) => ({
    type: 'bar',
    name: s.name,
    ...(s.stack ? { stack: s.stack } : {}),
    data: s.values.map((v) => (v === null || (spec.logScale && v <= 0) ? null : v)),
    itemStyle: { color: toneColours[s.tone] },
    barMaxWidth: 28,
    label: {
      show: spec.valueLabels,
      position: crowded ? 'inside' : spec.horizontal ? 'right' : 'top',
      fontFamily,
      fontSize: 11,
      color: crowded ? '#ffffff' : INK,
      formatter: (p: { value: unknown }) => labelText(p.value),
    },
    ...(k === 0 && spec.reference
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: toneColours.target, width: 1.5 },
            // A vertical line on horizontal bars: its label at the top (the category axis runs downwards).
            label: { formatter: spec.reference.label, position: spec.horizontal ? 'start' : 'end', fontFamily, fontSize: 11, color: toneColours.target },
            data: [spec.horizontal ? { xAxis: spec.reference.value } : { yAxis: spec.reference.value }],
          },
        }
      : {}),
  })) as SeriesOption[];
  return {
    legend: legend(fontFamily),
    grid: { left: 16, right: 48, top: headerHeight(spec) + 10, bottom: FOOT + 8, containLabel: true },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series,
  };
}

function lineOption(spec: LineChartSpec, fontFamily: string): EChartsOption {
  const years = spec.years.map(String);
  const series: SeriesOption[] = spec.series.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p.value]));
    const single = s.points.length === 1;
    return {
      type: 'line',
      name: s.name,
      data: spec.years.map((y) => byYear.get(y) ?? null),
      connectNulls: true,
      showSymbol: s.markers,
      symbol: single ? 'diamond' : 'circle',
      symbolSize: single ? 13 : 7,
      lineStyle: { type: s.style, width: s.style === 'solid' ? 2.5 : 2, color: toneColours[s.tone] },
      itemStyle: { color: toneColours[s.tone] },
      ...(s.tone === 'projection' && spec.interval
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'solid', width: 4, color: toneColours.projection, opacity: 0.45 },
              label: { show: false },
              data: [[{ coord: [String(spec.interval.year), spec.interval.low] }, { coord: [String(spec.interval.year), spec.interval.high] }]],
            },
          }
        : {}),
    } as SeriesOption;
  });
  return {
    legend: legend(fontFamily),
    grid: { left: 16, right: 36, top: headerHeight(spec) + 12, bottom: FOOT + 8, containLabel: true },
    xAxis: { type: 'category', data: years, boundaryGap: false, axisLabel: { fontFamily, fontSize: 12, color: INK } },
    yAxis: { type: 'value', scale: true, axisLabel: { fontFamily, fontSize: 11, color: MUTED }, splitLine: { lineStyle: { color: '#e6e6e6' } } },
    series,
  };
}

function mapOption(spec: MapChartSpec, fontFamily: string): EChartsOption {
  const lng = spec.points.map((p) => p.lng);
  const lat = spec.points.map((p) => p.lat);
  const pad = 0.25;
  const x0 = Math.min(...lng) - pad;
  const x1 = Math.max(...lng) + pad * 2.5;
  const y0 = Math.min(...lat) - pad;
  const y1 = Math.max(...lat) + pad;
  // Equal distances on both axes near the points' latitude, so the layout keeps its shape.
  const xScale = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const availableW = spec.width - 80;
  const top = headerHeight(spec);
  const availableH = spec.height - top - FOOT - 40;
  const unit = Math.min(availableW / ((x1 - x0) * xScale), availableH / (y1 - y0));
  const width = (x1 - x0) * xScale * unit;
  const height = (y1 - y0) * unit;
  const max = Math.max(...spec.points.map((p) => p.value), 1);
  const series: SeriesOption[] = spec.groups.map((g, k) => ({
    type: 'scatter',
    name: g.name,
    data: spec.points.filter((p) => p.group === k).map((p) => ({ name: p.name, value: [p.lng, p.lat, p.value] })),
    symbolSize: (value: number[]) => 8 + Math.sqrt(Math.max(0, value[2] ?? 0) / max) * 56,
    itemStyle: { color: toneColours[g.tone], opacity: 0.75, borderColor: '#ffffff', borderWidth: 1 },
    label: { show: true, position: 'right', formatter: '{b}', fontFamily, fontSize: 11, color: INK },
  })) as SeriesOption[];
  return {
    legend: legend(fontFamily),
    grid: { left: (spec.width - width) / 2, top: top + 16 + (availableH - height) / 2, width, height },
    xAxis: { type: 'value', min: x0, max: x1, show: false },
    yAxis: { type: 'value', min: y0, max: y1, show: false },
    series,
  };
}
