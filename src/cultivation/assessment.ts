/**
 * An enterprise judged against one tier: pass or fail, every criterion with its value,
 * threshold and points, the score, the direct path that applied, what is missing, and the
 * smallest change that would make it pass.
 *
 * Status: `passed` — passes on the data given; `to-confirm` — passes once the listed
 * confirmations are given (the figures are there); `incomplete` — figures are missing and
 * could decide it either way; `failed` — fails whatever the missing items turn out to be;
 * `no-rule-set` — no rule set of the tier is in force on the date.
 */
import type { Text } from '../plan/schema.ts';
import type { BoundValue, Op } from './comparator.ts';
import type { CriterionResult } from './criterion-result.ts';
import type { RuleSetRef } from './rule-book.ts';
import type { Change } from './smallest-change.ts';
import type { MissingItem } from './snapshot.ts';
import type { TierId } from './tiers.ts';

export type AssessmentStatus = 'passed' | 'to-confirm' | 'incomplete' | 'failed' | 'no-rule-set';

export interface DimensionResult {
  id: string;
  name: Text;
  points: number;
  max: number;
  minimum: { comparator: Op; value: BoundValue } | null;
  met: boolean;
}

export interface GroupResult {
  id: string;
  name: Text;
  rule: 'all' | 'any' | 'score';
  /** On the data given (missing items count against). */
  passed: boolean;
  directPath: string | null;
}

export interface DirectPathResult {
  id: string;
  group: string;
  name: Text;
  /** true: applies; false: does not; null: not confirmed either way. */
  applies: boolean | null;
  missing: MissingItem[];
  unverified: boolean;
}

export interface Assessment {
  creditCode: string;
  tier: TierId;
  tierName: Text;
  date: string;
  dataYear: number;
  ruleSet: RuleSetRef | null;
  carriedFrom: RuleSetRef | null;
  /** True when the rule set or any criterion used is unverified. */
  unverified: boolean;
  /** Holds a valid certificate of the tier on the date. */
  certified: boolean;
  status: AssessmentStatus;
  passed: boolean;
  score: number | null;
  /** The most the score could be (missing items granted, expert bands at their top). */
  scoreUpTo: number | null;
  passScore: { comparator: Op; value: BoundValue } | null;
  dimensions: DimensionResult[];
  groups: GroupResult[];
  criteria: CriterionResult[];
  directPath: { id: string; name: Text } | null;
  directPaths: DirectPathResult[];
  missing: MissingItem[];
  changes: Change[];
  /** Fails only by one change, within the tier's scope. */
  nearMiss: boolean;
  /** Fails a scope condition (size caps…): not a candidate for this tier at all. */
  outOfScope: boolean;
  summary: Text;
  note: Text | null;
}
