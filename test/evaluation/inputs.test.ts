/** Baseline choice, ratio series and assigned targets: the inputs the two methods work on. */
import { describe, expect, it } from 'vitest';
import { assessAssigned } from '../../src/evaluation/assigned-target.ts';
import { chooseBaseline } from '../../src/evaluation/baseline.ts';
import { ObservationTable, type Observation, type SeriesPoint } from '../../src/evaluation/observation.ts';
import { indicatorSeries } from '../../src/evaluation/ratio-series.ts';
import type { ResolvedBaseline, ResolvedIndicator } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { samplePlanDir } from '../support/paths.ts';

const points = (values: Record<number, number>): SeriesPoint[] =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value, origin: 'observed' }));

const derived: ResolvedBaseline = {
  year: 2025,
  value: 2611.68,
  derived: true,
  origin: 'derived',
  source: null,
  method: { zh: '推算', en: 'derived' },
};

describe('baseline', () => {
  it('the observed base-year value wins, and its deviation from the plan’s is reported', () => {
    const choice = chooseBaseline(points({ 2025: 2800, 2026: 3000 }), derived, 2025);
    expect(choice.baseline).toEqual({ year: 2025, value: 2800, source: 'observed' });
    expect(choice.planned).toEqual({ year: 2025, value: 2611.68, source: 'derived' });
    expect(choice.deviationPct!).toBeCloseTo(7.2107, 3);
  });

  it('else the plan’s (stated or derived), and no deviation', () => {
    expect(chooseBaseline(points({ 2026: 3000 }), derived, 2025)).toEqual({
      baseline: { year: 2025, value: 2611.68, source: 'derived' },
      planned: { year: 2025, value: 2611.68, source: 'derived' },
      deviationPct: null,
    });
    const stated = { ...derived, value: 58, derived: false, origin: 'plan' as const };
    expect(chooseBaseline([], stated, 2025).baseline).toEqual({ year: 2025, value: 58, source: 'plan' });
  });

  it('none at all → null', () => {
    expect(chooseBaseline(points({ 2026: 3 }), null, 2025)).toEqual({ baseline: null, planned: null, deviationPct: null });
  });
});

const samplePlan = await loadPlan(samplePlanDir);

describe('ratio indicators', () => {
  const rd = samplePlan.indicators.find((i) => i.id === 'rd-intensity') as ResolvedIndicator;
  const obs = (indicatorId: string, values: Record<number, number>, region = '990000'): Observation[] =>
    Object.entries(values).map(([year, value]) => ({ indicatorId, region, year: Number(year), value, kind: 'actual' }));

  it('are computed from numerator and denominator when the indicator itself has no value: rd-spend / gdp × 100', () => {
    const table = new ObservationTable([...obs('rd-spend', { 2025: 20, 2026: 23 }), ...obs('gdp', { 2025: 1000, 2026: 1050 })]);
    const { points: series, findings } = indicatorSeries(rd, '990000', table);
    expect(series).toEqual([
      { year: 2025, value: 2, origin: 'computed' },
      { year: 2026, value: (23 / 1050) * 100, origin: 'computed' },
    ]);
    expect(findings).toEqual([]);
  });

  it('an observed value of the indicator wins over the computed one for its year', () => {
    const table = new ObservationTable([
      ...obs('rd-intensity', { 2026: 2.25 }),
      ...obs('rd-spend', { 2025: 20, 2026: 23 }),
      ...obs('gdp', { 2025: 1000, 2026: 1050 }),
    ]);
    expect(indicatorSeries(rd, '990000', table).points.map((p) => [p.year, p.value, p.origin])).toEqual([
      [2025, 2, 'computed'],
      [2026, 2.25, 'observed'],
    ]);
  });

  it('a year without the denominator is skipped; a zero denominator is a finding', () => {
    const table = new ObservationTable([...obs('rd-spend', { 2025: 20, 2026: 23, 2027: 25 }), ...obs('gdp', { 2025: 0, 2027: 1100 })]);
    const { points: series, findings } = indicatorSeries(rd, '990000', table);
    expect(series.map((p) => p.year)).toEqual([2027]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'ratio_denominator_zero', indicatorId: 'rd-intensity', year: 2025 });
  });
});

describe('assigned targets (完成下达目标)', () => {
  it('each year met or not met; a year with one value only is no_data', () => {
    const result = assessAssigned(points({ 2026: 3.2, 2027: 2.6, 2028: 3.1 }), points({ 2026: 3.0, 2027: 3.0, 2029: 3.0 }), 'increase', 2026, 2030);
    expect(result.years.map((y) => [y.year, y.status])).toEqual([
      [2026, 'met'],
      [2027, 'not_met'],
      [2028, 'no_data'],
      [2029, 'no_data'],
    ]);
    expect(result.latest).toMatchObject({ year: 2027, status: 'not_met', actual: 2.6, assigned: 3.0 });
    expect([result.met, result.notMet]).toEqual([1, 1]);
  });

  it('exactly the assigned value is met; lower is better for a decreasing measure', () => {
    expect(assessAssigned(points({ 2026: 3 }), points({ 2026: 3 }), 'increase', 2026, 2030).latest!.status).toBe('met');
    expect(assessAssigned(points({ 2026: 0.55 }), points({ 2026: 0.56 }), 'decrease', 2026, 2030).latest!.status).toBe('met');
    expect(assessAssigned(points({ 2026: 0.57 }), points({ 2026: 0.56 }), 'decrease', 2026, 2030).latest!.status).toBe('not_met');
  });

  it('years outside the plan period and after the evaluation year are left out', () => {
    const result = assessAssigned(points({ 2025: 1, 2026: 3, 2028: 1 }), points({ 2025: 2, 2026: 3, 2028: 2 }), 'increase', 2026, 2027);
    expect(result.years.map((y) => y.year)).toEqual([2026]);
  });
});
