import type { Text } from '../plan/schema.ts';

/**
 * A parser's answer: the value, or a failure with an optional reason and issue code (what
 * was expected is said by the caller, who knows the field).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem?: Text; code?: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (problem?: Text, code?: string): Parsed<never> => ({ ok: false, ...(problem ? { problem } : {}), ...(code ? { code } : {}) });
