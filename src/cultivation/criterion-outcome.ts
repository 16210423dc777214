/**
 * Evaluating one criterion for one enterprise: a condition (threshold, confirmation, one
 * of several) passes or fails; a scored criterion gives points. Each outcome is known in
 * the three modes of checks.ts, and the missing items that could change it are listed.
 */
import type { Text } from '../plan/schema.ts';
import { allOf, check, checkBound, grantsMissing, holdsIn, perMode, type Check, type Mode, type PerMode } from './checks.ts';
import { boundOf, type Bound } from './comparator.ts';
import type { FactCatalogue } from './facts.ts';
import type { LevelNamer } from './format.ts';
import { measure, type MeasureContext, type Measurement } from './measure.ts';
import { levelNamer, measureName, measureUnit } from './measure-names.ts';
import type { MeasureRef } from './measure-schema.ts';
import { scoreScale, type ScaleOutcome } from './points-scale.ts';
import type { BestOfOption, Criterion } from './rule-set-schema.ts';
import { uniqueMissing, type MissingItem } from './snapshot.ts';
import type { UnitId } from './units.ts';

interface Shown {
  name: Text;
  unit: UnitId;
  levelName: LevelNamer | undefined;
  /** The value reported for the criterion. */
  measurement: Measurement | null;
  missing: MissingItem[];
  applicability: { holds: boolean | null; missing: MissingItem[]; checks: Check[] } | null;
}

export interface GateEvaluation extends Shown {
  kind: 'gate';
  criterion: Extract<Criterion, { kind: 'threshold' | 'confirmation' | 'any-of' }>;
  /** The comparison with the threshold in effect (null when a band measure is missing, or for any-of). */
  main: Check | null;
  /** The band that chose the threshold, for a banded requirement. */
  band: { byName: Text; by: Measurement; unit: UnitId } | null;
  alternatives: Check[];
  passed: PerMode<boolean>;
}

export interface ScoredEvaluation extends Shown {
  kind: 'scored';
  criterion: Extract<Criterion, { kind: 'points' | 'best-of' | 'assessed-points' }>;
  /** The scale that gave the points (null for expert points). */
  scale: ScaleOutcome | null;
  /** Best-of: the option reported, and every option's scale. */
  option: BestOfOption | null;
  options: { option: BestOfOption; scale: ScaleOutcome }[];
  points: PerMode<number>;
  pointsUpTo: PerMode<number>;
  maxPoints: number;
}

export type CriterionEvaluation = GateEvaluation | ScoredEvaluation;

export function evaluateCriterion(criterion: Criterion, ctx: MeasureContext): CriterionEvaluation {
  const applicability = criterion.appliesWhen ? applicabilityOf(criterion.appliesWhen.map((w) => check(w.measure, w, ctx))) : null;
  switch (criterion.kind) {
    case 'threshold':
    case 'confirmation':
      return thresholdOutcome(criterion, applicability, ctx);
    case 'any-of':
      return anyOfOutcome(criterion, applicability, ctx);
    default:
      return scoredOutcome(criterion, applicability, ctx);
  }
}

function applicabilityOf(checks: Check[]): Shown['applicability'] {
  const { holds, missing } = allOf(checks);
  return { holds, missing: uniqueMissing([missing]), checks };
}

function gatePassed(applicability: Shown['applicability'], holds: (mode: Mode) => boolean): PerMode<boolean> {
  return perMode((mode) => {
    if (applicability?.holds === false) return true;
    if (applicability?.holds === null && grantsMissing(applicability.missing, mode)) return true;
    return holds(mode);
  });
}

function thresholdOutcome(criterion: GateEvaluation['criterion'] & { kind: 'threshold' | 'confirmation' }, applicability: Shown['applicability'], ctx: MeasureContext): GateEvaluation {
  const ref: MeasureRef = criterion.kind === 'confirmation' ? { fact: criterion.fact } : criterion.measure;
  const measurement = measure(ref, ctx);
  let bound: Bound | null = { op: '=', value: true };
  let band: GateEvaluation['band'] = null;
  let bandMissing: MissingItem[] = [];
  if (criterion.kind === 'threshold') {
    const require = criterion.require;
    if ('bands' in require) {
      const by = measure(require.by, ctx);
      band = { byName: require.byName, by, unit: measureUnit(require.by, ctx.facts) };
      if (!by.known) {
        bound = null;
        bandMissing = by.missing;
      } else {
        const value = typeof by.value === 'number' ? by.value : Number.NEGATIVE_INFINITY;
        bound = boundOf(require.bands.find((b) => b.upTo === undefined || value <= b.upTo)!);
      }
    } else {
      bound = boundOf(require);
    }
  }
  const main = bound ? checkBound(ref, measurement, bound) : null;
  const holds = main ? main.holds : null;
  const missing = applicability?.holds === false ? [] : uniqueMissing([applicability?.missing ?? [], bandMissing, measurement.known ? [] : measurement.missing]);
  const open = { holds, missing: uniqueMissing([bandMissing, measurement.known ? [] : measurement.missing]) };
  return {
    kind: 'gate',
    criterion,
    ...labelsOf(criterion, ref, ctx),
    measurement,
    missing,
    applicability,
    main,
    band,
    alternatives: [],
    passed: gatePassed(applicability, (mode) => holdsIn(open, mode)),
  };
}

function anyOfOutcome(criterion: GateEvaluation['criterion'] & { kind: 'any-of' }, applicability: Shown['applicability'], ctx: MeasureContext): GateEvaluation {
  const alternatives = criterion.conditions.map((c) => check(c.measure, c, ctx));
  const decided = alternatives.some((a) => a.holds === true);
  const missing = decided || applicability?.holds === false ? [] : uniqueMissing([applicability?.missing ?? [], ...alternatives.map((a) => a.missing)]);
  const shownCheck = alternatives.find((a) => a.holds === true) ?? alternatives[0]!;
  return {
    kind: 'gate',
    criterion,
    name: criterion.name ?? { zh: '满足其一', en: 'One of' },
    unit: 'yes-no',
    levelName: undefined,
    measurement: shownCheck.measurement,
    missing,
    applicability,
    main: null,
    band: null,
    alternatives,
    passed: gatePassed(applicability, (mode) => alternatives.some((a) => holdsIn(a, mode))),
  };
}

function scoredOutcome(criterion: ScoredEvaluation['criterion'], applicability: Shown['applicability'], ctx: MeasureContext): ScoredEvaluation {
  const applies = (mode: Mode) => applicability === null || holdsIn(applicability, mode);
  if (criterion.kind === 'assessed-points') {
    const ref: MeasureRef = { fact: criterion.fact };
    const measurement = measure(ref, ctx);
    const fact = ctx.facts.get(criterion.fact);
    const max = fact?.type === 'points' ? fact.max : 0;
    const given = measurement.known && typeof measurement.value === 'number' ? Math.min(max, Math.max(0, measurement.value)) : null;
    const points = perMode((mode) => (!applies(mode) ? 0 : given ?? (measurement.known ? 0 : grantsMissing(measurement.missing, mode) ? max : 0)));
    return {
      ...shown({ name: criterion.name ?? ctx.facts.name(criterion.fact), unit: 'points', levelName: undefined }, measurement, measurement.known ? [] : measurement.missing, applicability),
      kind: 'scored',
      criterion,
      scale: null,
      option: null,
      options: [],
      points,
      pointsUpTo: points,
      maxPoints: max,
    };
  }
  if (criterion.kind === 'points') {
    const scale = scoreScale(criterion.measure, criterion.points, measure(criterion.measure, ctx), ctx);
    return {
      ...shown(labelsOf(criterion, criterion.measure, ctx), scale.measurement, scale.missing, applicability),
      kind: 'scored',
      criterion,
      scale,
      option: null,
      options: [],
      points: perMode((mode) => (applies(mode) ? scale.points[mode] : 0)),
      pointsUpTo: perMode((mode) => (applies(mode) ? scale.pointsUpTo[mode] : 0)),
      maxPoints: scale.maxPoints,
    };
  }
  // best-of: an optional option counts only on the data given, so it never adds missing items.
  const options = criterion.options.map((option) => {
    const scale = scoreScale(option.measure, option.points, measure(option.measure, ctx), ctx);
    return { option, scale: option.optional ? { ...scale, points: perMode(() => scale.points.worst), pointsUpTo: perMode(() => scale.pointsUpTo.worst), missing: [] } : scale };
  });
  const best = options.reduce((a, b) => (b.scale.points.worst > a.scale.points.worst ? b : a));
  return {
    ...shown(
      { ...labelsOf(best.option, best.option.measure, ctx), name: criterion.name ?? best.option.name },
      best.scale.measurement,
      uniqueMissing(options.map((o) => o.scale.missing)),
      applicability,
    ),
    kind: 'scored',
    criterion,
    scale: best.scale,
    option: best.option,
    options,
    points: perMode((mode) => (applies(mode) ? Math.max(...options.map((o) => o.scale.points[mode])) : 0)),
    pointsUpTo: perMode((mode) => (applies(mode) ? Math.max(...options.map((o) => o.scale.pointsUpTo[mode])) : 0)),
    maxPoints: Math.max(...options.map((o) => o.scale.maxPoints)),
  };
}

type Labels = Pick<Shown, 'name' | 'unit' | 'levelName'>;

function shown(labels: Labels, measurement: Measurement, missing: MissingItem[], applicability: Shown['applicability']): Shown {
  return { ...labels, measurement, missing: applicability ? uniqueMissing([applicability.missing, missing]) : missing, applicability };
}

// Names and units depend only on the rule and the catalogue; worked out once per rule, not per enterprise.
const labelCache = new WeakMap<FactCatalogue, WeakMap<object, Labels>>();

function labelsOf(rule: { name?: Text; unit?: UnitId }, ref: MeasureRef, ctx: MeasureContext): Labels {
  let byRule = labelCache.get(ctx.facts);
  if (!byRule) labelCache.set(ctx.facts, (byRule = new WeakMap()));
  let labels = byRule.get(rule);
  if (!labels) {
    labels = { name: rule.name ?? measureName(ref, ctx.facts), unit: rule.unit ?? measureUnit(ref, ctx.facts), levelName: levelNamer(ref, ctx.facts) };
    byRule.set(rule, labels);
  }
  return labels;
}
