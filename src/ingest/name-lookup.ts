/**
 * Finds a plan item by what people write for it: its id or code, its name, or a shorter
 * name. Exact keys (ids, full names) win over short ones; a key shared by two items at the
 * same level is reported as ambiguous rather than guessed.
 */
import { nameKey } from './name-key.ts';

export type Found<T> = { ref: T } | { ambiguous: T[] } | null;

export class NameLookup<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly short = new Map<string, T[]>();
  readonly all: T[] = [];

  /** Registers an item under exact names (ids, codes, full names) and optional short names. */
  add(ref: T, exact: readonly string[], short: readonly string[] = []): this {
    this.all.push(ref);
    for (const name of exact) push(this.exact, nameKey(name), ref);
    for (const name of short) push(this.short, nameKey(name), ref);
    return this;
  }

  find(text: string): Found<T> {
    const key = nameKey(text);
    return pick(this.exact.get(key)) ?? pick(this.short.get(key));
  }
}

function push<T>(map: Map<string, T[]>, key: string, ref: T): void {
  if (key === '') return;
  const refs = map.get(key);
  if (!refs) map.set(key, [ref]);
  else if (!refs.includes(ref)) refs.push(ref);
}

function pick<T>(refs: T[] | undefined): Found<T> {
  if (!refs || refs.length === 0) return null;
  return refs.length === 1 ? { ref: refs[0]! } : { ambiguous: refs };
}
