/**
 * The bundled CJK font draws curly quotes full-width, which gapes in English text. For the
 * Word/PDF rendering of an English report, quotes in strings without Chinese characters
 * become straight ones; Chinese text keeps its “”.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function latinQuotes(text: string): string {
  return CJK.test(text) ? text : text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
}

/** Every string of a value (the report model), with `latinQuotes` applied. */
export function withLatinQuotes<T>(value: T): T {
  if (typeof value === 'string') return latinQuotes(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withLatinQuotes(v)) as T;
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLatinQuotes(v)])) as T;
  }
  return value;
}
