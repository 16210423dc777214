/**
 * The year a page evaluates, kept in the address (?year=2027) so a link shows what its
 * sender saw; without one, the app's default year (the last year with approved data).
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useDefaultYear, useSettings } from '../../app/settings.ts';

/** The years a reader may choose: the plan's period, base year to target year. */
export function planYears(baseYear: number, targetYear: number): number[] {
  const years: number[] = [];
  for (let y = baseYear; y <= targetYear; y++) years.push(y);
  return years;
}

export function parseYear(value: string | null, years: readonly number[]): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return years.includes(year) ? year : undefined;
}

export function usePageYear(): { year: number | undefined; years: number[]; setYear: (year: number) => void } {
  const settings = useSettings().data;
  const fallback = useDefaultYear();
  const [params, setParams] = useSearchParams();
  const years = settings ? planYears(settings.plan.baseYear, settings.plan.targetYear) : [];
  const year = parseYear(params.get('year'), years) ?? fallback;
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          out.set('year', String(next));
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { year, years, setYear };
}

/**
 * Reads and writes one more search parameter among a fixed set of values (a view switch).
 * The update starts from the address as it is now, not as it was at the last render, so two
 * switches flipped in quick succession both stick.
 */
export function useSearchChoice<T extends string>(name: string, values: readonly T[], fallback: T): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const value = values.includes(raw as T) ? (raw as T) : fallback;
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
