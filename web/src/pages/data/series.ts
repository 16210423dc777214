/**
 * The series a value can be entered for (the plan's indicators and statistics), which of them
 * a place reports, and whether a typed value is acceptable — by the same rules the API
 * applies (src/ingest: seriesValueRules, parseNumberText, numberExpected), so the form
 * refuses before sending what the API would refuse after.
 */
import type { Text } from '../../api/text.ts';
import type { PlanIndicator, PlanSummary } from '../../api/types.ts';
import { numberExpected } from '../../../../src/ingest/field-parser.ts';
import type { SeriesRef } from '../../../../src/ingest/import-context.ts';
import { seriesValueRules } from '../../../../src/ingest/kinds/observation-rows.ts';
import { parseNumberText } from '../../../../src/ingest/parse-number.ts';

export type Unit = PlanSummary['units'][number];

export interface Series extends SeriesRef {
  /** The indicator's category (规模目标…); null for statistics. */
  category: string | null;
}

/** Every series of the plan, indicators first, in the plan's order (as importContext builds them on the server). */
export function planSeries(indicators: readonly PlanIndicator[], summary: Pick<PlanSummary, 'units' | 'statistics'>): Series[] {
  const units = new Map(summary.units.map((u) => [u.id, u]));
  const base = (s: { id: string; name: Text; unit: string }) => {
    const unit = units.get(s.unit) ?? { id: s.unit, name: { zh: s.unit, en: s.unit }, symbol: s.unit, additive: false };
    return { id: s.id, name: s.name, unit, percent: unit.id === 'percent' || unit.symbol === '%', count: unit.id === 'count' };
  };
  return [
    ...indicators.map((i) => ({
      ...base(i),
      source: 'indicator' as const,
      measurement: i.measurement.kind,
      assignedTarget: i.target.kind === 'assigned',
      category: i.category,
    })),
    ...summary.statistics.map((s) => ({ ...base(s), source: 'statistic' as const, measurement: 'direct' as const, assignedTarget: false, category: null })),
  ];
}

/**
 * What a place reports when its calendar lists nothing for the period: the series measured
 * directly (ratios are computed from their numerator and denominator, enterprise counts from
 * the enterprise registry); a region or park only amounts and counts, which add up to the
 * province's — a share is reported by the province. The demo calendar follows the same rule.
 */
export function defaultSeriesFor(all: readonly Series[], province: boolean): Series[] {
  return all.filter((s) => s.measurement === 'direct' && (province || s.unit.additive));
}

export type ValueCheck =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'invalid'; reason: 'not_a_number' | 'not_whole' | 'out_of_range'; expected: Text };

/** A typed value checked as the API checks it: a number (1,234.5 and full-width digits accepted), whole for counts, in range. */
export function checkValue(text: string, series: SeriesRef): ValueCheck {
  if (text.trim() === '') return { kind: 'empty' };
  const rules = seriesValueRules(series);
  const expected = numberExpected(rules);
  const value = parseNumberText(text, { percent: series.percent, units: series.percent ? [] : [series.unit.symbol] });
  if (value === null) return { kind: 'invalid', reason: 'not_a_number', expected };
  if (rules.integer && !Number.isInteger(value)) return { kind: 'invalid', reason: 'not_whole', expected };
  if ((rules.min !== undefined && value < rules.min) || (rules.max !== undefined && value > rules.max)) return { kind: 'invalid', reason: 'out_of_range', expected };
  return { kind: 'ok', value };
}

/** What the field accepts, for its hint: "不小于0的数字（单位：亿元）". */
export function expectedOf(series: SeriesRef): Text {
  return numberExpected(seriesValueRules(series));
}
