/**
 * A scale of points: ordered cases, the first that holds gives its points, none gives 0.
 * With data missing, an undecided case is taken or passed over depending on the mode, so
 * the scale has a lowest and a highest possible score; the missing items that could change
 * the score are those of undecided cases above the one surely reached.
 */
import { allOf, check, checkBound, grantsMissing, perMode, type Check, type PerMode } from './checks.ts';
import { boundOf } from './comparator.ts';
import type { MeasureContext, Measurement } from './measure.ts';
import type { MeasureRef } from './measure-schema.ts';
import type { PointsCase } from './rule-set-schema.ts';
import { uniqueMissing, type MissingItem } from './snapshot.ts';

export interface CaseCheck {
  index: number;
  points: number;
  pointsUpTo: number;
  /** The comparison on the scale's own measure, and the further conditions. */
  checks: Check[];
  holds: boolean | null;
  missing: MissingItem[];
}

export interface ScaleOutcome {
  measurement: Measurement;
  cases: CaseCheck[];
  points: PerMode<number>;
  pointsUpTo: PerMode<number>;
  /** Index of the case that gave the points, per mode (null = none, 0 points). */
  taken: PerMode<number | null>;
  missing: MissingItem[];
  maxPoints: number;
}

export function scoreScale(ref: MeasureRef, cases: readonly PointsCase[], measurement: Measurement, ctx: MeasureContext): ScaleOutcome {
  const checked: CaseCheck[] = cases.map((c, index) => {
    const own = boundOf(c);
    const checks = [...(own ? [checkBound(ref, measurement, own)] : []), ...(c.when ?? []).map((w) => check(w.measure, w, ctx))];
    const { holds, missing } = allOf(checks);
    return { index, points: c.points, pointsUpTo: c.pointsUpTo ?? c.points, checks, holds, missing: uniqueMissing([missing]) };
  });
  const taken = perMode((mode) => {
    for (const c of checked) {
      if (c.holds === true || (c.holds === null && grantsMissing(c.missing, mode))) return c.index;
    }
    return null;
  });
  const surely = checked.find((c) => c.holds === true)?.index ?? checked.length;
  const missing = uniqueMissing(checked.filter((c) => c.index < surely && c.holds === null).map((c) => c.missing));
  return {
    measurement,
    cases: checked,
    points: perMode((mode) => (taken[mode] === null ? 0 : checked[taken[mode]!]!.points)),
    pointsUpTo: perMode((mode) => (taken[mode] === null ? 0 : checked[taken[mode]!]!.pointsUpTo)),
    taken,
    missing,
    maxPoints: Math.max(0, ...checked.map((c) => c.pointsUpTo)),
  };
}
