/**
 * Numbers, dates and spans as the report prints them. Chinese tables write figures without
 * thousands separators (8272.55), English ones with (8,272.55); both round like the
 * evaluation (2 decimals for values, 1 for percentages) so a figure reads the same as on
 * screen. Prose amounts go through the evaluation's own `formatValue`.
 */
import { formatValue } from '../../evaluation/format-value.ts';
import type { Unit } from '../../plan/schema.ts';
import type { Lang } from './report-model.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatFigure(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, useGrouping: lang === 'en' });
    numberFormats.set(key, format);
  }
  const text = format.format(value);
  return text === '-0' ? '0' : text;
}

/** A percentage already in % (54.4 → "54.4%"). */
export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return `${formatFigure(value, lang, digits)}%`;
}

/** A value with its unit, worded as the evaluation's explanations word it. */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  return formatValue(value, unit, lang);
}

export function yearSpan(from: number, to: number, lang: Lang): string {
  if (from === to) return lang === 'zh' ? `${from}年` : String(from);
  return lang === 'zh' ? `${from}—${to}年` : `${from}–${to}`;
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD → 2029年5月1日 / 1 May 2029. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${englishMonths[m - 1]} ${y}`;
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A list of names: 甲、乙、丙 / A, B and C. */
export function joinNames(names: readonly string[], lang: Lang): string {
  // Chinese joins with 、 only: many names contain 和 themselves (维修和再制造).
  if (lang === 'zh') return names.join('、');
  if (names.length <= 1) return names.join('');
  // English names may hold commas (“SRDI SMEs, cumulative”); then semicolons keep them apart.
  const separator = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return `${names.slice(0, -1).join(separator)}${separator === '; ' ? '; and ' : ' and '}${names.at(-1)}`;
}

/** 1 project / 2 projects (English only; Chinese needs no plural). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** Capitalises the first letter (English labels that start a table cell or heading). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
