/**
 * A chart on a page. ECharts is the largest library the app uses, so it is loaded on
 * demand: the page (its cards, tables and words) renders at once and each chart fills in
 * when the library has arrived, in a box of its final size so nothing jumps. Every chart
 * carries a label so a screen reader hears what it shows.
 */
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, type CSSProperties } from 'react';

export type { EChartsOption };

export interface EChartProps {
  option: EChartsOption;
  /** What the chart shows, in words (read by screen readers; also the chart's title attribute). */
  label: string;
  height?: number | string;
  style?: CSSProperties;
  theme?: 'dark' | undefined;
  onEvents?: Record<string, (params: unknown) => void>;
  testId?: string;
}

const EChartCanvas = lazy(() => import('./EChartCanvas.tsx'));

export function EChart(props: EChartProps) {
  const { label, height = 320, testId } = props;
  return (
    <div role="img" aria-label={label} title={label} data-testid={testId}>
      <Suspense fallback={<div style={{ height, width: '100%' }} aria-busy="true" />}>
        <EChartCanvas {...props} />
      </Suspense>
    </div>
  );
}
