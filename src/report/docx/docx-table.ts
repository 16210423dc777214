/**
 * A model table as a Word table: fixed column widths in the model's proportions, the header
 * row repeated on every page, rows kept whole, figures right-aligned and statuses centred.
 */
import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Column, Lang, Table as ModelTable } from '../model/report-model.ts';
import { columnWidths } from './column-widths.ts';
import { COLOURS, tableFontPt, TEXT_WIDTH, toneText } from './docx-styles.ts';

const border = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function alignment(column: Column) {
  if (column.kind === 'text') return AlignmentType.LEFT;
  if (column.kind === 'status' || column.kind === 'year' || column.kind === 'date') return AlignmentType.CENTER;
  return AlignmentType.RIGHT;
}

export function docxTable(table: ModelTable, lang: Lang): (Paragraph | Table)[] {
  const cellMargins = { top: 40, bottom: 40, left: 50, right: 50 };
  const widths = columnWidths(table, TEXT_WIDTH, tableFontPt(lang), cellMargins.left);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, k) =>
        new TableCell({
          width: { size: widths[k]!, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.headerFill },
          verticalAlign: VerticalAlign.CENTER,
          margins: cellMargins,
          children: [new Paragraph({ style: 'TableText', alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.label, bold: true })] })],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, k) => {
          const column = table.columns[k]!;
          return new TableCell({
            width: { size: widths[k]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: cellMargins,
            children: [
              new Paragraph({
                style: 'TableText',
                alignment: alignment(column),
                children: [new TextRun({ text: cell.text, ...(cell.tone && column.kind === 'status' ? { color: toneText[cell.tone] } : {}) })],
              }),
            ],
          });
        }),
      }),
  );
  return [
    new Paragraph({ style: 'Caption', children: [new TextRun(table.caption)] }),
    new Table({ rows: [header, ...rows], columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders }),
    ...table.notes.map((note) => new Paragraph({ style: 'TableNote', children: [new TextRun(note)] })),
  ];
}
