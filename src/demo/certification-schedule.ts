/**
 * How many enterprises enter each certification tier each year, in closed form.
 *
 * Each tier is a sequence of yearly cohorts of first-time certifications. A certificate is
 * valid for `validityYears` (3 for every tier here; none for the 规上 status) and is renewed
 * on its anniversary, except that at each renewal the cohort loses `lapseRate` of its
 * members (rounded; the last members of the cohort lapse). So the number of valid
 * certificates and of enterprises ever certified at any year end is a small sum over
 * cohorts, known before a single enterprise is generated, and an enterprise's certificates
 * follow from its position in the tier alone (see certification-layout.ts).
 *
 * The shapes below are at the reference size; every count is scaled by
 * enterprises / referenceEnterprises and rounded on the cumulative sums, so the base-year
 * figures are met exactly (HTE: the base-year cohort is whatever makes the valid count exact).
 */
import type { Plan } from '../plan/derive.ts';
import type { CertificationKindId } from '../records/certification.ts';
import type { CertificationTargets, DemoOptions } from './demo-options.ts';

export type ScheduledKind = Exclude<CertificationKindId, 'tech-sme'>;

interface TierShape {
  validityYears: number | null;
  /** Share of a cohort that does not renew, at each renewal. */
  lapseRate: number;
  /**
   * Enterprises ever certified by the end of each year before the base year, oldest first,
   * as shares of the base-year figure (for HTEs: of the base-year count of valid certificates).
   */
  cumulativeBefore: readonly number[];
  /** New members each year after the base year, as a share of the base-year figure (when the plan sets no target). */
  growthAfter: number;
}

/**
 * Histories chosen to look like Hainan's: ~900 valid HTE certificates at the end of 2020
 * (838 in the statistics), SRDI SMEs from the mid-2010s, the first national little giants
 * in 2019, innovative SMEs since the 2022 measures.
 */
const shapes: Record<ScheduledKind, TierShape> = {
  hte: {
    validityYears: 3,
    lapseRate: 0.15,
    // Yearly entrants, cumulated; the base-year cohort is then set to hit the valid count exactly.
    cumulativeBefore: cumulate([0.01, 0.015, 0.025, 0.04, 0.07, 0.11, 0.15, 0.18, 0.13, 0.12, 0.12, 0.12]),
    growthAfter: 0.085,
  },
  'innovative-sme': { validityYears: 3, lapseRate: 0.1, cumulativeBefore: [0.3, 0.55, 0.8], growthAfter: 0.08 },
  'srdi-sme': {
    validityYears: 3,
    lapseRate: 0.08,
    cumulativeBefore: [0.05, 0.1, 0.16, 0.24, 0.33, 0.45, 0.6, 0.75, 0.88],
    growthAfter: 0.05,
  },
  'little-giant': { validityYears: 3, lapseRate: 0, cumulativeBefore: [2 / 17, 4 / 17, 7 / 17, 10 / 17, 13 / 17, 15 / 17], growthAfter: 0.06 },
  'single-champion': { validityYears: 3, lapseRate: 0, cumulativeBefore: [1, 1, 1, 1], growthAfter: 0 },
  'above-size': {
    validityYears: null,
    lapseRate: 0,
    cumulativeBefore: [0.04, 0.08, 0.13, 0.19, 0.26, 0.33, 0.4, 0.47, 0.54, 0.61, 0.68, 0.75, 0.82, 0.88, 0.94],
    growthAfter: 0.1,
  },
};

export const scheduledKinds = Object.keys(shapes) as ScheduledKind[];

export interface TierSchedule {
  kind: ScheduledKind;
  validityYears: number | null;
  /** Year of the first cohort. */
  firstYear: number;
  /** First-time certifications per year, from firstYear to the horizon. */
  entrants: number[];
  /** Enterprises ever certified by the end of each year (running sum of entrants). */
  cumulative: number[];
  /** Per cohort: members still certified after 0, 1, 2… renewals. */
  survivors: number[][];
}

function targetOf(kind: ScheduledKind, targets: CertificationTargets): number {
  switch (kind) {
    case 'hte':
      return targets.hteValid;
    case 'innovative-sme':
      return targets.innovativeSmeCumulative;
    case 'srdi-sme':
      return targets.srdiSmeCumulative;
    case 'little-giant':
      return targets.littleGiantCumulative;
    case 'single-champion':
      return targets.singleChampionCumulative;
    case 'above-size':
      return targets.aboveSize;
  }
}

/**
 * The yearly growth the plan asks of a cumulative tier, as a share of its base-year count
 * (e.g. 600 → 750 SRDI SMEs by 2030: +5 % of 600 a year), when it states both numbers.
 * A share, not a number, so it applies at any registry size and to any base-year figure.
 */
function planGrowth(plan: Plan, kind: ScheduledKind): number | null {
  const indicator = plan.indicators.find(
    (i) => i.measurement.kind === 'enterprise_count' && i.measurement.certification === kind && i.measurement.cumulative && !i.measurement.aboveSizeOnly,
  );
  const target = indicator?.target.value;
  const baseline = indicator?.baseline;
  if (!indicator || target === null || target === undefined || !baseline || !(baseline.value > 0) || indicator.targetYear <= baseline.year) return null;
  return (target / baseline.value - 1) / (indicator.targetYear - baseline.year);
}

/** All tiers' schedules from their first cohort to `horizon`. */
export function buildSchedules(plan: Plan, options: DemoOptions, horizon: number): Record<ScheduledKind, TierSchedule> {
  const scale = options.enterprises / options.referenceEnterprises;
  const result = {} as Record<ScheduledKind, TierSchedule>;
  for (const kind of scheduledKinds) {
    result[kind] = buildSchedule(kind, targetOf(kind, options.certificationTargets), scale, plan, horizon);
  }
  return result;
}

function buildSchedule(kind: ScheduledKind, target: number, scale: number, plan: Plan, horizon: number): TierSchedule {
  const shape = shapes[kind];
  const base = plan.baseYear;
  const firstYear = base - shape.cumulativeBefore.length;
  const growth = planGrowth(plan, kind) ?? shape.growthAfter;
  // Reference-size cumulative figures, one per year from firstYear to the horizon.
  const reference: number[] = [];
  for (let year = firstYear; year <= horizon; year++) {
    if (kind === 'hte' && year >= base) reference.push(shape.cumulativeBefore.at(-1)! * target + shape.growthAfter * target * (year - base));
    else if (year < base) reference.push(shape.cumulativeBefore[year - firstYear]! * target);
    else reference.push(target * (1 + growth * (year - base)));
  }
  // Rounding the running sums (not each year) keeps the scaled totals within one of exact.
  const cumulative: number[] = [];
  for (const value of reference) cumulative.push(Math.max(Math.round(value * scale), cumulative.at(-1) ?? 0));
  const entrants = cumulative.map((c, k) => c - (k === 0 ? 0 : cumulative[k - 1]!));
  const schedule: TierSchedule = {
    kind,
    validityYears: shape.validityYears,
    firstYear,
    entrants,
    cumulative,
    survivors: entrants.map((n) => survivorsOf(n, shape.lapseRate)),
  };
  if (kind === 'hte') makeBaseYearValidCountExact(schedule, Math.round(target * scale), base, shape.lapseRate);
  return schedule;
}

/**
 * For HTEs the base-year figure is a count of valid certificates, not of entrants: the
 * base-year cohort (empty so far) is set to what the earlier cohorts' survivors leave to
 * reach it. Below about 150 enterprises rounding can leave it short; it is never negative.
 */
function makeBaseYearValidCountExact(schedule: TierSchedule, validTarget: number, base: number, lapseRate: number): void {
  const at = base - schedule.firstYear;
  const fromEarlier = validCount(schedule, base);
  schedule.entrants[at] = Math.max(0, validTarget - fromEarlier);
  schedule.survivors[at] = survivorsOf(schedule.entrants[at]!, lapseRate);
  let running = 0;
  schedule.cumulative = schedule.entrants.map((n) => (running += n));
}

function survivorsOf(members: number, lapseRate: number): number[] {
  const survivors = [members];
  for (let k = 1; k < 12; k++) {
    const previous = survivors[k - 1]!;
    survivors.push(previous - Math.round(previous * lapseRate));
  }
  return survivors;
}

function cumulate(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/** Enterprises ever certified by the end of `year`. */
export function cumulativeCount(schedule: TierSchedule, year: number): number {
  const at = Math.min(year - schedule.firstYear, schedule.cumulative.length - 1);
  return at < 0 ? 0 : schedule.cumulative[at]!;
}

/** Certificates valid on 31 December of `year` (for the 规上 status: enterprises above size then). */
export function validCount(schedule: TierSchedule, year: number): number {
  let valid = 0;
  schedule.entrants.forEach((_, c) => {
    const cohortYear = schedule.firstYear + c;
    if (cohortYear > year) return;
    const renewals = schedule.validityYears === null ? 0 : Math.floor((year - cohortYear) / schedule.validityYears);
    const survivors = schedule.survivors[c]!;
    valid += survivors[Math.min(renewals, survivors.length - 1)]!;
  });
  return valid;
}

/** Where the `position`-th member of a tier (0 = earliest) sits: its cohort year and its place in the cohort. */
export function cohortOf(schedule: TierSchedule, position: number): { year: number; indexInCohort: number; cohort: number } | null {
  for (let c = 0; c < schedule.cumulative.length; c++) {
    if (position < schedule.cumulative[c]!) {
      return { year: schedule.firstYear + c, indexInCohort: position - (c === 0 ? 0 : schedule.cumulative[c - 1]!), cohort: c };
    }
  }
  return null;
}

/** How many certificates the member holds in a row (1 = never renewed) — the last members of a cohort lapse first. */
export function chainLength(schedule: TierSchedule, cohort: number, indexInCohort: number): number {
  const survivors = schedule.survivors[cohort]!;
  let length = 1;
  while (length < survivors.length && indexInCohort < survivors[length]!) length++;
  return length;
}

/** Everyone ever certified up to the horizon: the length of the tier's rank range. */
export function everCertified(schedule: TierSchedule): number {
  return schedule.cumulative.at(-1) ?? 0;
}
