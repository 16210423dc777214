/**
 * The year a page evaluates, kept in the address (?year=2027) so a link shows what its
 * sender saw; without one, the app's default year (the last year with approved data).
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseYear, planYears } from './plan-years.ts';
import { useDefaultYear, useSettings } from './settings.ts';

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
