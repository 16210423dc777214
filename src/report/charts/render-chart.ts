/**
 * Charts drawn on the server: ECharts server-side rendering to SVG (width and height are
 * required, there is no browser), then resvg to PNG with the bundled CJK font — system
 * fonts are not loaded, so a chart looks the same on every machine and never shows boxes.
 */
import { Resvg, renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartSpec } from '../model/report-model.ts';
import { BUNDLED_FONT_FAMILY, bundledFontFiles } from './chart-font.ts';
import { echartsOption } from './echarts-option.ts';

/** PNG pixels per CSS pixel: sharp in print at the width the documents give charts. */
export const PNG_SCALE = 2;

export function renderChartSvg(spec: ChartSpec, fontFamily: string = BUNDLED_FONT_FAMILY): string {
  if (!(spec.width > 0 && spec.height > 0)) throw new RangeError(`chart ${spec.id}: width and height must be positive, got ${spec.width}×${spec.height}`);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(echartsOption(spec, fontFamily));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export interface ChartImage {
  png: Buffer;
  /** Pixel size of the PNG (the spec's size × PNG_SCALE). */
  width: number;
  height: number;
}

function resvgOptions() {
  const fonts = bundledFontFiles();
  return {
    fitTo: { mode: 'zoom' as const, value: PNG_SCALE },
    background: '#ffffff',
    font: { fontFiles: [fonts.regular, fonts.bold], loadSystemFonts: false, defaultFontFamily: BUNDLED_FONT_FAMILY },
  };
}

export function renderChartPng(spec: ChartSpec): ChartImage {
  const image = new Resvg(renderChartSvg(spec, BUNDLED_FONT_FAMILY), resvgOptions()).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * The same, off the main thread (resvg's own thread pool), so that a report's charts are
 * drawn side by side: laying out text with the 8 MB CJK font costs resvg tens of
 * milliseconds per label, the largest part of writing a report.
 */
export async function renderChartPngAsync(spec: ChartSpec): Promise<ChartImage> {
  const image = await renderAsync(renderChartSvg(spec, BUNDLED_FONT_FAMILY), resvgOptions());
  return { png: image.asPng(), width: image.width, height: image.height };
}
