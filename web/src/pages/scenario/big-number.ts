/**
 * A headline amount: the plan states the industry system's target as 1 万亿元 (10,000 亿元),
 * so amounts of that size read in 万亿元 (Chinese) or CNY trillion (English); anything
 * else as formatValue gives it.
 */
import type { Lang } from '../../api/text.ts';
import { formatNumber, formatValue, type UnitLike } from '../../format/numbers.ts';

const WAN_YI = 10_000; // 亿元 in one 万亿元

export function formatBigValue(value: number | null | undefined, unit: UnitLike | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit?.id === '100m-cny' && Math.abs(value) >= WAN_YI) {
    return lang === 'zh' ? `${formatNumber(value / WAN_YI, lang, digits)} 万亿元` : `CNY ${formatNumber(value / WAN_YI, lang, digits)} tn`;
  }
  return formatValue(value, unit, lang, digits);
}
