/** A horizontal bar per status with its count at the bar's end: the ECharts option, pure. */
import type { EChartsOption } from 'echarts';

export interface StatusBar {
  key: string;
  label: string;
  count: number;
  color: string;
}

export function statusBarOption(bars: readonly StatusBar[], dark = false, fontSize = 12): EChartsOption {
  const rows = [...bars].reverse(); // ECharts draws the first category at the bottom.
  return {
    backgroundColor: 'transparent',
    animationDuration: 500,
    grid: { left: 8, right: 40, top: 4, bottom: 4, containLabel: true },
    tooltip: { trigger: 'item', confine: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { show: false }, axisLabel: { show: false } },
    yAxis: {
      type: 'category',
      data: rows.map((b) => b.label),
      axisTick: { show: false },
      axisLabel: { fontSize, color: dark ? '#d9d9d9' : '#434343', width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        cursor: 'pointer',
        data: rows.map((b) => ({ value: b.count, key: b.key, itemStyle: { color: b.color, borderRadius: [0, 4, 4, 0] } })),
        label: { show: true, position: 'right', fontSize, fontWeight: 'bold', color: dark ? '#fff' : '#262626' },
      },
    ],
  };
}
