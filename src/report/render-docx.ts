/**
 * The report as a Word document (docx 9): a cover, the contents, then the sections, each
 * chapter on a new page; charts as PNG images drawn with the bundled CJK font; a running
 * header that says "demo data" on every page when demo rows were used; page numbers.
 */
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { renderChartPng, renderChartPngAsync, type ChartImage } from './charts/render-chart.ts';
import { docxBlock, type ChartPainter } from './docx/docx-blocks.ts';
import { bookmarkNames, contentsChildren, coverChildren, headingParagraph } from './docx/docx-cover.ts';
import { COLOURS, documentStyles, PAGE } from './docx/docx-styles.ts';
import { withLatinQuotes } from './docx/latin-quotes.ts';
import type { ChartSpec, ReportModel, Section } from './model/report-model.ts';

export interface DocxOptions {
  /** How charts become images (tests may pass a cheaper one); ECharts + resvg by default. */
  paintChart?: ChartPainter;
}

/** Every chart of the model drawn at once (resvg's thread pool), then handed out by spec. */
async function paintedInParallel(model: ReportModel): Promise<ChartPainter> {
  const specs: ChartSpec[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as { kind?: unknown; spec?: ChartSpec };
      if (object.kind === 'chart' && object.spec) specs.push(object.spec);
      else Object.values(object).forEach(visit);
    }
  };
  visit(model.sections);
  const images = new Map<ChartSpec, ChartImage>(await Promise.all(specs.map(async (spec) => [spec, await renderChartPngAsync(spec)] as const)));
  return (spec) => images.get(spec) ?? renderChartPng(spec);
}

export async function renderDocx(original: ReportModel, options: DocxOptions = {}): Promise<Buffer> {
  const model = original.lang === 'en' ? withLatinQuotes(original) : original;
  const paint = options.paintChart ?? (await paintedInParallel(model));
  const bookmarks = bookmarkNames(model);
  const body: (Paragraph | Table)[] = [];
  const write = (section: Section) => {
    body.push(headingParagraph(section, bookmarks.get(section.id)!, section.level === 1));
    for (const block of section.blocks) body.push(...docxBlock(block, paint, model.lang));
    for (const child of section.children) write(child);
  };
  model.sections.forEach(write);

  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginSide, right: PAGE.marginSide, header: 700, footer: 700 },
  };
  const runningTitle = `${model.cover.planTitle} · ${model.cover.title}`;
  // English plan titles are long: the running header names the report, not the plan.
  const headerTitle = model.lang === 'zh' ? runningTitle : `${model.cover.title}, ${model.year}`;
  const demoMark = model.lang === 'zh' ? '演示数据 · 非官方统计' : 'DEMO DATA · not official statistics';
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: headerTitle, size: 16, color: COLOURS.muted }),
          ...(model.demo ? [new TextRun({ text: `\u3000【${demoMark}】`, size: 16, bold: true, color: COLOURS.demoBorder })] : []),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 18 })] })],
  });
  const document = new Document({
    creator: 'Plansight',
    title: runningTitle,
    description: model.demo ? demoMark : `${model.cover.title} ${model.year}`,
    features: { updateFields: true },
    styles: documentStyles(model.lang),
    sections: [
      { properties: { page }, children: coverChildren(model) },
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } } },
        headers: { default: header },
        footers: { default: footer },
        children: [...contentsChildren(model, bookmarks), ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
