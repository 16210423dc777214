/** Charts drawn on the server: valid PNGs of the asked size, with ink where the title and the plot are. */
import { describe, expect, it } from 'vitest';
import { PNG_SCALE, renderChartPng, renderChartSvg } from '../../src/report/charts/render-chart.ts';
import type { BarChartSpec, ChartSpec, LineChartSpec, MapChartSpec } from '../../src/report/model/report-model.ts';
import { decodePng, distinctColours, inkShare } from './png.ts';

const common = { unit: '单位：亿元', source: '数据来源：Plansight监测数据，截至2028年底；含演示数据（虚构，非官方统计）' };

const bar: BarChartSpec = {
  ...common,
  kind: 'bar',
  id: 'test-bar',
  title: '各指标完成进度与时间进度',
  width: 640,
  height: 300,
  categories: ['数字经济', '石油化工新材料', '商业航天'],
  series: [
    { name: '快于预期', tone: 'good', stack: 's', values: [70, null, null] },
    { name: '滞后', tone: 'bad', stack: 's', values: [null, -20, 35] },
  ],
  horizontal: true,
  logScale: false,
  reference: { value: 60, label: '时间进度60%' },
  valueLabels: true,
};

const line: LineChartSpec = {
  ...common,
  kind: 'line',
  id: 'test-line',
  title: '数字经济核心产业营收',
  width: 800,
  height: 340,
  years: [2025, 2026, 2027, 2028, 2029, 2030],
  series: [
    { name: '实际值', tone: 'actual', style: 'solid', markers: true, points: [{ year: 2025, value: 2611.68 }, { year: 2026, value: 2836.4 }, { year: 2027, value: 3055.3 }, { year: 2028, value: 3384.5 }] },
    { name: '所需路径', tone: 'required', style: 'dashed', markers: false, points: [{ year: 2025, value: 2611.68 }, { year: 2030, value: 4000 }] },
    { name: '趋势预测', tone: 'projection', style: 'dotted', markers: true, points: [{ year: 2028, value: 3384.5 }, { year: 2030, value: 3986.3 }] },
    { name: '目标值', tone: 'target', style: 'solid', markers: true, points: [{ year: 2030, value: 4000 }] },
  ],
  interval: { year: 2030, low: 3857.8, high: 4119, name: '80%预测区间' },
};

const map: MapChartSpec = {
  ...common,
  kind: 'map',
  id: 'test-map',
  title: '高新技术产业营收（示意图）',
  width: 600,
  height: 480,
  groups: [
    { name: '海口', tone: 'pole1' },
    { name: '三亚', tone: 'pole2' },
  ],
  points: [
    { name: '海口', lng: 110.33, lat: 20.03, value: 2635, group: 0 },
    { name: '文昌', lng: 110.8, lat: 19.54, value: 545, group: 0 },
    { name: '三亚', lng: 109.51, lat: 18.25, value: 1440, group: 1 },
    { name: '陵水', lng: 110.04, lat: 18.51, value: 123, group: 1 },
  ],
};

describe('chart rendering', () => {
  for (const spec of [bar, line, map] as ChartSpec[]) {
    it(`draws the ${spec.kind} chart as a PNG of ${spec.width}×${spec.height} at ×${PNG_SCALE}, not blank`, () => {
      const image = renderChartPng(spec);
      const png = decodePng(image.png);
      expect([png.width, png.height]).toEqual([spec.width * PNG_SCALE, spec.height * PNG_SCALE]);
      expect([image.width, image.height]).toEqual([png.width, png.height]);
      // A white page with a few lines of text has well under 1 % ink and a handful of colours.
      expect(inkShare(png)).toBeGreaterThan(0.02);
      expect(distinctColours(png)).toBeGreaterThan(20);
      // The title (Chinese, top centre) and the source line (bottom left) are drawn.
      const band = (y: number, h: number, x = 0, w = png.width) => inkShare(png, { x, y: Math.round(y * PNG_SCALE), width: w, height: Math.round(h * PNG_SCALE) });
      expect(band(8, 20, Math.round(png.width * 0.25), Math.round(png.width * 0.5))).toBeGreaterThan(0.03);
      expect(band(spec.height - 22, 14, 0, Math.round(png.width * 0.5))).toBeGreaterThan(0.01);
    });
  }

  it('draws Chinese text with the bundled font: a title of Chinese characters leaves ink, a title of spaces none', () => {
    const blankTitle = decodePng(renderChartPng({ ...bar, title: '　　　　', unit: '', id: 'blank' }).png);
    const chineseTitle = decodePng(renderChartPng({ ...bar, title: '数据来源监测评估', unit: '', id: 'cjk' }).png);
    const titleBox = { x: Math.round(blankTitle.width * 0.3), y: 12, width: Math.round(blankTitle.width * 0.4), height: 40 };
    expect(inkShare(blankTitle, titleBox)).toBeLessThan(0.001);
    expect(inkShare(chineseTitle, titleBox)).toBeGreaterThan(0.03);
  });

  it('needs a width and a height (server-side rendering has no window to measure)', () => {
    expect(() => renderChartSvg({ ...bar, width: 0 })).toThrow(/width and height/);
  });

  it('prints the title, the unit and the source line in the SVG', () => {
    const svg = renderChartSvg(line);
    for (const text of [line.title, line.unit, line.source]) expect(svg).toContain(text);
  });
});
