/**
 * What has been observed: one value for one series (an indicator or a statistic), one
 * region and one year. An assigned target (完成下达目标) is entered the same way, with
 * `kind: 'target'` (the store's name for it too), so the yearly target and the actual value
 * sit side by side.
 */
export type ObservationKind = 'actual' | 'target';

export interface Observation {
  /** An indicator id or a statistic id of the plan (e.g. `gdp`). */
  indicatorId: string;
  /** GB/T 2260 code; the plan's province code for the whole province. */
  region: string;
  year: number;
  value: number;
  kind: ObservationKind;
  note?: string;
  /** Submitted but not yet approved: counted only when asked for, and flagged wherever it shows. */
  pending?: boolean;
}

/** A value of a series in one year; `computed` when derived (a ratio of two statistics). */
export interface SeriesPoint {
  year: number;
  value: number;
  origin: 'observed' | 'computed';
  /** True when the value (or an input of a computed one) awaits approval. */
  pending?: boolean;
}

/**
 * Observations indexed for look-up. When the same (series, region, year, kind) appears
 * twice the later one wins: readers reject duplicates, so this only matters for callers
 * that merge sources on purpose (a correction entered after the original).
 */
export class ObservationTable {
  private readonly byKey = new Map<string, Map<number, number>>();
  private readonly pendingKeys = new Set<string>();
  private readonly regionsById = new Map<string, Set<string>>();

  constructor(observations: readonly Observation[], untilYear: number = Number.POSITIVE_INFINITY) {
    for (const o of observations) {
      if (o.year > untilYear) continue;
      const key = seriesKey(o.indicatorId, o.region, o.kind);
      let years = this.byKey.get(key);
      if (!years) this.byKey.set(key, (years = new Map()));
      years.set(o.year, o.value);
      const yearKey = `${key}\u0000${o.year}`;
      if (o.pending) this.pendingKeys.add(yearKey);
      else this.pendingKeys.delete(yearKey);
      let regions = this.regionsById.get(o.indicatorId);
      if (!regions) this.regionsById.set(o.indicatorId, (regions = new Set()));
      regions.add(o.region);
    }
  }

  /** The series' points in year order. */
  series(indicatorId: string, region: string, kind: ObservationKind = 'actual'): SeriesPoint[] {
    const key = seriesKey(indicatorId, region, kind);
    const years = this.byKey.get(key);
    if (!years) return [];
    return [...years]
      .sort(([a], [b]) => a - b)
      .map(([year, value]) => ({ year, value, origin: 'observed' as const, ...(this.pendingKeys.has(`${key}\u0000${year}`) ? { pending: true } : {}) }));
  }

  /** Whether the value of a series in a year awaits approval. */
  isPending(indicatorId: string, region: string, year: number, kind: ObservationKind = 'actual'): boolean {
    return this.pendingKeys.has(`${seriesKey(indicatorId, region, kind)}\u0000${year}`);
  }

  value(indicatorId: string, region: string, year: number, kind: ObservationKind = 'actual'): number | undefined {
    return this.byKey.get(seriesKey(indicatorId, region, kind))?.get(year);
  }

  /** Regions with at least one observation of the series, in code order. */
  regions(indicatorId: string): string[] {
    return [...(this.regionsById.get(indicatorId) ?? [])].sort();
  }
}

function seriesKey(indicatorId: string, region: string, kind: ObservationKind): string {
  return `${kind}\u0000${indicatorId}\u0000${region}`;
}
