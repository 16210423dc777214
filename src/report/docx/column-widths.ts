/**
 * Table column widths for Word: the model's proportions, except that no column is narrower
 * than its longest unbreakable word — Latin words cannot wrap like Chinese characters, and
 * LibreOffice would otherwise split "construction" into "constructi/on". The room a column
 * needs is estimated from the text (Chinese characters one em, other characters about half).
 */
import type { Table } from '../model/report-model.ts';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Width in ems of the widest piece of text that cannot be broken. */
export function longestUnbreakable(text: string): number {
  let widest = 0;
  for (const word of text.split(/[\s\-–—/]+/)) {
    let width = 0;
    for (const ch of word) {
      if (CJK.test(ch)) {
        widest = Math.max(widest, width, 1);
        width = 0;
      } else width += 0.56;
    }
    widest = Math.max(widest, width);
  }
  return widest;
}

/** Column widths in twips summing to `total`, for text of `fontPt` points and cell margins of `paddingTwips` each side. */
export function columnWidths(table: Table, total: number, fontPt: number, paddingTwips: number): number[] {
  const em = fontPt * 20;
  const minimum = table.columns.map((column, k) => {
    const texts = [column.label, ...table.rows.map((row) => row[k]?.text ?? '')];
    // Headers are bold, a little wider.
    const need = Math.max(...texts.map((t, i) => longestUnbreakable(t) * (i === 0 ? 1.08 : 1)));
    return Math.ceil(need * em + 2 * paddingTwips + 30);
  });
  const weights = table.columns.map((c) => c.width);
  const sum = weights.reduce((a, b) => a + b, 0);
  let widths = weights.map((w) => (w / sum) * total);
  // Raise narrow columns to their minimum, taking the room from those with some to spare, until stable.
  for (let round = 0; round < 10; round++) {
    const deficit = widths.reduce((d, w, k) => d + Math.max(0, minimum[k]! - w), 0);
    if (deficit < 1) break;
    const spare = widths.map((w, k) => Math.max(0, w - minimum[k]!));
    const spareTotal = spare.reduce((a, b) => a + b, 0);
    if (spareTotal <= 0) break;
    const take = Math.min(1, deficit / spareTotal);
    widths = widths.map((w, k) => (w < minimum[k]! ? minimum[k]! : w - spare[k]! * take));
  }
  const floored = widths.map((w) => Math.floor(w));
  floored[floored.length - 1]! += total - floored.reduce((a, b) => a + b, 0);
  return floored;
}
