/**
 * The Word document's look: A4, Chinese report typography (body 10.5pt / 五号 with a
 * two-character first-line indent in Chinese, headings in bold), and one CJK font name for
 * every script. "Noto Sans SC" is asked for by name; Word substitutes its own East Asian
 * font (e.g. SimSun) where it is missing, and the PDF conversion maps it to the bundled
 * Noto Sans Hans (render-pdf.ts), so the PDF never depends on the machine's fonts.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { Lang, Tone } from '../model/report-model.ts';

export const DOCX_FONT = 'Noto Sans SC';

export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1440,
  marginBottom: 1300,
  marginSide: 1247,
} as const;

/** The text width in twips (A4 less the side margins). */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginSide;
/** The text width in CSS pixels (96 dpi), for images. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export const COLOURS = {
  ink: '222222',
  muted: '666666',
  rule: 'BFBFBF',
  headerFill: 'E8EEF5',
  demoFill: 'FDECEA',
  demoBorder: 'C0392B',
  warningFill: 'FFF4E0',
  warningBorder: 'E07B39',
  infoFill: 'EAF2FB',
  infoBorder: '2F80ED',
} as const;

export const toneText: Record<Tone, string> = { good: '1B7F3B', fair: '1F5FA8', bad: 'C0392B', neutral: '555555' };

const font = { ascii: DOCX_FONT, eastAsia: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT };

/** Table text in points: 8.5 (小五-ish) for Chinese, 8 for English, whose words are longer. */
export function tableFontPt(lang: Lang): number {
  return lang === 'zh' ? 8.5 : 8;
}

export function documentStyles(lang: Lang): IStylesOptions {
  // 五号 body; Chinese paragraphs open with a two-character indent, English ones do not. The CJK
  // font is tall, so English lines need less extra spacing than Chinese ones.
  const bodyIndent = lang === 'zh' ? { firstLine: 420 } : undefined;
  return {
    default: {
      document: {
        run: { font, size: 21, color: COLOURS.ink, language: { value: lang === 'zh' ? 'zh-CN' : 'en-GB', eastAsia: 'zh-CN' } },
        // lineRule must be explicit: LibreOffice reads a bare w:line as an exact height and clips images to it.
        paragraph: { spacing: { line: lang === 'zh' ? 330 : 290, lineRule: LineRuleType.AUTO, after: 100 } },
      },
      heading1: {
        run: { font, size: 32, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 240, after: 240 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font, size: 28, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font, size: 24, bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 180, after: 100 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      { id: 'Body', name: 'Body', basedOn: 'Normal', quickFormat: true, paragraph: { indent: bodyIndent, alignment: AlignmentType.JUSTIFIED } },
      { id: 'ListItem', name: 'List item', basedOn: 'Normal', paragraph: { indent: { left: 420, hanging: 420 }, spacing: { after: 60 } } },
      { id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { size: 20, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 160, after: 80 }, keepNext: true } },
      { id: 'TableText', name: 'Table text', basedOn: 'Normal', run: { size: tableFontPt(lang) * 2 }, paragraph: { spacing: { line: 260, lineRule: LineRuleType.AUTO, after: 0 } } },
      { id: 'TableNote', name: 'Table note', basedOn: 'Normal', run: { size: 16, color: COLOURS.muted }, paragraph: { spacing: { line: 260, lineRule: LineRuleType.AUTO, before: 40, after: 60 } } },
      { id: 'Contents1', name: 'Contents 1', basedOn: 'Normal', run: { size: 22 }, paragraph: { spacing: { before: 80, after: 40 } } },
      { id: 'Contents2', name: 'Contents 2', basedOn: 'Normal', run: { size: 20 }, paragraph: { indent: { left: 420 }, spacing: { after: 20 } } },
    ],
  };
}
