/**
 * A value against the one before it (the same series and place a year earlier, or the
 * approved value it replaces): old → new, the difference, the change in per cent, and
 * whether the change is large enough for a reviewer to look twice before approving.
 */

/** A change of at least this many per cent (either way) is flagged for review. */
export const LARGE_CHANGE_PCT = 30;

/** For percentages the change is read in points: this many points is flagged. */
export const LARGE_CHANGE_POINTS = 10;

export interface ValueChange {
  old: number;
  new: number;
  delta: number;
  /** Relative change in %, null when the old value is 0 (no ratio to speak of). */
  pct: number | null;
  large: boolean;
}

export function valueChange(old: number | null | undefined, next: number | null | undefined, options: { percentUnit?: boolean } = {}): ValueChange | null {
  if (old === null || old === undefined || next === null || next === undefined || !Number.isFinite(old) || !Number.isFinite(next)) return null;
  const delta = next - old;
  const pct = old === 0 ? null : (delta / Math.abs(old)) * 100;
  const large = options.percentUnit
    ? Math.abs(delta) >= LARGE_CHANGE_POINTS
    : pct === null
      ? next !== 0
      : Math.abs(pct) >= LARGE_CHANGE_PCT;
  return { old, new: next, delta, pct, large };
}

/** The same period a year earlier: 2029 → 2028, 2029Q3 → 2028Q3 (year on year, as statistics compare). */
export function previousPeriod(period: string): string {
  const match = /^(\d{4})(Q[1-4])?$/.exec(period);
  if (!match) return period;
  return `${Number(match[1]) - 1}${match[2] ?? ''}`;
}
