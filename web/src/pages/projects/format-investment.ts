/**
 * Project investment as readers expect it: the plan's 亿元 in Chinese, CNY millions in English
 * (a project's yearly investment is often below one billion, so billions would read as 0.0x).
 */
import type { Lang } from '../../api/text.ts';
import { formatNumber } from '../../format/numbers.ts';

/** `0.18 亿元` / `CNY 18 m`; a dash for nothing. */
export function formatInvestment(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return lang === 'zh' ? `${formatNumber(value, lang, 2)} 亿元` : `CNY ${formatNumber(value * 100, lang, 1)} m`;
}

/** The unit of a chart axis in the same terms. */
export function investmentAxisUnit(lang: Lang): string {
  return lang === 'zh' ? '亿元' : 'CNY m';
}

/** A value in the axis unit of `investmentAxisUnit`. */
export function investmentAxisValue(value: number | null, lang: Lang): number | null {
  if (value === null) return null;
  return lang === 'zh' ? value : Math.round(value * 100 * 10) / 10;
}

/** Completed against planned with the unit once: `0.18 / 0.9 亿元`, `CNY 18 / 90 m`. */
export function formatInvestmentPair(completed: number | null, planned: number | null, lang: Lang): string {
  const number = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : lang === 'zh' ? formatNumber(v, lang, 2) : formatNumber(v * 100, lang, 1));
  return lang === 'zh' ? `${number(completed)} / ${number(planned)} 亿元` : `CNY ${number(completed)} / ${number(planned)} m`;
}
