/** A tiny line of a series' values, for indicator cards. */
import { EChart } from './EChart.tsx';

export interface SparklineProps {
  points: { year: number; value: number }[];
  target?: number | null;
  color?: string;
  label: string;
  height?: number;
  theme?: 'dark' | undefined;
}

export function Sparkline({ points, target, color = '#1677ff', label, height = 48, theme }: SparklineProps) {
  const values = points.map((p) => p.value);
  const all = target === null || target === undefined ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  return (
    <EChart
      label={label}
      height={height}
      theme={theme}
      option={{
        backgroundColor: 'transparent',
        animation: false,
        grid: { left: 2, right: 2, top: 4, bottom: 4 },
        xAxis: { type: 'category', show: false, data: points.map((p) => String(p.year)) },
        yAxis: { type: 'value', show: false, min: min - pad, max: max + pad },
        tooltip: { trigger: 'axis', confine: true },
        series: [
          {
            type: 'line',
            data: values,
            smooth: true,
            symbol: 'circle',
            symbolSize: 4,
            lineStyle: { width: 2, color },
            itemStyle: { color },
            areaStyle: { opacity: 0.08, color },
            ...(target === null || target === undefined
              ? {}
              : { markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#8c8c8c' }, label: { show: false }, data: [{ yAxis: target }] } }),
          },
        ],
      }}
    />
  );
}
