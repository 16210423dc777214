/**
 * Values in the plan's own unit (亿元, %, 个), as they are entered: the entry form and its
 * neighbours show what the officer types, not the reader-friendly conversion of formatValue
 * (CNY bn), so the two never disagree by a factor of ten.
 */
import type { Lang } from '../../api/text.ts';
import { formatNumber } from '../../format/numbers.ts';
import type { Unit } from './series.ts';

/** The unit as a field label: 亿元 / 100 million yuan, % , 个 / count. */
export function unitLabel(unit: Unit | undefined, lang: Lang): string {
  if (!unit) return '';
  if (unit.symbol === '%') return '%';
  return lang === 'zh' ? unit.symbol : unit.name.en;
}

export function formatInUnit(value: number | null | undefined, unit: Unit | undefined, lang: Lang, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const number = formatNumber(value, lang, digits);
  if (!unit) return number;
  if (unit.symbol === '%') return `${number}%`;
  return `${number} ${unitLabel(unit, lang)}`;
}

/** A signed difference: +12.5 / −3 (a true minus sign). */
export function formatSigned(value: number, lang: Lang, digits = 2): string {
  const text = formatNumber(Math.abs(value), lang, digits);
  if (text === '0') return '0';
  return value > 0 ? `+${text}` : `−${text}`;
}
