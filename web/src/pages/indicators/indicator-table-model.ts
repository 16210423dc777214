/**
 * The indicator list's filters and sort orders, pure: by category, progress status and
 * schedule, and by a name search in either language; statuses sort from best to worst and
 * missing numbers always last.
 */
import type { EvaluatedIndicator } from '../../api/types.ts';
import { progressStatuses, scheduleStatuses } from '../../../../src/evaluation/statuses.ts';

export interface IndicatorFilters {
  category?: string | undefined;
  status?: string | undefined;
  schedule?: string | undefined;
  query?: string | undefined;
}

export function filterRows(rows: readonly EvaluatedIndicator[], filters: IndicatorFilters): EvaluatedIndicator[] {
  const query = filters.query?.trim().toLowerCase() ?? '';
  return rows.filter(
    (row) =>
      (!filters.category || row.category === filters.category) &&
      (!filters.status || row.status === filters.status) &&
      (!filters.schedule || row.schedule === filters.schedule) &&
      (query === '' || row.name.zh.toLowerCase().includes(query) || row.name.en.toLowerCase().includes(query) || row.id.includes(query)),
  );
}

/** Ascending with nulls last whichever way the table sorts (antd reverses the comparator for descending). */
export function byNumber(pick: (row: EvaluatedIndicator) => number | null | undefined) {
  return (a: EvaluatedIndicator, b: EvaluatedIndicator, order?: 'ascend' | 'descend' | null): number => {
    const x = pick(a);
    const y = pick(b);
    const missing = order === 'descend' ? -1 : 1;
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : missing;
    if (y === null || y === undefined) return -missing;
    return x - y;
  };
}

export const byStatus = (a: EvaluatedIndicator, b: EvaluatedIndicator) => progressStatuses.indexOf(a.status) - progressStatuses.indexOf(b.status);
export const bySchedule = (a: EvaluatedIndicator, b: EvaluatedIndicator) => scheduleStatuses.indexOf(a.schedule) - scheduleStatuses.indexOf(b.schedule);

/** Reads the list's filters from the address (the cockpit links to /indicators?status=behind …). */
export function filtersFromParams(params: URLSearchParams): IndicatorFilters {
  const pick = (key: string) => params.get(key) || undefined;
  return { category: pick('category'), status: pick('status'), schedule: pick('schedule'), query: pick('q') };
}
