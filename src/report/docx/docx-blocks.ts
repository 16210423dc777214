/** The model's blocks as Word content: paragraphs, lists, tables, charts (PNG), notices, figures. */
import { AlignmentType, BorderStyle, ImageRun, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { ChartImage } from '../charts/render-chart.ts';
import type { Block, ChartSpec, Lang, Notice } from '../model/report-model.ts';
import { COLOURS, TEXT_WIDTH, TEXT_WIDTH_PX, toneText } from './docx-styles.ts';
import { docxTable } from './docx-table.ts';

export type ChartPainter = (spec: ChartSpec) => ChartImage;

export function docxBlock(block: Block, paint: ChartPainter, lang: Lang): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          style: 'Body',
          children: [...(block.lead ? [new TextRun({ text: block.lead, bold: true })] : []), new TextRun(block.text)],
        }),
      ];
    case 'list':
      return block.items.map(
        (item, k) =>
          new Paragraph({
            style: 'ListItem',
            children: [
              new TextRun(`${block.ordered ? `${k + 1}.` : '•'}\t`),
              ...(item.lead ? [new TextRun({ text: item.lead, bold: true })] : []),
              new TextRun(item.text),
            ],
            tabStops: [{ type: 'left', position: 420 }],
          }),
      );
    case 'table':
      return docxTable(block, lang);
    case 'chart': {
      const image = paint(block.spec);
      const width = Math.min(TEXT_WIDTH_PX - 10, block.spec.width * 0.78);
      const height = Math.round((width * image.height) / image.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width, height },
              altText: { name: block.spec.id, title: block.spec.title, description: `${block.spec.title} — ${block.spec.unit} — ${block.spec.source}` },
            }),
          ],
        }),
        // Under its figure, a caption must not keep with what follows, or figure, caption and the next heading chain together.
        new Paragraph({ style: 'Caption', keepNext: false, spacing: { before: 60, after: 200 }, children: [new TextRun(block.caption)] }),
      ];
    }
    case 'notice':
      return [noticeBox(block)];
    case 'figures':
      return [figuresRow(block.items)];
  }
}

/** A boxed notice: a one-cell table, shaded and ruled in the notice's colour, that cannot be missed. */
export function noticeBox(notice: Notice): Table {
  const [fill, rule] =
    notice.tone === 'demo' ? [COLOURS.demoFill, COLOURS.demoBorder] : notice.tone === 'warning' ? [COLOURS.warningFill, COLOURS.warningBorder] : [COLOURS.infoFill, COLOURS.infoBorder];
  const line = { style: BorderStyle.SINGLE, size: 12, color: rule };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, color: 'auto', fill },
            margins: { top: 100, bottom: 100, left: 160, right: 160 },
            children: [
              new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: notice.title, bold: true, color: rule })] }),
              new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: notice.text, size: 20 })] }),
            ],
          }),
        ],
      }),
    ],
  });
}

function figuresRow(items: { label: string; value: string; tone?: keyof typeof toneText }[]): Table {
  const width = Math.floor(TEXT_WIDTH / Math.max(1, items.length));
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: items.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule } },
    rows: [
      new TableRow({
        cantSplit: true,
        children: items.map(
          (item) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 80, right: 80 },
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  spacing: { after: 0 },
                  children: [new TextRun({ text: item.value, bold: true, size: 40, color: item.tone ? toneText[item.tone] : COLOURS.ink })],
                }),
                new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: item.label, size: 18, color: COLOURS.muted })] }),
              ],
            }),
        ),
      }),
    ],
  });
}
