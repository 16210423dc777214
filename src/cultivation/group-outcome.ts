/**
 * A group of criteria holds when its rule does — every condition (`all`), one of them
 * (`any`), or the points reach the pass score with every dimension at its minimum
 * (`score`) — or when one of its direct paths applies. A direct path applies only when
 * decided true: an unconfirmed award is an opportunity, not a gap.
 */
import { allOf, check, perMode, type Check, type PerMode } from './checks.ts';
import { boundOf, meets, type Bound } from './comparator.ts';
import { evaluateCriterion, type CriterionEvaluation, type ScoredEvaluation } from './criterion-outcome.ts';
import type { MeasureContext } from './measure.ts';
import type { Dimension, DirectPath, Group } from './rule-set-schema.ts';
import { uniqueMissing, type MissingItem } from './snapshot.ts';

export interface DimensionOutcome {
  dimension: Dimension;
  points: PerMode<number>;
  minimum: Bound | null;
  met: PerMode<boolean>;
}

export interface ScoreOutcome {
  total: PerMode<number>;
  /** The highest the total could be: every missing item granted, expert bands at their upper end. */
  upTo: number;
  pass: Bound;
  dimensions: DimensionOutcome[];
  holds: PerMode<boolean>;
}

export interface DirectPathOutcome {
  path: DirectPath;
  checks: Check[];
  holds: boolean | null;
  missing: MissingItem[];
}

export interface GroupOutcome {
  group: Group;
  criteria: CriterionEvaluation[];
  score: ScoreOutcome | null;
  directPaths: DirectPathOutcome[];
  /** The direct path that satisfies the group, if any. */
  directPath: DirectPath | null;
  ruleHolds: PerMode<boolean>;
  passed: PerMode<boolean>;
}

const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

export function evaluateGroup(group: Group, ctx: MeasureContext): GroupOutcome {
  const criteria = group.criteria.map((c) => evaluateCriterion(c, ctx));
  const directPaths = (group.directPaths ?? []).map((path) => {
    const checks = path.when.map((w) => check(w.measure, w, ctx));
    const { holds, missing } = allOf(checks);
    return { path, checks, holds, missing: uniqueMissing([missing]) };
  });
  const directPath = directPaths.find((p) => p.holds === true)?.path ?? null;
  const score = group.rule === 'score' ? scoreOf(group, criteria.filter((c): c is ScoredEvaluation => c.kind === 'scored')) : null;
  const ruleHolds = perMode((mode) => {
    if (score) return score.holds[mode];
    const passed = criteria.map((c) => c.kind === 'gate' && c.passed[mode]);
    return group.rule === 'any' ? passed.some(Boolean) : passed.every(Boolean);
  });
  return { group, criteria, score, directPaths, directPath, ruleHolds, passed: perMode((mode) => ruleHolds[mode] || directPath !== null) };
}

function scoreOf(group: Group, criteria: readonly ScoredEvaluation[]): ScoreOutcome {
  const pass = boundOf(group.pass ?? { atLeast: 0 })!;
  const dimensions = (group.dimensions ?? []).map((dimension) => {
    const inside = criteria.filter((c) => c.criterion.dimension === dimension.id);
    const points = perMode((mode) => tidy(inside.reduce((sum, c) => sum + c.points[mode], 0)));
    const minimum = dimension.minimum ? boundOf(dimension.minimum) : null;
    return { dimension, points, minimum, met: perMode((mode) => minimum === null || meets(minimum, points[mode])) };
  });
  const total = perMode((mode) => tidy(criteria.reduce((sum, c) => sum + c.points[mode], 0)));
  return {
    total,
    upTo: tidy(criteria.reduce((sum, c) => sum + c.pointsUpTo.best, 0)),
    pass,
    dimensions,
    holds: perMode((mode) => meets(pass, total[mode]) && dimensions.every((d) => d.met[mode])),
  };
}
