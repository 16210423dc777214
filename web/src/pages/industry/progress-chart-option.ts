/**
 * The chart of a cluster's revenue indicator: the values observed, the required path from
 * the baseline to the target (constant growth) and the target itself, over the plan period.
 */
import type { EChartsOption } from 'echarts';

export interface ProgressSeries {
  years: number[];
  actual: { year: number; value: number }[];
  required: { year: number; value: number }[] | null;
  target: { year: number; value: number } | null;
}

export interface ProgressWords {
  actual: string;
  path: string;
  target: string;
  /** The axis's unit, in the display unit (亿元, CNY bn). */
  unit: string;
  /** A value with its unit, for tooltips and the target's label. */
  format: (value: number) => string;
  /** An axis tick: the value in the display unit (e.g. 亿元 → CNY bn), without the unit. */
  tick: (value: number) => string;
}

export function progressChartOption(s: ProgressSeries, w: ProgressWords): EChartsOption {
  const at = (points: { year: number; value: number }[]) => s.years.map((y) => {
    const p = points.find((x) => x.year === y);
    return p ? p.value : null;
  });
  return {
    grid: { left: 56, right: 40, top: 40, bottom: 32 },
    legend: { top: 0, data: [w.actual, w.path, w.target] },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (v) => (typeof v === 'number' ? w.format(v) : '—'),
    },
    xAxis: { type: 'category', data: s.years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: w.unit, scale: true, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => w.tick(v) } },
    series: [
      {
        name: w.actual,
        type: 'line',
        data: at(s.actual),
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: 3, color: '#1677ff' },
        itemStyle: { color: '#1677ff' },
        connectNulls: true,
      },
      ...(s.required
        ? [{ name: w.path, type: 'line' as const, data: at(s.required), symbol: 'none', lineStyle: { type: 'dashed' as const, color: '#8c8c8c', width: 2 }, itemStyle: { color: '#8c8c8c' } }]
        : []),
      ...(s.target
        ? [
            {
              name: w.target,
              type: 'scatter' as const,
              data: s.years.map((y) => (y === s.target!.year ? s.target!.value : null)),
              symbol: 'diamond',
              symbolSize: 14,
              itemStyle: { color: '#cf1322' },
              label: { show: true, position: 'top' as const, align: 'right' as const, formatter: () => w.format(s.target!.value), color: '#cf1322' },
            },
          ]
        : []),
    ],
  };
}
