/**
 * The cover and the contents. The contents list every chapter and sub-section with a page
 * reference to a bookmark on its heading: LibreOffice fills the numbers in when it lays the
 * document out (its PDF has them), and Word updates them when it opens the file (the
 * document asks it to update fields) — a TOC field would stay empty in LibreOffice.
 */
import { AlignmentType, Bookmark, LineRuleType, PageReference, Paragraph, TabStopType, TextRun, type Table } from 'docx';
import type { ReportModel, Section } from '../model/report-model.ts';
import { noticeBox } from './docx-blocks.ts';
import { COLOURS, TEXT_WIDTH } from './docx-styles.ts';

/** Word bookmark names: a letter first, then letters, digits or underscores, at most 40 characters. */
export function bookmarkNames(model: ReportModel): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (s: Section) => {
    names.set(s.id, `sec${names.size + 1}`);
    s.children.forEach(visit);
  };
  model.sections.forEach(visit);
  return names;
}

export function coverChildren(model: ReportModel): (Paragraph | Table)[] {
  const c = model.cover;
  return [
    new Paragraph({ spacing: { before: 1800, after: 0 }, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360, line: 360, lineRule: LineRuleType.AUTO }, children: [new TextRun({ text: c.planTitle, bold: true, size: 40 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 1000 }, children: [new TextRun({ text: c.title, bold: true, size: 52 })] }),
    ...c.lines.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: line, size: 24, color: COLOURS.muted })] })),
    new Paragraph({ spacing: { before: 600, after: 0 }, children: [] }),
    ...c.notices.flatMap((notice) => [noticeBox(notice), new Paragraph({ spacing: { after: 120 }, children: [] })]),
  ];
}

export function contentsChildren(model: ReportModel, bookmarks: Map<string, string>): Paragraph[] {
  const title = model.lang === 'zh' ? '目　录' : 'Contents';
  const out = [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [new TextRun({ text: title, bold: true, size: 32 })] })];
  const entry = (s: Section) =>
    new Paragraph({
      style: s.level === 1 ? 'Contents1' : 'Contents2',
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 20, leader: 'dot' }],
      children: [new TextRun(s.heading), new TextRun('\t'), new PageReference(bookmarks.get(s.id)!)],
    });
  for (const section of model.sections) {
    out.push(entry(section));
    for (const child of section.children) out.push(entry(child));
  }
  return out;
}

export function headingParagraph(section: Section, bookmark: string, pageBreakBefore: boolean): Paragraph {
  const level = (['Heading1', 'Heading2', 'Heading3'] as const)[section.level - 1];
  return new Paragraph({
    style: level,
    pageBreakBefore,
    children: [new Bookmark({ id: bookmark, children: [new TextRun(section.heading)] })],
  });
}
