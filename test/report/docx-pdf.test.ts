/**
 * The Word document, and LibreOffice converting it to PDF (CI installs libreoffice-writer and
 * poppler-utils): no error, enough pages, the key Chinese phrases in the text, the bundled
 * CJK font embedded, and the contents' page numbers filled in.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from '../../src/ingest/zip-entries.ts';
import { buildMidtermReport } from '../../src/report/model/build-midterm-report.ts';
import type { Lang, ReportModel } from '../../src/report/model/report-model.ts';
import { renderDocx } from '../../src/report/render-docx.ts';
import { convertDocxToPdf, PdfConversionError } from '../../src/report/render-pdf.ts';
import { gatherReportInputs } from '../../src/report/report-inputs.ts';
import { allCharts } from './model-walk.ts';
import { REPORT_TODAY, REPORT_YEAR, seededStore, type SeededStore } from './report-fixture.ts';

const run = promisify(execFile);
const RENDER_TIMEOUT = 240_000;

describe('Word and PDF', () => {
  let s: SeededStore;
  let dir: string;
  const models = new Map<Lang, ReportModel>();
  const docx = new Map<Lang, Buffer>();
  beforeAll(async () => {
    s = await seededStore('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'plansight-report-test-'));
    const inputs = await gatherReportInputs(s.store.db, s.plan, { year: REPORT_YEAR, today: REPORT_TODAY });
    for (const lang of ['zh', 'en'] as const) models.set(lang, buildMidtermReport(s.plan, inputs, { year: REPORT_YEAR, lang, today: REPORT_TODAY }));
  }, 120_000);
  afterAll(async () => {
    await s?.store.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['zh', 'en'] as const) {
    it(
      `writes a Word document with repeated table headers, page references and one PNG per chart (${lang})`,
      async () => {
        const model = models.get(lang)!;
        const bytes = await renderDocx(model);
        docx.set(lang, bytes);
        const file = join(dir, `report-${lang}.docx`);
        writeFileSync(file, bytes);
        const zip = await ZipFile.open(file);
        const document = await text(await zip.text('word/document.xml'));
        expect(document).toContain('<w:tblHeader/>');
        expect(document).toMatch(/PAGEREF sec1\b/);
        expect(document).toContain(model.cover.title);
        const pngs = [...zip.entries.keys()].filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
        expect(pngs).toHaveLength(allCharts(model).length);
        const styles = await text(await zip.text('word/styles.xml'));
        expect(styles).toContain('w:eastAsia="Noto Sans SC"');
      },
      RENDER_TIMEOUT,
    );
  }

  it(
    'converts the Chinese document to a PDF with the key phrases, the embedded CJK font and filled-in contents',
    async () => {
      const pdf = await convertDocxToPdf(docx.get('zh')!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const file = join(dir, 'report-zh.pdf');
      writeFileSync(file, pdf);
      const info = (await run('pdfinfo', [file])).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(20);
      const content = (await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout.replace(/\s+/g, '');
      for (const phrase of ['中期评估报告', '时间过半、任务过半', '一、总体进展', '二、重点领域', '三、空间布局', '四、重点项目', '五、企业梯度培育', '六、存在的问题', '七、下一步建议', '附录', '演示数据', '数字经济核心产业营收', '专精特新“小巨人”企业累计数量']) {
        expect(content, phrase).toContain(phrase);
      }
      // The contents list ends each entry with a page number LibreOffice filled in.
      expect(content).toMatch(/一、总体进展\.{3,}\d+/);
      const fonts = (await run('pdffonts', [file])).stdout;
      expect(fonts).toMatch(/NotoSansHans-Regular\S*\s.*\byes\b/);
      expect(fonts).toMatch(/NotoSansHans-Bold/);
    },
    RENDER_TIMEOUT,
  );

  it(
    'converts the English document too',
    async () => {
      const pdf = await convertDocxToPdf(docx.get('en')!);
      const file = join(dir, 'report-en.pdf');
      writeFileSync(file, pdf);
      const content = (await run('pdftotext', [file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
      for (const phrase of ['Mid-term Evaluation Report', 'Overall progress', 'Problems and their causes', 'Recommendations', 'Demo data']) {
        expect(content, phrase).toContain(phrase);
      }
    },
    RENDER_TIMEOUT,
  );

  it('says clearly when LibreOffice is missing', async () => {
    await expect(convertDocxToPdf(Buffer.from('not used'), { soffice: '/nonexistent/soffice' })).rejects.toThrow(PdfConversionError);
    await expect(convertDocxToPdf(Buffer.from('not used'), { soffice: '/nonexistent/soffice' })).rejects.toThrow(/install libreoffice-writer/);
  });
});
