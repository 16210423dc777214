/**
 * A criterion of a tier checklist as cells of a table: the value used and the requirement in
 * the engine's own formatting (src/cultivation/format.ts — 2.4%, 500 万元, ≥ 3%), level and
 * cluster ids named, and the outcome as one of a few words.
 */
import type { Lang, Text } from '../../api/text.ts';
import type { CriterionJson } from '../../api/types.ts';
import type { Bound, BoundValue } from '../../../../src/cultivation/comparator.ts';
import { formatBound, formatValue } from '../../../../src/cultivation/format.ts';
import type { UnitId } from '../../../../src/cultivation/units.ts';

export type CriterionOutcome = 'met' | 'not-met' | 'to-confirm' | 'missing' | 'scored' | 'not-applicable' | 'not-computable';

export function levelNamer(labels: ReadonlyMap<string, Text>) {
  return (level: string): Text | undefined => labels.get(level);
}

/** Passed, failed, still to confirm (a confirmation not given), data missing, points given, or ruled out by a band. */
export function criterionOutcome(c: Pick<CriterionJson, 'applicable' | 'passed' | 'kind' | 'missing' | 'points' | 'value'>): CriterionOutcome {
  if (c.applicable === false) return 'not-applicable';
  if (c.passed === true) return 'met';
  if (c.passed === false) return 'not-met';
  if (c.missing.length > 0) return c.missing.every((m) => m.kind === 'fact') ? 'to-confirm' : 'missing';
  if (c.points !== null) return 'scored';
  return 'not-computable';
}

/** The value the assessment used; null when it had none (the outcome then says why). */
export function valueText(c: Pick<CriterionJson, 'value' | 'unit' | 'missing'>, lang: Lang, labels: ReadonlyMap<string, Text>): string | null {
  if (c.value === null) return c.missing.length > 0 ? null : formatValue(null, c.unit as UnitId, lang);
  return formatValue(c.value as BoundValue, c.unit as UnitId, lang, levelNamer(labels));
}

/** What is required: `≥ 3%`, `= 是`, `∈ 商业航天、深海科技`; for a scored criterion its points of the most. */
export function requirementText(c: Pick<CriterionJson, 'comparator' | 'threshold' | 'unit'>, lang: Lang, labels: ReadonlyMap<string, Text>): string | null {
  if (c.comparator === null || c.threshold === null) return null;
  return formatBound({ op: c.comparator, value: c.threshold } as Bound, c.unit as UnitId, lang, levelNamer(labels));
}

/** Points: `5 / 5`, an expert band `7–8 / 30`; the next band up: `≥ 0% → 2`. */
export function pointsText(c: Pick<CriterionJson, 'points' | 'pointsUpTo' | 'maxPoints'>, lang: Lang): string | null {
  if (c.points === null) return null;
  const got = c.pointsUpTo !== null && c.pointsUpTo !== c.points ? `${c.points}–${c.pointsUpTo}` : String(c.points);
  const unit = lang === 'zh' ? ' 分' : ' pts';
  return c.maxPoints === null ? `${got}${unit}` : `${got} / ${c.maxPoints}${unit}`;
}

export function nextBandText(c: Pick<CriterionJson, 'next' | 'unit'>, lang: Lang, labels: ReadonlyMap<string, Text>): string | null {
  if (!c.next) return null;
  const bound = c.next.comparator !== null && c.next.threshold !== null ? formatBound({ op: c.next.comparator, value: c.next.threshold } as Bound, c.unit as UnitId, lang, levelNamer(labels)) : null;
  const points = lang === 'zh' ? `${c.next.points} 分` : `${c.next.points} pts`;
  return bound ? `${bound} → ${points}` : points;
}
