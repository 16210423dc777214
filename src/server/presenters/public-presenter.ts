/** The open data as JSON items and as CSV rows: the same fields, in the same order. */
import type { z } from 'zod';
import type { CsvCell } from '../commands/public-csv.ts';
import type { PublishedIndicator, PublishedObservation } from '../commands/public-data.ts';
import type { publicIndicatorSchema, publicObservationSchema } from '../schemas/public-schemas.ts';

export function presentPublicIndicator({ indicator: i, latest }: PublishedIndicator): z.infer<typeof publicIndicatorSchema> {
  return {
    id: i.id,
    name: i.name,
    category: i.category,
    unit: i.unit,
    direction: i.direction,
    binding: i.binding,
    baseline: i.baseline && { year: i.baseline.year, value: i.baseline.value },
    target: { year: i.targetYear, value: i.target.value, kind: i.target.kind },
    latest,
  };
}

export function presentPublicObservation(o: PublishedObservation): z.infer<typeof publicObservationSchema> {
  return {
    indicator: o.seriesId,
    region: o.regionCode,
    park: o.parkId,
    period: o.period,
    year: o.year,
    quarter: o.quarter,
    kind: o.kind,
    value: o.value,
    unit: o.unit,
    note: o.note,
    isDemo: o.isDemo,
  };
}

export const INDICATOR_CSV_HEADER = [
  'id', 'name_zh', 'name_en', 'category', 'unit', 'direction', 'binding', 'baseline_year', 'baseline_value',
  'target_year', 'target_value', 'target_kind', 'latest_year', 'latest_value', 'demo',
] as const;

export function indicatorCsvRow(item: z.infer<typeof publicIndicatorSchema>): CsvCell[] {
  return [
    item.id, item.name.zh, item.name.en, item.category, item.unit, item.direction, item.binding,
    item.baseline?.year ?? null, item.baseline?.value ?? null, item.target.year, item.target.value, item.target.kind,
    item.latest?.year ?? null, item.latest?.value ?? null, item.latest?.isDemo ?? false,
  ];
}

export const OBSERVATION_CSV_HEADER = ['indicator', 'region', 'park', 'period', 'year', 'quarter', 'kind', 'value', 'unit', 'note', 'demo'] as const;

export function observationCsvRow(item: z.infer<typeof publicObservationSchema>): CsvCell[] {
  return [item.indicator, item.region, item.park, item.period, item.year, item.quarter, item.kind, item.value, item.unit, item.note, item.isDemo];
}
