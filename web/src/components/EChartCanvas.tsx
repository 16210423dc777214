/**
 * The chart itself: ECharts' tree-shaken core with the chart types most pages use. Loaded
 * on demand through EChart.tsx, so a page's text and cards render before the charting
 * library has arrived.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The ES module build: the CommonJS one (lib/) breaks React in a production bundle.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartProps } from './EChart.tsx';

// What most pages draw (lines, bars, points). Pages that need more register it themselves
// (echarts-extras.ts), so that code loads with those pages only.
echarts.use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export default function EChartCanvas({ option, label, height = 320, style, theme, onEvents }: EChartProps) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={{ aria: { enabled: true, label: { description: label } }, ...option }}
      notMerge
      lazyUpdate
      theme={theme}
      style={{ height, width: '100%', ...style }}
      {...(onEvents ? { onEvents } : {})}
    />
  );
}
