/**
 * Values and thresholds as a person reads them, in Chinese or English: 2.4%, 500 万元,
 * 省级, 是 — and the phrase a gap is told in (「需达到 3%」, "needs at least 3%").
 */
import type { Text } from '../plan/schema.ts';
import type { Bound, BoundValue } from './comparator.ts';
import type { Value } from './measure.ts';
import { unitSuffix, type UnitId } from './units.ts';

export type Lang = 'zh' | 'en';

/** The name of a level word (省级 for `provincial`), when the measure is level-valued. */
export type LevelNamer = (level: string) => Text | undefined;

export function formatNumber(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function formatValue(value: Value | BoundValue, unit: UnitId, lang: Lang, levelName?: LevelNamer): string {
  if (value === null) return lang === 'zh' ? '无法计算' : 'not computable';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  // English readers count in millions, not in 万: 3000 万元 is 30 million yuan.
  if (typeof value === 'number' && unit === '10k-cny' && lang === 'en') return `${formatNumber(value / 100)} million yuan`;
  if (typeof value === 'number') return `${formatNumber(value)}${unitSuffix[unit][lang]}`;
  if (typeof value === 'string') return levelName?.(value)?.[lang] ?? value;
  return value.map((v) => levelName?.(v)?.[lang] ?? v).join(lang === 'zh' ? '、' : ', ');
}

const symbols: Record<Bound['op'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', in: '∈' };

/** `≥ 5%`, `> 70 分`, `= 是`. */
export function formatBound(bound: Bound, unit: UnitId, lang: Lang, levelName?: LevelNamer): string {
  return `${symbols[bound.op]} ${formatValue(bound.value, unit, lang, levelName)}`;
}

/** What a value must become: 「需达到 3%」 / "needs at least 3%". */
export function requirementPhrase(bound: Bound, unit: UnitId, levelName?: LevelNamer): Text {
  const zh = formatValue(bound.value, unit, 'zh', levelName);
  const en = formatValue(bound.value, unit, 'en', levelName);
  switch (bound.op) {
    case '>=':
      return { zh: `需达到 ${zh}`, en: `needs at least ${en}` };
    case '>':
      return { zh: `需高于 ${zh}`, en: `needs more than ${en}` };
    case '<=':
      return { zh: `需不超过 ${zh}`, en: `needs at most ${en}` };
    case '<':
      return { zh: `需低于 ${zh}`, en: `needs less than ${en}` };
    case '=':
      return { zh: `需为“${zh}”`, en: `needs to be “${en}”` };
    default:
      return { zh: `需为 ${zh} 之一`, en: `needs to be one of ${en}` };
  }
}
