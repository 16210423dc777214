/**
 * Whether a value reaches a target, respecting which way is better. A target stated as
 * “about” (左右) counts as reached within the plan's schedule tolerance, because the plan
 * itself promises no more precision than that.
 */
import type { Indicator, TargetKind } from '../plan/schema.ts';
import { COMPARISON_EPSILON } from './rate-inputs.ts';

export type Direction = Indicator['direction'];

export interface TargetSpec {
  value: number;
  kind: TargetKind;
  direction: Direction;
}

export function reachesTarget(value: number, target: TargetSpec, tolerancePct: number): boolean {
  // A relative hair of slack so that a value equal to the target up to binary rounding (e.g.
  // after a change of unit) counts as equal.
  const slack = Math.abs(target.value) * ((target.kind === 'approximately' ? tolerancePct / 100 : 0) + COMPARISON_EPSILON);
  return target.direction === 'increase' ? value >= target.value - slack : value <= target.value + slack;
}

/** +1 when higher is better, −1 when lower is better: turns a signed change into progress. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'increase' ? 1 : -1;
}
