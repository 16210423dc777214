/**
 * One comparison of a measure with a bound, decided or not. Missing data leaves it
 * undecided; the assessment then looks at it three ways (modes): as bad as it could be,
 * with the missing confirmations granted, and with everything missing granted. That is
 * how "passes", "passes once confirmed", "cannot tell yet" and "fails" are told apart.
 */
import { boundOf, meets, type Bound, type Comparator } from './comparator.ts';
import { measure, type MeasureContext, type Measurement } from './measure.ts';
import type { MeasureRef } from './measure-schema.ts';
import type { MissingItem } from './snapshot.ts';

/** worst: every missing item counts against; factsBest: missing confirmations count for, missing figures against; best: everything missing counts for. */
export type Mode = 'worst' | 'factsBest' | 'best';
export const modes: readonly Mode[] = ['worst', 'factsBest', 'best'];

export type PerMode<T> = Record<Mode, T>;
export const perMode = <T>(f: (mode: Mode) => T): PerMode<T> => ({ worst: f('worst'), factsBest: f('factsBest'), best: f('best') });

/** Whether an undecided item counts in its favour in this mode. */
export function grantsMissing(missing: readonly MissingItem[], mode: Mode): boolean {
  return mode === 'best' || (mode === 'factsBest' && missing.every((m) => m.kind === 'fact'));
}

export interface Check {
  measure: MeasureRef;
  measurement: Measurement;
  bound: Bound;
  /** null: undecided (data missing). */
  holds: boolean | null;
  missing: MissingItem[];
}

export function check(ref: MeasureRef, comparator: Comparator, ctx: MeasureContext): Check {
  return checkBound(ref, measure(ref, ctx), boundOf(comparator)!);
}

export function checkBound(ref: MeasureRef, measurement: Measurement, bound: Bound): Check {
  if (!measurement.known) return { measure: ref, measurement, bound, holds: null, missing: measurement.missing };
  return { measure: ref, measurement, bound, holds: meets(bound, measurement.value, measurement.levels), missing: [] };
}

export function holdsIn(c: { holds: boolean | null; missing: readonly MissingItem[] }, mode: Mode): boolean {
  return c.holds ?? grantsMissing(c.missing, mode);
}

/** All of several checks: false as soon as one is decided false, true when all are true, else undecided. */
export function allOf(checks: readonly Check[]): { holds: boolean | null; missing: MissingItem[] } {
  if (checks.some((c) => c.holds === false)) return { holds: false, missing: [] };
  const open = checks.filter((c) => c.holds === null);
  return open.length === 0 ? { holds: true, missing: [] } : { holds: null, missing: open.flatMap((c) => c.missing) };
}
