/**
 * Numbers headings and captions in document order, in the style of each language:
 * 一、 （一） 1. and 表1 图1 in Chinese; 1. 1.1 1.1.1 and Table 1 / Figure 1 in English.
 */
import type { DraftSection } from './draft.ts';
import type { Block, Lang, Section } from './report-model.ts';

/** U+3000, the full-width space Chinese captions put between number and title. */
const IDEOGRAPHIC_SPACE = '\u3000';

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (enough for chapters and sub-sections). */
export function chineseNumber(n: number): string {
  if (n < 10) return chineseDigits[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : chineseDigits[n % 10]}`;
  return `${chineseDigits[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : chineseDigits[n % 10]}`;
}

export function numberReport(drafts: readonly DraftSection[], lang: Lang): Section[] {
  const counters = { table: 0, figure: 0 };
  let chapter = 0;
  return drafts.map((d) => {
    const number = d.numbered ? ++chapter : null;
    const heading = number === null ? d.title : lang === 'zh' ? `${chineseNumber(number)}、${d.title}` : `${number}. ${d.title}`;
    const prefix = number === null ? (d.letter ?? '') : String(number);
    return finish(d, heading, 1, prefix, lang, counters);
  });
}

function finish(d: DraftSection, heading: string, level: 1 | 2 | 3, prefix: string, lang: Lang, counters: { table: number; figure: number }): Section {
  const blocks = d.blocks.map((b) => caption(b, lang, counters));
  const children = d.children.map((child, k) => {
    const childLevel = (level + 1) as 2 | 3;
    const path = prefix ? `${prefix}.${k + 1}` : String(k + 1);
    const numbered =
      lang === 'zh' ? (childLevel === 2 ? `（${chineseNumber(k + 1)}）${child.title}` : `${k + 1}. ${child.title}`) : `${path} ${child.title}`;
    return finish(child, numbered, childLevel, path, lang, counters);
  });
  return { id: d.id, heading, level, blocks, children };
}

function caption(block: Block, lang: Lang, counters: { table: number; figure: number }): Block {
  if (block.kind === 'table') {
    const n = ++counters.table;
    return { ...block, caption: lang === 'zh' ? `表${n}${IDEOGRAPHIC_SPACE}${block.caption}` : `Table ${n}. ${block.caption}` };
  }
  if (block.kind === 'chart') {
    const n = ++counters.figure;
    return { ...block, caption: lang === 'zh' ? `图${n}${IDEOGRAPHIC_SPACE}${block.caption}` : `Figure ${n}. ${block.caption}` };
  }
  return block;
}
