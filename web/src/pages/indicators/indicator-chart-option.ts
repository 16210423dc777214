/**
 * The indicator's chart, pure: the observations, the baseline, the path the plan requires
 * (and its own stated path where that differs), the trend projected to the target year with
 * its 80 % prediction interval, and the target. The projection and its band are drawn from
 * the latest value to the target year along constant growth; the interval is the fit's at
 * the target year (methodology §8), widening from nothing at the latest observation.
 */
import type { EChartsOption } from 'echarts';
import type { EvaluatedIndicator } from '../../api/types.ts';

export interface ChartWords {
  observed: string;
  baseline: string;
  required: string;
  stated: string;
  projection: string;
  interval: string;
  target: string;
  assigned: string;
  /** The number as displayed (unit converted), and formatted with its unit. */
  display: (value: number) => number;
  format: (value: number) => string;
  /** A number already in display units, as the tooltip shows it. */
  formatDisplayed: (value: number) => string;
  axisUnit: string;
  color: string;
}

type Row = Pick<EvaluatedIndicator, 'series' | 'baseline' | 'latest' | 'target' | 'path' | 'projection'>;

export function chartYears(row: Row, baseYear: number, targetYear: number): number[] {
  const first = Math.min(baseYear, ...row.series.map((p) => p.year));
  const last = Math.max(targetYear, ...row.series.map((p) => p.year));
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return years;
}

/** Constant growth from (fromYear, from) to (toYear, to): the values in between, null outside. */
export function geometricBridge(years: readonly number[], fromYear: number, from: number, toYear: number, to: number): (number | null)[] {
  return years.map((year) => {
    if (year < fromYear || year > toYear) return null;
    if (toYear === fromYear) return from;
    const share = (year - fromYear) / (toYear - fromYear);
    // Same signs: growth is multiplicative; otherwise a straight line is the only honest bridge.
    return from > 0 && to > 0 ? from * Math.pow(to / from, share) : from + (to - from) * share;
  });
}

/** The plan's stated path is worth a line of its own only where it departs from the required one. */
export function statedDiffers(row: Row, tolerance = 0.005): boolean {
  const stated = row.path.stated;
  const required = row.path.required;
  if (!stated) return false;
  if (!required) return true;
  return stated.some((p) => {
    const r = required.find((q) => q.year === p.year);
    return !r || Math.abs(p.value - r.value) > Math.abs(r.value) * tolerance;
  });
}

function onYears(years: readonly number[], points: readonly { year: number; value: number }[] | null, display: (v: number) => number): (number | null)[] {
  return years.map((year) => {
    const point = points?.find((p) => p.year === year);
    return point ? display(point.value) : null;
  });
}

export function indicatorChartOption(row: Row, baseYear: number, targetYear: number, words: ChartWords): EChartsOption {
  const years = chartYears(row, baseYear, targetYear);
  const d = words.display;
  const observed = years.map((year) => {
    const point = row.series.find((p) => p.year === year);
    if (!point) return null;
    return point.pending ? { value: d(point.value), itemStyle: { color: '#fa8c16' }, symbol: 'emptyCircle' } : d(point.value);
  });
  const series: NonNullable<EChartsOption['series']> = [];

  const projection = row.projection;
  if (projection && row.latest) {
    const line = geometricBridge(years, row.latest.year, row.latest.value, projection.year, projection.value).map((v) => (v === null ? null : d(v)));
    if (projection.low !== null && projection.high !== null) {
      const low = geometricBridge(years, row.latest.year, row.latest.value, projection.year, projection.low);
      const high = geometricBridge(years, row.latest.year, row.latest.value, projection.year, projection.high);
      series.push(
        {
          name: words.interval,
          type: 'line',
          stack: 'interval',
          data: low.map((v) => (v === null ? null : d(v))),
          lineStyle: { opacity: 0 },
          itemStyle: { color: words.color, opacity: 0.3 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        },
        {
          name: words.interval,
          type: 'line',
          stack: 'interval',
          data: high.map((v, i) => {
            const l = low[i];
            return v === null || l === null || l === undefined ? null : d(v) - d(l);
          }),
          lineStyle: { opacity: 0 },
          symbol: 'none',
          areaStyle: { color: words.color, opacity: 0.15 },
          itemStyle: { color: words.color, opacity: 0.3 },
          silent: true,
          tooltip: { show: false },
        },
      );
    }
    series.push({ name: words.projection, type: 'line', data: line, lineStyle: { type: 'dashed', color: words.color, width: 2 }, itemStyle: { color: words.color }, symbol: 'emptyCircle', symbolSize: 6 });
  }

  if (row.path.required) {
    series.push({ name: words.required, type: 'line', data: onYears(years, row.path.required, d), lineStyle: { type: 'dashed', color: '#8c8c8c' }, itemStyle: { color: '#8c8c8c' }, symbol: 'none' });
  }
  if (statedDiffers(row)) {
    series.push({ name: words.stated, type: 'line', data: onYears(years, row.path.stated, d), lineStyle: { type: 'dotted', color: '#722ed1' }, itemStyle: { color: '#722ed1' }, symbol: 'none' });
  }
  series.push({
    name: words.observed,
    type: 'line',
    data: observed,
    connectNulls: true,
    lineStyle: { width: 3, color: '#1677ff' },
    itemStyle: { color: '#1677ff' },
    symbol: 'circle',
    symbolSize: 8,
    z: 5,
  });
  if (row.baseline) {
    series.push({
      name: words.baseline,
      type: 'scatter',
      data: years.map((year) => (year === row.baseline?.year ? d(row.baseline.value) : null)),
      symbol: 'rect',
      symbolSize: 11,
      itemStyle: { color: '#595959' },
      z: 6,
    });
  }
  if (row.target.value !== null) {
    const target = d(row.target.value);
    series.push({
      name: words.target,
      type: 'scatter',
      data: years.map((year) => (year === row.target.year ? target : null)),
      symbol: 'diamond',
      symbolSize: 14,
      itemStyle: { color: '#cf1322' },
      z: 6,
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { color: '#cf1322', type: 'solid', opacity: 0.5 },
        label: { formatter: `${words.target} ${words.format(row.target.value)}`, position: 'insideStartTop', color: '#cf1322' },
        data: [{ yAxis: target }],
      },
    });
  }

  return {
    animationDuration: 600,
    grid: { left: 12, right: 24, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, type: 'scroll', data: [words.observed, words.baseline, words.required, ...(statedDiffers(row) ? [words.stated] : []), words.projection, words.interval, words.target] },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value) => (typeof value === 'number' ? words.formatDisplayed(value) : '—'),
    },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: words.axisUnit, scale: true, nameTextStyle: { align: 'left' } },
    series,
  };
}

/** An assigned target (完成下达目标): each year's actual value against the value assigned. */
export function assignedChartOption(row: Pick<EvaluatedIndicator, 'assigned'>, words: Pick<ChartWords, 'observed' | 'assigned' | 'display' | 'axisUnit'>): EChartsOption {
  const years = row.assigned?.years ?? [];
  return {
    animationDuration: 600,
    grid: { left: 12, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
    yAxis: { type: 'value', name: words.axisUnit },
    series: [
      {
        name: words.observed,
        type: 'bar',
        barMaxWidth: 36,
        itemStyle: { color: '#595959' },
        data: years.map((y) => (y.actual === null ? null : { value: words.display(y.actual), itemStyle: { color: y.status === 'met' ? '#389e0d' : y.status === 'not_met' ? '#cf1322' : '#8c8c8c' } })),
        label: { show: true, position: 'top' },
      },
      { name: words.assigned, type: 'line', data: years.map((y) => (y.assigned === null ? null : words.display(y.assigned))), lineStyle: { type: 'dashed', color: '#262626' }, itemStyle: { color: '#262626' }, symbol: 'diamond', symbolSize: 10 },
    ],
  };
}
