/**
 * One cell, whatever produced it. CSV gives strings; exceljs gives numbers, strings,
 * booleans, Dates (zoneless: read with getUTC*), rich text, formulas with their cached
 * result, hyperlinks and error values. Everything downstream sees only these variants.
 */
export type Cell =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; date: Date }
  /** `#N/A`, `#DIV/0!`, … — or a formula saved without a result (nothing to read). */
  | { type: 'error'; code: string };

export const EMPTY: Cell = { type: 'empty' };

// Spaces Excel users paste without seeing: no-break, ideographic, zero-width, BOM.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

export function toCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'string') {
    const text = cleanText(raw);
    return text === '' ? EMPTY : { type: 'text', text };
  }
  if (typeof raw === 'number') return Number.isNaN(raw) ? { type: 'error', code: '#NUM!' } : { type: 'number', value: raw };
  if (typeof raw === 'boolean') return { type: 'boolean', value: raw };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { type: 'error', code: '#VALUE!' } : { type: 'date', date: raw };
  if (typeof raw === 'object') return objectCell(raw as Record<string, unknown>);
  return toCell(String(raw));
}

function objectCell(o: Record<string, unknown>): Cell {
  if (Array.isArray(o.richText)) {
    return toCell(o.richText.map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : '')).join(''));
  }
  if ('formula' in o || 'sharedFormula' in o) {
    // exceljs keeps the result Excel or LibreOffice cached; a formula saved by a program
    // that never calculated it has none, and this importer never evaluates formulas.
    if (o.result === undefined || o.result === null) return { type: 'error', code: 'formula' };
    return toCell(o.result);
  }
  if (typeof o.error === 'string') return { type: 'error', code: o.error };
  if ('hyperlink' in o || 'text' in o) return toCell(o.text);
  return { type: 'error', code: 'unknown' };
}

/** The cell as text, as an issue shows it ("value found"). */
export function cellText(cell: Cell): string | null {
  switch (cell.type) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return isoDate(cell.date);
    case 'error':
      return cell.code === 'formula' ? '=…' : cell.code;
  }
}

/** A Date cell's calendar day (Excel dates carry no zone: their UTC fields are the day). */
export function isoDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
