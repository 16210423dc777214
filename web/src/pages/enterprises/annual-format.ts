/**
 * An enterprise's annual figure in a table cell: 万元 in Chinese (亿元 once large), CNY millions
 * in English, persons and items as counts, shares in %, yes or no.
 */
import type { Lang } from '../../api/text.ts';
import { formatNumber, formatWan } from '../../format/numbers.ts';
import type { UnitId } from '../../../../src/cultivation/units.ts';

export function annualCell(value: number | boolean | null | undefined, unit: UnitId, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  switch (unit) {
    case '10k-cny':
      return formatWan(value, lang);
    case 'percent':
      return `${formatNumber(value, lang, 2)}%`;
    case 'persons':
      return lang === 'zh' ? `${formatNumber(value, lang, 0)} 人` : formatNumber(value, lang, 0);
    case 'items':
      return lang === 'zh' ? `${formatNumber(value, lang, 0)} 件` : formatNumber(value, lang, 0);
    case 'years':
      return lang === 'zh' ? `${formatNumber(value, lang, 0)} 年` : `${formatNumber(value, lang, 0)} yrs`;
    default:
      return formatNumber(value, lang, 2);
  }
}

/** 万元 for a chart axis: as is in Chinese, in CNY millions in English. */
export function wanAxis(value: number | null, lang: Lang): number | null {
  if (value === null) return null;
  return lang === 'zh' ? value : Math.round(value) / 100;
}

/** R&D expense as a share of revenue, in %, one decimal; null without a positive revenue. */
export function rdShare(rd: number | null, revenue: number | null): number | null {
  if (rd === null || revenue === null || revenue <= 0) return null;
  return Math.round((rd / revenue) * 1000) / 10;
}
