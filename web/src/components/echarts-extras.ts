/**
 * Chart types only some pages draw, each registered by the page that needs it (calling
 * the function at the top of its module): their code then loads with that page, not with
 * the cockpit. Registering twice is harmless. `echarts` is the same core instance the
 * charts use (for registerMap).
 */
import { CustomChart, FunnelChart, GaugeChart, LinesChart, MapChart, SunburstChart, TreemapChart } from 'echarts/charts';
import { GeoComponent, MarkAreaComponent, MarkPointComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

export { echarts };

/** Maps: outlines (geo, map series), lines between places, colour scales. */
export function registerMapCharts(): void {
  echarts.use([GeoComponent, MapChart, LinesChart, VisualMapComponent]);
}

/** Hierarchies: sunburst and treemap. */
export function registerHierarchyCharts(): void {
  echarts.use([SunburstChart, TreemapChart]);
}

/** Funnels and gauges. */
export function registerFunnelAndGaugeCharts(): void {
  echarts.use([FunnelChart, GaugeChart]);
}

/** Custom series (timelines) and marked areas and points. */
export function registerCustomCharts(): void {
  echarts.use([CustomChart, MarkAreaComponent, MarkPointComponent]);
}
