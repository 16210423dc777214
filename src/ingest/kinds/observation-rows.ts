/**
 * Observation rows: a series (indicator or statistic) by id or Chinese name, a region (empty
 * = the province) and optional park, a year or quarter, a value, and optionally the kind
 * (`actual`, the default, or `target` — 下达目标 — for a 完成下达目标 indicator) and a note.
 * The value must suit the series: whole for counts, not negative for amounts and counts that
 * add up, and a percentage within [-100, 1000].
 */
import type { ObservationRecord } from '../../records/observation.ts';
import { numberParserFor, type FieldParser, type NumberRules } from '../field-parser.ts';
import type { ParkRef, RegionRef, SeriesRef } from '../import-context.ts';
import type { KindRows } from './kind-rows.ts';
import { placeOfRow } from './place-of-row.ts';

const valueParsers = new WeakMap<SeriesRef, FieldParser<number>>();

/** What a plausible value of the series looks like. */
export function seriesValueRules(series: SeriesRef): NumberRules {
  const unit = { zh: series.unit.symbol, en: series.unit.name.en };
  if (series.percent) return { integer: false, min: -100, max: 1000, unit };
  if (series.count) return { integer: true, min: 0, unit };
  return series.unit.additive ? { integer: false, min: 0, unit } : { integer: false, unit };
}

function valueParser(series: SeriesRef): FieldParser<number> {
  let parser = valueParsers.get(series);
  if (!parser) valueParsers.set(series, (parser = numberParserFor(seriesValueRules(series), 'not_a_number')));
  return parser;
}

export const observationRows: KindRows<ObservationRecord> = {
  build(r, context) {
    const series = r.get<SeriesRef>('indicator');
    const region = r.get<RegionRef>('region');
    const park = r.get<ParkRef>('park');
    const period = r.get<string>('year');
    const kind = r.get<'actual' | 'target'>('kind') ?? 'actual';
    const note = r.get<string>('note');
    const value = series ? r.read('value', valueParser(series)) : r.get<number>('value');
    if (series && kind === 'target' && !series.assignedTarget) {
      r.rowIssue(['kind'], 'not_assigned_target', {
        zh: `指标“${series.name.zh}”的目标不是逐年下达的，不能录入下达目标；“${r.header('kind')}”应留空或填“实际值”`,
        en: `${series.name.en} (${series.id}) has no yearly assigned target, so no assigned value can be entered for it; leave ${r.header('kind')} empty or write actual`,
      });
    }
    const regionCode = placeOfRow(r, context, region, park);
    if (r.failed || !series || period === null || value === null || regionCode === null) return null;
    return { seriesId: series.id, regionCode, parkId: park?.id ?? null, period, kind, value, note, originRow: r.row };
  },
  key: (o) => `${o.seriesId}|${o.regionCode}|${o.parkId ?? ''}|${o.period}|${o.kind}`,
};
