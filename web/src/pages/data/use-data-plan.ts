/**
 * The data page's plan (data-plan.ts) from the shared plan queries, as one query-like
 * object: every tab waits for the same thing and shows the same names.
 */
import { useMemo } from 'react';
import { usePlanIndicators, usePlanParks, usePlanRegions, usePlanSummary } from '../../api/queries.ts';
import { buildDataPlan, type DataPlan } from './data-plan.ts';

export type { DataPlan } from './data-plan.ts';

export function useDataPlan() {
  const summary = usePlanSummary();
  const indicators = usePlanIndicators();
  const regions = usePlanRegions();
  const parks = usePlanParks();
  const queries = [summary, indicators, regions, parks];
  const data = useMemo<DataPlan | undefined>(
    () => (summary.data && indicators.data && regions.data && parks.data ? buildDataPlan(summary.data, indicators.data, regions.data, parks.data) : undefined),
    [summary.data, indicators.data, regions.data, parks.data],
  );
  return {
    data,
    error: queries.find((q) => q.error)?.error ?? null,
    isPending: queries.some((q) => q.isPending),
    refetch: () => queries.forEach((q) => void q.refetch()),
  };
}
