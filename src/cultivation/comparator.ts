/**
 * A comparison written as data — `atLeast: 5`, `above: 70`, `atMost: medium`, `is: true` —
 * and what it means: a bound with an operator, tested against a measured value. Levels
 * (ordered words such as `provincial` or `medium`) compare by their rank.
 */
import { z } from 'zod';

export const comparatorShape = {
  atLeast: z.union([z.number(), z.string()]).optional().describe('≥ this number, or this level or higher'),
  above: z.number().optional().describe('> this number (strictly)'),
  atMost: z.union([z.number(), z.string()]).optional().describe('≤ this number, or this level or lower'),
  below: z.number().optional().describe('< this number (strictly)'),
  is: z.union([z.boolean(), z.string(), z.number()]).optional().describe('equal to this value'),
  in: z.array(z.string()).min(1).optional().describe('one of these values (or, for a list, sharing one)'),
};

export type Comparator = { [K in keyof typeof comparatorShape]?: z.infer<(typeof comparatorShape)[K]> };
export const comparatorKeys = Object.keys(comparatorShape) as (keyof Comparator)[];

export type Op = '>=' | '>' | '<=' | '<' | '=' | 'in';
export type BoundValue = number | string | boolean | readonly string[];
export interface Bound {
  op: Op;
  value: BoundValue;
}

const opOf: Record<keyof Comparator, Op> = { atLeast: '>=', above: '>', atMost: '<=', below: '<', is: '=', in: 'in' };

/** How many comparator keys an object carries (the schemas require exactly one, or at most one for a points case). */
export function comparatorCount(value: Comparator): number {
  return comparatorKeys.filter((key) => value[key] !== undefined).length;
}

/** The bound written in a comparator-bearing object, or null when it has none. */
export function boundOf(value: Comparator): Bound | null {
  for (const key of comparatorKeys) {
    const bound = value[key];
    if (bound !== undefined) return { op: opOf[key], value: bound };
  }
  return null;
}

export type Measured = number | boolean | string | readonly string[] | null;

/**
 * Whether a value meets a bound. `levels` orders the words of a level-valued measure
 * (lowest first). A value of null (not computable) meets nothing.
 */
export function meets(bound: Bound, value: Measured, levels?: readonly string[]): boolean {
  if (value === null) return false;
  const { op } = bound;
  if (op === 'in') {
    const allowed = bound.value as readonly string[];
    return Array.isArray(value) ? value.some((v) => allowed.includes(v)) : allowed.includes(String(value));
  }
  if (op === '=') return Array.isArray(value) ? value.includes(String(bound.value)) : value === bound.value;
  const a = rank(value, levels);
  const b = rank(bound.value, levels);
  if (a === null || b === null) return false;
  if (op === '>=') return a >= b;
  if (op === '>') return a > b;
  if (op === '<=') return a <= b;
  return a < b;
}

function rank(value: Measured | BoundValue, levels: readonly string[] | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && levels) {
    const at = levels.indexOf(value);
    return at < 0 ? null : at;
  }
  return null;
}
