/**
 * Which evaluation a page shows: the year (from the address, so a link or a bookmark keeps
 * it; else the app's default year), whether pending values count (only for roles allowed to
 * see them), and whether the reader is anonymous on the public portal (then the published
 * evaluation, approved values only). Shared by the cockpit, the big screen and the
 * indicator pages so a chosen year follows the reader from one to the other.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { can } from './abilities.ts';
import { parseYear, yearChoices } from './plan-years.ts';
import { useSession } from './session.tsx';
import { useDefaultYear, useSettings } from './settings.ts';

export interface EvaluationView {
  /** Undefined until the settings (and so the default year) are known. */
  year: number | undefined;
  years: number[];
  setYear: (year: number) => void;
  includePending: boolean;
  mayIncludePending: boolean;
  setIncludePending: (on: boolean) => void;
  /** An anonymous reader of the public portal: the published evaluation, no internal data. */
  anonymous: boolean;
  baseYear: number | undefined;
  targetYear: number | undefined;
}

export function useEvaluationView(): EvaluationView {
  const { user } = useSession();
  const settings = useSettings().data;
  const defaultYear = useDefaultYear();
  const [params, setParams] = useSearchParams();
  const baseYear = settings?.plan.baseYear;
  const targetYear = settings?.plan.targetYear;
  const years = settings ? yearChoices(settings.plan.baseYear, settings.plan.targetYear, defaultYear) : [];
  const chosen = parseYear(params.get('year'), years);
  const mayIncludePending = can(user, 'see-pending');
  const includePending = mayIncludePending && params.get('pending') === '1';

  const update = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value === null) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return {
    year: chosen ?? defaultYear,
    years,
    setYear: (year) => update('year', year === defaultYear ? null : String(year)),
    includePending,
    mayIncludePending,
    setIncludePending: (on) => update('pending', on ? '1' : null),
    anonymous: user === null,
    baseYear,
    targetYear,
  };
}

/** The query string that keeps the year and the pending switch on a link to another page. */
export function useViewQuery(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of ['year', 'pending']) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
