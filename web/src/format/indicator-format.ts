/**
 * How an indicator's numbers read: the target with the plan's own qualifier (以上, 左右,
 * 达到, 以下, 完成下达目标) and signed gaps. Pure, so the table, the cards and the big
 * screen word a target the same way.
 */
import type { Lang } from '../api/text.ts';
import { formatNumber, formatValue, type UnitLike } from './numbers.ts';

export type TargetKind = 'at_least' | 'approximately' | 'reach' | 'at_most' | 'assigned';

/** "10,000 亿元以上" / "at least CNY 1,000 bn"; an assigned target has no number of its own. */
export function targetText(value: number | null, kind: TargetKind, unit: UnitLike | undefined, lang: Lang): string {
  if (kind === 'assigned' || value === null) return lang === 'zh' ? '完成国家下达目标' : 'as assigned each year';
  const shown = formatValue(value, unit, lang);
  if (lang === 'zh') {
    switch (kind) {
      case 'at_least':
        return `${shown}以上`;
      case 'approximately':
        return `${shown}左右`;
      case 'at_most':
        return `${shown}以下`;
      case 'reach':
        return `达到${shown}`;
    }
  }
  switch (kind) {
    case 'at_least':
      return `at least ${shown}`;
    case 'approximately':
      return `about ${shown}`;
    case 'at_most':
      return `at most ${shown}`;
    case 'reach':
      return shown;
  }
}

/** A percentage with its sign, for gaps and growth: "+0.1%", "−3.14%". */
export function signedPct(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatNumber(Math.abs(value), lang, digits);
  if (text === '0') return '0%';
  return `${value > 0 ? '+' : '−'}${text}%`;
}

/** Completion clamped for a progress bar (a value beyond the target fills it; a loss empties it). */
export function barPercent(pct: number | null | undefined): number {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return 0;
  return Math.max(0, Math.min(100, pct));
}
