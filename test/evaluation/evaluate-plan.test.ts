import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/evaluation/evaluate-plan.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { samplePlanDir } from '../support/paths.ts';
import { sampleCityObservations, series } from './sample-observations.ts';

const plan = await loadPlan(samplePlanDir);
const evaluation = evaluatePlan(plan, sampleCityObservations, 2026);
const row = (id: string, region = '990000') =>
  [...evaluation.indicators, ...evaluation.regional].find((r) => r.id === id && r.region === region)!;

describe('evaluating the sample city plan in 2026', () => {
  it('an increasing indicator: 210 (observed 2025) → 240 against 300 by 2028', () => {
    const digital = row('digital-revenue');
    expect(digital.baseline).toEqual({ year: 2025, value: 210, source: 'observed' });
    // The plan rounds a derived baseline to 2 decimals: 300 ÷ 1.12^3 = 213.53.
    expect(digital.plannedBaseline).toEqual({ year: 2025, value: 213.53, source: 'derived' });
    expect(digital.baselineDeviationPct).toBeCloseTo(-1.65, 2);
    expect(digital.latest).toEqual({ year: 2026, value: 240, origin: 'observed', pending: false });
    expect(digital.cagrActualPct).toBeCloseTo(14.29, 2);
    expect(digital.cagrRequiredPct).toBeCloseTo(12.62, 2);
    expect(digital.ratio).toBeCloseTo(1.132, 3);
    expect(digital.status).toBe('on_track');
    // E_2026 = 210·(300/210)^(1/3) = 236.5121.
    expect(digital.expectedValue!).toBeCloseTo(236.5121, 3);
    expect(digital.schedule).toBe('on_schedule');
    expect(digital.completionPct).toBeCloseTo(33.33, 2);
    expect(digital.timeElapsedPct).toBeCloseTo(33.33, 2);
    expect(digital.requiredGrowthPct).toBeCloseTo(11.8, 2);
    expect(digital.remainingYears).toBe(2);
    expect(digital.statedGrowthPct).toBe(12);
    expect(digital.path.required!.at(-1)!.value).toBeCloseTo(300, 6);
    expect(digital.path.stated!.map((p) => p.value)).toEqual([210, 235.2, 263.424, 295.0349]);
  });

  it('later observations are ignored: the 2027 value changes nothing in 2026', () => {
    const without = evaluatePlan(
      plan,
      sampleCityObservations.filter((o) => o.year <= 2026),
      2026,
    );
    expect(without).toEqual(evaluation);
  });

  it('the decreasing indicator, both methods: 0.62 (stated) → 0.58 against at most 0.5', () => {
    const energy = row('energy-intensity');
    expect(energy.baseline).toEqual({ year: 2025, value: 0.62, source: 'plan' });
    expect(energy.cagrActualPct).toBeCloseTo(-6.45, 2);
    expect(energy.cagrRequiredPct).toBeCloseTo(-6.92, 2);
    expect(energy.ratio).toBeCloseTo(0.932, 3);
    expect(energy.status).toBe('fair');
    // 0.58 is 0.5 % above E_2026 = 0.5771: inside the plan's 3 % tolerance.
    expect(energy.scheduleGapPct).toBeCloseTo(-0.5, 2);
    expect(energy.schedule).toBe('on_schedule');
    expect(energy.projection).toMatchObject({ likelyMet: false, method: 'constant_growth' });
    expect(energy.projection!.value).toBeCloseTo(0.62 * (0.58 / 0.62) ** 3, 2);
    expect(energy.explanation.zh).toBe(
      '2026年单位工业增加值能耗0.58吨标准煤/万元，年均下降6.5%，慢于实现目标所需的年均下降6.9%，需加快。完成进度33.3%，时间进度33%，基本符合预期；2027—2028年需年均下降7.2%。',
    );
  });

  it('a ratio indicator is computed from numerator and denominator: 23 / 1050 = 2.19 %', () => {
    const rd = row('rd-intensity');
    expect(rd.baseline).toEqual({ year: 2025, value: 2, source: 'observed' });
    expect(rd.latest).toEqual({ year: 2026, value: 2.1905, origin: 'computed', pending: false });
    expect(rd.status).toBe('fair');
    expect(rd.schedule).toBe('behind');
  });

  it('a region gets the province’s required growth applied to its own baseline', () => {
    const dongcheng = row('digital-revenue', '990101');
    expect(dongcheng.target).toEqual({ year: 2028, value: 228.5714, kind: 'reach', origin: 'implied' });
    expect(dongcheng.cagrRequiredPct).toBeCloseTo(12.62, 2);
    expect(dongcheng.cagrActualPct).toBeCloseTo(6.25, 2);
    expect(dongcheng.status).toBe('limited');
    expect(dongcheng.explanation.zh.startsWith('2026年东城区数字产业营收170亿元')).toBe(true);
    const energy = row('energy-intensity', '990101');
    expect(energy.status).toBe('on_track');
    expect(energy.target.value!).toBeCloseTo(0.6 * (0.5 / 0.62), 4);
  });

  it('regions that do not add up to the province (> 1 %) are flagged, for additive units only', () => {
    expect(evaluation.regionalSums).toEqual([
      { indicatorId: 'digital-revenue', year: 2025, province: 210, regionsSum: 210, regionsReported: 2, differencePct: 0, mismatch: false },
      { indicatorId: 'digital-revenue', year: 2026, province: 240, regionsSum: 222, regionsReported: 2, differencePct: -7.5, mismatch: true },
    ]);
    const finding = evaluation.findings.find((f) => f.code === 'regional_sum_mismatch')!;
    expect(finding).toMatchObject({ indicatorId: 'digital-revenue', year: 2026 });
    expect(finding.message.zh).toContain('2个市县合计222，与全省240相差-7.5%');
  });

  it('a gap of exactly 1 % is not flagged; just over it is', () => {
    const at = (regional: number) =>
      evaluatePlan(plan, [...series('digital-revenue', { 2025: 200 }), ...series('digital-revenue', { 2025: regional }, '990101')], 2026)
        .regionalSums[0]!.mismatch;
    expect(at(202)).toBe(false);
    expect(at(198)).toBe(false);
    expect(at(202.01)).toBe(true);
  });

  it('counts by status and schedule, by category, by tier and by pole and region', () => {
    const s = evaluation.summary;
    expect(s.indicators).toBe(5);
    expect(s.byStatus).toEqual({ achieved: 0, on_track: 1, fair: 3, limited: 1, deterioration: 0, no_data: 0, no_baseline: 0, not_assessable: 0 });
    expect(s.bySchedule).toMatchObject({ on_schedule: 3, behind: 2 });
    expect(s.byCategory.map((c) => [c.id, c.indicators, c.byStatus.fair])).toEqual([
      ['scale', 3, 2],
      ['green', 2, 1],
    ]);
    expect(s.byTier.map((t) => [t.id, t.clusters, t.indicators, t.byStatus.fair, t.byStatus.limited])).toEqual([
      ['major', ['electronics', 'green-materials'], 2, 1, 1],
      ['emerging', ['quantum'], 0, 0, 0],
    ]);
    expect(s.byPole).toHaveLength(1);
    expect(s.byPole[0]).toMatchObject({ id: 'dongcheng', regions: ['990101', '990102', '990103'], indicators: 3 });
    expect(s.byPole[0]!.byStatus).toMatchObject({ on_track: 1, limited: 2 });
    expect(s.byRegion.map((r) => [r.code, r.name.zh, r.indicators])).toEqual([
      ['990101', '东城区', 2],
      ['990102', '西城县', 1],
    ]);
  });

  it('an observed baseline more than 5 % from the plan’s is a finding, not an error', () => {
    const e = evaluatePlan(plan, series('digital-revenue', { 2025: 200, 2026: 230 }), 2026);
    const finding = e.findings.find((f) => f.code === 'baseline_deviation')!;
    expect(finding.indicatorId).toBe('digital-revenue');
    expect(finding.message.en).toContain('differs from the plan\'s derived baseline 213.53 by -6.3%');
    expect(e.indicators[0]!.status).toBe('on_track');
    expect(evaluatePlan(plan, series('digital-revenue', { 2025: 210, 2026: 230 }), 2026).findings).toEqual([]);
  });

  it('no observations at all: every indicator is no_data or no_baseline', () => {
    const e = evaluatePlan(plan, [], 2026);
    expect(e.indicators.map((r) => [r.id, r.status, r.schedule])).toEqual([
      ['digital-revenue', 'no_data', 'no_data'],
      ['energy-intensity', 'no_data', 'no_data'],
      ['rd-intensity', 'no_baseline', 'no_baseline'],
      ['electronics-revenue', 'no_baseline', 'no_baseline'],
      ['green-materials-revenue', 'no_baseline', 'no_baseline'],
    ]);
    expect(e.regional).toEqual([]);
  });
});
