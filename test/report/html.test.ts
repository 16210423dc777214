/** The HTML page: self-contained, every indicator present, charts inline, the demo notice shown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html/escape-html.ts';
import { buildMidtermReport } from '../../src/report/model/build-midterm-report.ts';
import { renderHtml } from '../../src/report/render-html.ts';
import { gatherReportInputs, type ReportInputs } from '../../src/report/report-inputs.ts';
import { allCharts } from './model-walk.ts';
import { REPORT_TODAY, REPORT_YEAR, seededStore, type SeededStore } from './report-fixture.ts';

describe('HTML report', () => {
  let s: SeededStore;
  let inputs: ReportInputs;
  beforeAll(async () => {
    s = await seededStore('sqlite');
    inputs = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: REPORT_TODAY });
  }, 120_000);
  afterAll(async () => {
    await s?.store.dispose();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`is one self-contained page with every indicator and chart (${lang})`, () => {
      const model = buildMidtermReport(s.plan, inputs, { year: REPORT_YEAR, lang, today: REPORT_TODAY });
      const html = renderHtml(model);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
      // Nothing to fetch: no URL at all, no script, no external stylesheet, image or font
      // (url(#…) inside the charts points within the page).
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/<script|<link\b|<img\b|@import|url\((?!#)/i);
      // Element ids must be unique, or one chart's clip paths would cut another's.
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const indicator of s.plan.indicators) expect(html, indicator.id).toContain(escapeHtml(indicator.name[lang]));
      expect(html.match(/<svg\b/g)?.length).toBe(allCharts(model).length);
      expect(html).toContain('@page');
      expect(html).toContain(escapeHtml(model.cover.notices[0]!.title));
      expect(html).toContain('class="demo-mark"');
      // A printable page, not a bundle: a few hundred kilobytes.
      expect(Buffer.byteLength(html)).toBeLessThan(2_000_000);
    });
  }

  it('escapes what it prints', () => {
    const model = buildMidtermReport(s.plan, inputs, { year: REPORT_YEAR, lang: 'en', today: REPORT_TODAY });
    const tampered = { ...model, cover: { ...model.cover, title: '<b onclick="x">&' } };
    const html = renderHtml(tampered, { drawChart: () => '<svg></svg>' });
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;&amp;');
    expect(html).not.toContain('<b onclick');
  });
});
