/**
 * Last year's approved value of each listed value (same series, place and kind, the same
 * period a year earlier), fetched once per region and year among them — the "old" of a
 * reviewer's old → new.
 */
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Observation } from '../../api/types.ts';
import { fetchAllObservations, type ObservationQuery } from './observations-api.ts';
import { previousPeriod } from './value-change.ts';

function keyOf(o: Pick<Observation, 'indicatorId' | 'regionCode' | 'parkId' | 'period' | 'kind'>): string {
  return [o.indicatorId, o.regionCode, o.parkId ?? '', o.period, o.kind].join('|');
}

export function usePreviousApproved(values: readonly Observation[]): { previousOf: (o: Observation) => Observation | null; isPending: boolean } {
  const groups = useMemo(() => {
    const seen = new Map<string, ObservationQuery>();
    for (const o of values) {
      const period = previousPeriod(o.period);
      seen.set(`${o.regionCode}|${period}`, { region: o.regionCode, period, status: 'approved' });
    }
    return [...seen.values()];
  }, [values]);
  const { index, isPending } = useQueries({
    queries: groups.map((query) => ({ queryKey: ['observations', 'all', query], queryFn: () => fetchAllObservations(query) })),
    combine: (results) => {
      const map = new Map<string, Observation>();
      for (const r of results) for (const o of r.data ?? []) map.set(keyOf(o), o);
      return { index: map, isPending: results.some((r) => r.isPending) };
    },
  });
  return {
    previousOf: (o) => index.get(keyOf({ ...o, period: previousPeriod(o.period) })) ?? null,
    isPending,
  };
}
