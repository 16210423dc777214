/** A view switch kept in the address (?chart=treemap), among a fixed set of values. */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { oneOf } from './search-params.ts';

/**
 * Reads and writes one more search parameter among a fixed set of values (a view switch).
 * The update starts from the address as it is now, not as it was at the last render, so two
 * switches flipped in quick succession both stick.
 */
export function useSearchChoice<T extends string>(name: string, values: readonly T[], fallback: T): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const value = oneOf(values, params.get(name)) ?? fallback;
  const set = useCallback(
    (next: T) => {
      const out = new URLSearchParams(window.location.search);
      out.set(name, next);
      setParams(out, { replace: true });
    },
    [name, setParams],
  );
  return [value, set];
}
