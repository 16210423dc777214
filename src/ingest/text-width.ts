/** Column width for text in Excel units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

export function columnWidth(texts: readonly string[], min = 10, max = 40): number {
  const widest = Math.max(0, ...texts.map(displayWidth));
  return Math.min(max, Math.max(min, widest + 3));
}
