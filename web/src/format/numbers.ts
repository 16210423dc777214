/**
 * Numbers for each language, grouped and rounded with Intl.NumberFormat: Chinese in the
 * plan's own units (3,000.5 亿元), English in familiar ones (CNY 300.05 bn). The unit is
 * divided first, then formatted, so a table keeps one unit throughout.
 */
import type { Lang, Text } from '../api/text.ts';

export interface UnitLike {
  id: string;
  symbol: string;
  name: Text;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const key = `${lang}:${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  const text = formatter.format(value);
  return text === '-0' ? '0' : text;
}

/** The value in the unit the reader expects, with that unit. */
export function formatValue(value: number | null | undefined, unit: UnitLike | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (!unit) return formatNumber(value, lang, digits);
  if (lang === 'zh') return unit.symbol === '%' ? `${formatNumber(value, lang, digits)}%` : `${formatNumber(value, lang, digits)} ${unit.symbol}`;
  switch (unit.id) {
    case '100m-cny':
      return `CNY ${formatNumber(value / 10, lang, digits)} bn`;
    case '10k-cny':
      return `CNY ${formatNumber(value * 10, lang, 0)} k`;
    case 'percent':
      return `${formatNumber(value, lang, digits)}%`;
    case 'count':
      return formatNumber(value, lang, 0);
    default:
      return `${formatNumber(value, lang, digits)} ${unit.name.en}`;
  }
}

/** The number alone, in the same display unit as formatValue (for chart axes and table cells). */
export function displayNumber(value: number, unit: UnitLike | undefined, lang: Lang): number {
  if (lang === 'en' && unit?.id === '100m-cny') return value / 10;
  if (lang === 'en' && unit?.id === '10k-cny') return value * 10;
  return value;
}

/** The unit's label in the display unit of displayNumber. */
export function displayUnit(unit: UnitLike | undefined, lang: Lang): string {
  if (!unit) return '';
  if (lang === 'zh') return unit.symbol;
  switch (unit.id) {
    case '100m-cny':
      return 'CNY bn';
    case '10k-cny':
      return 'CNY k';
    case 'percent':
      return '%';
    case 'count':
      return '';
    default:
      return unit.name.en;
  }
}

export function formatPct(pct: number | null | undefined, lang: Lang, digits = 1): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
  return `${formatNumber(pct, lang, digits)}%`;
}

/** Money in 万元 (enterprise data): 亿元 once it is large, in Chinese; CNY millions in English. */
export function formatWan(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (lang === 'en') return `CNY ${formatNumber(value / 100, lang, 2)} m`;
  return Math.abs(value) >= 10_000 ? `${formatNumber(value / 10_000, lang, 2)} 亿元` : `${formatNumber(value, lang, 1)} 万元`;
}
