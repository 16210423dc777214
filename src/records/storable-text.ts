/**
 * Text a database can keep exactly as it was given. PostgreSQL refuses the NUL character
 * (U+0000) in text outright — an insert with one fails — and neither engine can store half
 * of a UTF-16 surrogate pair (it would come back as U+FFFD, a silent change). SQLite takes
 * NUL, so without this rule the same file would import on one engine and fail on the other.
 * Such text is refused where it enters (an import cell, an API field), naming the place.
 */
import type { Text } from '../plan/schema.ts';

// A quick first look: most text has none of these code units at all.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnstorableReason = 'nul' | 'lone_surrogate';

/** Why the text cannot be stored as it is, or null when it can. */
export function unstorableText(text: string): UnstorableReason | null {
  if (!SUSPECT.test(text)) return null;
  if (text.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(text) ? 'lone_surrogate' : null;
}

export const UNSTORABLE_PROBLEM: Record<UnstorableReason, Text> = {
  nul: { zh: '含有不可见的空字符（U+0000），无法保存；请删除该字符', en: 'contains a NUL character (U+0000), which cannot be stored; remove it' },
  lone_surrogate: { zh: '含有残缺的字符（不成对的 UTF-16 代理项），无法保存；请重新输入该文字', en: 'contains a broken character (half of a UTF-16 surrogate pair), which cannot be stored; type the text again' },
};
