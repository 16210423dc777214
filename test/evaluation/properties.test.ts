/**
 * Properties the two methods must keep whatever the numbers: improving the latest value never
 * worsens a status; units do not matter (scaling everything by one factor changes nothing);
 * a falling target behaves exactly like the rising target of the negated values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateIndicator, type IndicatorEvaluation } from '../../src/evaluation/evaluate-indicator.ts';
import type { SeriesPoint } from '../../src/evaluation/observation.ts';
import { assessProgress } from '../../src/evaluation/progress-status.ts';
import { assessSchedule } from '../../src/evaluation/schedule.ts';
import type { ProgressStatus, ScheduleStatus } from '../../src/evaluation/statuses.ts';
import type { ResolvedIndicator } from '../../src/plan/derive.ts';
import type { TargetKind } from '../../src/plan/schema.ts';

const progressRank: Partial<Record<ProgressStatus, number>> = { deterioration: 0, limited: 1, fair: 2, on_track: 3, achieved: 4 };
const scheduleRank: Partial<Record<ScheduleStatus, number>> = { behind: 0, on_schedule: 1, ahead: 2, achieved: 3 };

const positive = fc.double({ min: 0.01, max: 1e5, noNaN: true });
const kind = fc.constantFrom<TargetKind>('at_least', 'reach', 'approximately', 'at_most');
const direction = fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease');
const thresholds = fc
  .tuple(fc.double({ min: 0.6, max: 1.2, noNaN: true }), fc.double({ min: 0.1, max: 0.59, noNaN: true }), fc.double({ min: -0.5, max: 0.09, noNaN: true }))
  .map(([onTrack, fair, limited]) => ({ onTrack, fair, limited }));

describe('improving the latest value never worsens a status', () => {
  it('UN SDG status and schedule, both directions, any target kind and thresholds', () => {
    fc.assert(
      fc.property(positive, positive, positive, positive, fc.integer({ min: 2026, max: 2030 }), direction, kind, thresholds, fc.double({ min: 0, max: 10, noNaN: true }), (base, target, a, b, year, dir, targetKind, t, tolerancePct) => {
        // "Better" is higher when increasing, lower when decreasing.
        const [worse, better] = (dir === 'increase') === a <= b ? [a, b] : [b, a];
        const input = (value: number) => ({
          baseline: { year: 2025, value: base },
          latest: { year, value },
          target: { year: 2030, value: target, kind: targetKind, direction: dir },
          thresholds: t,
          tolerancePct,
          baseYear: 2025,
        });
        const p = [assessProgress(input(worse)).status, assessProgress(input(better)).status];
        const s = [assessSchedule(input(worse)).schedule, assessSchedule(input(better)).schedule];
        expect(progressRank[p[1]!]!).toBeGreaterThanOrEqual(progressRank[p[0]!]!);
        expect(scheduleRank[s[1]!]!).toBeGreaterThanOrEqual(scheduleRank[s[0]!]!);
      }),
      { numRuns: 2000 },
    );
  });
});

function indicator(target: number, dir: 'increase' | 'decrease', targetKind: TargetKind, statedGrowth: number | null): ResolvedIndicator {
  return {
    id: 'x',
    name: { zh: '测试指标', en: 'Test indicator' },
    category: 'scale',
    unit: 'u',
    table: null,
    target: { value: target, kind: targetKind },
    annualGrowthPct: statedGrowth,
    direction: dir,
    measurement: { kind: 'direct' },
    baseline: null,
    binding: false,
    source: { ref: 'test', quote: 'test' },
    targetYear: 2030,
    requiredGrowthPct: null,
    requiredPath: null,
  };
}

function evaluate(base: number, target: number, values: Record<number, number>, dir: 'increase' | 'decrease', targetKind: TargetKind, year: number): IndicatorEvaluation {
  const series: SeriesPoint[] = [
    { year: 2025, value: base, origin: 'observed' },
    ...Object.entries(values).map(([y, value]) => ({ year: Number(y), value, origin: 'observed' as const })),
  ];
  return evaluateIndicator({
    indicator: indicator(target, dir, targetKind, 8),
    unit: { id: 'u', name: { zh: '单位', en: 'unit' }, symbol: 'u', additive: true },
    region: '990000',
    place: null,
    series: series.filter((p) => p.year <= year),
    assignedSeries: [],
    plannedBaseline: null,
    target: { origin: 'plan', year: 2030, value: target },
    year,
    baseYear: 2025,
    settings: { sdgThresholds: { onTrack: 0.95, fair: 0.5, limited: -0.1 }, scheduleTolerancePct: 2, baselineDeviationPct: 5 },
  });
}

/** The parts of an evaluation that must not depend on the unit or the sign convention. */
function essence(e: IndicatorEvaluation) {
  return {
    status: e.status,
    schedule: e.schedule,
    numbers: [e.ratio, e.cagrActualPct, e.cagrRequiredPct, e.completionPct, e.timeElapsedPct, e.requiredGrowthPct, e.scheduleGapPct],
    likelyMet: e.projection?.likelyMet ?? null,
    points: e.projection?.points ?? null,
  };
}

function expectSame(a: ReturnType<typeof essence>, b: ReturnType<typeof essence>) {
  expect(b.status).toBe(a.status);
  expect(b.schedule).toBe(a.schedule);
  expect(b.likelyMet).toBe(a.likelyMet);
  expect(b.points).toBe(a.points);
  a.numbers.forEach((n, i) => {
    const m = b.numbers[i]!;
    if (n === null || m === null) expect(m).toBe(n);
    // Numbers are rounded for presentation; rounding may land either side of a half.
    else expect(Math.abs(n - m)).toBeLessThanOrEqual(0.0100001 + Math.abs(n) * 1e-9);
  });
}

/**
 * A target as a multiple of the baseline. Targets within a millionth of the baseline are left
 * out: completion (V − B)/(T − B) then divides by rounding noise, which no plan has.
 */
const targetFactor = fc.double({ min: 0.1, max: 10, noNaN: true }).filter((f) => Math.abs(f - 1) > 1e-6);

const observations = fc.dictionary(
  fc.integer({ min: 2026, max: 2030 }).map(String),
  positive,
  { minKeys: 0, maxKeys: 5 },
).map((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [Number(k), v])) as Record<number, number>);

describe('scaling every value of an indicator by one factor changes nothing', () => {
  it('baseline, target and observations × k (a change of unit, e.g. 亿元 → 万元)', () => {
    fc.assert(
      fc.property(positive, targetFactor, observations, direction, kind, fc.integer({ min: 2026, max: 2030 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (base, factor, values, dir, targetKind, year, k) => {
        const target = base * factor;
        const scaled = Object.fromEntries(Object.entries(values).map(([y, v]) => [y, v * k]));
        expectSame(essence(evaluate(base, target, values, dir, targetKind, year)), essence(evaluate(base * k, target * k, scaled, dir, targetKind, year)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('direction symmetry', () => {
  it('a decreasing indicator gets the same status as the increasing indicator of its negated values', () => {
    fc.assert(
      fc.property(positive, targetFactor, observations, kind, fc.integer({ min: 2026, max: 2030 }), (base, factor, values, targetKind, year) => {
        const target = base * factor;
        const negated = Object.fromEntries(Object.entries(values).map(([y, v]) => [y, -v]));
        const falling = evaluate(base, target, values, 'decrease', targetKind, year);
        const rising = evaluate(-base, -target, negated, 'increase', targetKind, year);
        expectSame(essence(falling), essence(rising));
      }),
      { numRuns: 1000 },
    );
  });

  it('and a worked pair: energy use 0.62 → 0.6 (target 0.5 by 2030) reads like −0.62 → −0.6 (target −0.5)', () => {
    // r = (0.5 / 0.62)^(1/5) − 1 = −4.21 %, CAGR = 0.6 / 0.62 − 1 = −3.23 %, R = 0.766.
    const falling = evaluate(0.62, 0.5, { 2026: 0.6 }, 'decrease', 'at_most', 2026);
    const rising = evaluate(-0.62, -0.5, { 2026: -0.6 }, 'increase', 'at_least', 2026);
    expect([falling.status, falling.schedule, falling.ratio]).toEqual(['fair', 'on_schedule', 0.766]);
    expect([rising.status, rising.schedule]).toEqual(['fair', 'on_schedule']);
    expect(rising.ratio).toBe(falling.ratio);
  });
});
