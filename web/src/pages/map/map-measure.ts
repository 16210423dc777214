/** Which measure the map shows, kept in the address (?measure=indicator:hitech-revenue). */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { MeasureKey, MeasureOption } from './map-data.ts';

/** The headline indicator when the evaluation observes it by region, else the first measure. */
export const DEFAULT_MEASURE: MeasureKey = 'indicator:hitech-revenue';

export function chooseMeasure(options: readonly MeasureOption[], asked: string | null): MeasureOption | undefined {
  return options.find((o) => o.key === asked) ?? options.find((o) => o.key === DEFAULT_MEASURE) ?? options[0];
}

export function useMeasureParam(): [string | null, (key: MeasureKey) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: MeasureKey) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          out.set('measure', key);
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params.get('measure'), set];
}
