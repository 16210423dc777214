/** A horizontal bar per region, best on top, the region of the page in a colour of its own (and named in the label). */
import type { EChartsOption } from 'echarts';
import type { ComparePoint } from './region-data.ts';

export const THIS_COLOR = '#d4380d';
const OTHER_COLOR = '#91caff';

export function compareOption(points: readonly ComparePoint[], code: string, words: { name: (code: string) => string; format: (v: number) => string; tick: (v: number) => string; thisRegion: string }): EChartsOption {
  // ECharts draws a category axis bottom-up: reversed so the best is on top.
  const rows = [...points].reverse();
  return {
    grid: { left: 8, right: 96, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v) => (typeof v === 'number' ? words.format(v) : '—') },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => words.tick(v) } },
    yAxis: {
      type: 'category',
      data: rows.map((p) => words.name(p.code)),
      axisLabel: { fontSize: 11, formatter: (value: string, i: number) => (rows[i]?.code === code ? `{this|${value}}` : value), rich: { this: { color: THIS_COLOR, fontWeight: 'bold' } } },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((p) => ({ value: p.value, itemStyle: { color: p.code === code ? THIS_COLOR : OTHER_COLOR } })),
        barMaxWidth: 16,
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (params: unknown) => {
            const p = params as { dataIndex: number; value: number };
            const mark = rows[p.dataIndex]?.code === code ? ` ◀ ${words.thisRegion}` : '';
            return `${words.format(p.value)}${mark}`;
          },
        },
      },
    ],
  };
}
