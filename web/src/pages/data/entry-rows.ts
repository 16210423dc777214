/**
 * The rows of the entry form for one place and period: which series (the calendar's for the
 * place and period; otherwise what such a place reports by default; every series on request;
 * always those already holding a value), each with its stored value, last year's value and
 * its calendar entry. Pure, so the choice is tested without a browser.
 */
import type { Observation } from '../../api/types.ts';
import type { CalendarItem } from './calendar-groups.ts';
import { defaultSeriesFor, type Series } from './series.ts';

export type ObservationKind = 'actual' | 'target';

export interface EntryRow {
  key: string;
  series: Series;
  kind: ObservationKind;
  /** The stored value for this place and period, any status. */
  existing: Observation | null;
  /** The same series, place and kind a year earlier. */
  previous: Observation | null;
  /** The calendar entry asking for it, when there is one. */
  calendar: CalendarItem | null;
  /** The user may type here: allowed to write the place, and the value is new, a draft or returned. */
  editable: boolean;
}

export function rowKey(seriesId: string, kind: ObservationKind): string {
  return `${seriesId}~${kind}`;
}

interface RowInput {
  series: readonly Series[];
  /** Calendar items of this place and period. */
  calendar: readonly CalendarItem[];
  /** Stored values of this place and period. */
  existing: readonly Observation[];
  /** Stored values of this place a year earlier. */
  previous: readonly Observation[];
  province: boolean;
  showAll: boolean;
  canWrite: boolean;
}

export function entryRows(input: RowInput): EntryRow[] {
  const byKey = (list: readonly Observation[]) => new Map(list.map((o) => [rowKey(o.indicatorId, o.kind as ObservationKind), o]));
  const existing = byKey(input.existing);
  const previous = byKey(input.previous);
  const calendar = new Map(input.calendar.map((c) => [c.indicatorId, c]));
  const stored = new Set(input.existing.map((o) => o.indicatorId));
  const listed = input.showAll
    ? new Set(input.series.map((s) => s.id))
    : input.calendar.length > 0
      ? new Set(calendar.keys())
      : new Set(defaultSeriesFor(input.series, input.province).map((s) => s.id));

  const rows: EntryRow[] = [];
  for (const series of input.series) {
    if (!listed.has(series.id) && !stored.has(series.id)) continue;
    // An assigned target (完成下达目标) takes the yearly assigned value beside the achieved one.
    const kinds: ObservationKind[] = series.assignedTarget ? ['actual', 'target'] : ['actual'];
    for (const kind of kinds) {
      const key = rowKey(series.id, kind);
      const value = existing.get(key) ?? null;
      rows.push({
        key,
        series,
        kind,
        existing: value,
        previous: previous.get(key) ?? null,
        calendar: kind === 'actual' ? (calendar.get(series.id) ?? null) : null,
        editable: input.canWrite && (value === null || value.editable),
      });
    }
  }
  return rows;
}

/** Values of one place (a region as a whole, or one park) out of a region's list. */
export function valuesOfPlace(list: readonly Observation[], parkId: string | null): Observation[] {
  return list.filter((o) => o.parkId === parkId);
}
