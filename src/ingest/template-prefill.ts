/**
 * Rows a template can fill in advance, so a county officer only types values: for
 * observations and the reporting calendar, one row per series the plan measures directly
 * (indicators computed from other series or counted from the enterprise registry are
 * left out); for project progress, one row per key project of the region.
 */
import type { RecordKindId } from '../records/record-kinds.ts';
import type { ImportContext, RegionRef, SeriesRef } from './import-context.ts';

export interface PrefilledRow {
  /** Cell values by field key. */
  values: Record<string, string | number>;
  /** The series of the row, to tell its unit beside the value. */
  series?: SeriesRef;
}

export interface PrefillOptions {
  region: RegionRef | null;
  year: number | null;
}

export function directSeries(context: ImportContext): SeriesRef[] {
  return context.series.all.filter((s) => s.measurement === 'direct');
}

export function prefilledRows(kind: RecordKindId, context: ImportContext, { region, year }: PrefillOptions): PrefilledRow[] {
  if (region === null && year === null) return [];
  const place: Record<string, string> = region === null ? {} : { region: region.name.zh };
  const when: Record<string, number> = year === null ? {} : { year };
  switch (kind) {
    case 'observations':
    case 'calendar':
      return directSeries(context).map((series) => ({ values: { indicator: series.name.zh, ...place, ...when }, series }));
    case 'projects':
      return context.projects.all
        .filter((p) => region === null || region.province || p.regions.includes(region.code))
        .map((p) => ({ values: { project: p.name.zh, ...when } }));
    default:
      return [];
  }
}
