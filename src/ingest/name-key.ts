/**
 * How names and headers are compared: NFKC (full-width letters, digits and brackets become
 * half-width, Ⅱ becomes II), no spaces anywhere, case ignored.
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '').toLowerCase();
}

/**
 * A header's key: a name key without a required-marker (`*企业名称`) and without a trailing
 * unit in brackets, so `营业收入（万元）`, `营业收入(万元)` and `营业收入` are the same column.
 */
export function headerKey(text: string): string {
  const key = nameKey(text).replace(/^[*★]+|[*★]+$/g, '');
  const withoutUnit = key.replace(/(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】)$/, '');
  return withoutUnit === '' ? key : withoutUnit;
}
