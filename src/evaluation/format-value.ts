/**
 * Numbers as a reader quotes them: Chinese in the plan's own units (3000亿元, 15.42%),
 * English in familiar ones (CNY 300 billion). Used by the explanations, so every door
 * words a number the same way.
 */
import { roundTo } from '../plan/growth.ts';
import type { Text, Unit } from '../plan/schema.ts';

export type Lang = keyof Text;

export function formatNumber(value: number, digits = 2): string {
  const rounded = roundTo(value, digits);
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const n = formatNumber(value);
  if (lang === 'zh') return `${n}${unit.symbol}`;
  switch (unit.id) {
    case '100m-cny':
      return `CNY ${formatNumber(value / 10)} billion`;
    case '10k-cny':
      return `CNY ${formatNumber(value * 10, 0)} thousand`;
    case 'percent':
      return `${n}%`;
    case 'count':
      return n;
    default:
      return `${n} ${unit.name.en}`;
  }
}

/** A fraction as a percentage with one decimal: 0.0718 → "7.2%". */
export function formatRate(fraction: number): string {
  return `${formatNumber(fraction * 100, 1)}%`;
}

export function formatPct(pct: number, digits = 1): string {
  return `${formatNumber(pct, digits)}%`;
}
