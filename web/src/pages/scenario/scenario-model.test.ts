import { describe, expect, it } from 'vitest';
import type { ScenarioLine, ScenarioResult } from '../../api/types.ts';
import {
  assumptionLabel, changedCount, clusterGrowth, DEFAULT_INPUTS, defaultsBody, linesByIndicator, requiredGrowthPct, scenarioBody, sliderBounds,
  withAllActual, withAllRequired,
} from './scenario-model.ts';

function line(id: string, over: Partial<ScenarioLine> = {}): ScenarioLine {
  return {
    id,
    indicatorId: `${id}-revenue`,
    name: { zh: id, en: id },
    start: { year: 2028, value: 100 },
    growthPct: 5,
    assumption: 'actual',
    projected: 110.25,
    target: 121,
    met: false,
    gapPct: -8.88,
    ...over,
  };
}

function result(clusters: ScenarioLine[]): ScenarioResult {
  return {
    year: 2028,
    targetYear: 2030,
    clusters,
    clustersTotal: { start: 0, projected: 0, target: 0, growthPct: null },
    total: line('total', { indicatorId: 'hitech-revenue', assumption: 'clusters' }),
    gdp: null,
    shares: [line('share', { indicatorId: 'share', assumption: 'actual' })],
    targetsMet: [],
    targetsMissed: [],
    assumptions: { year: 2028, yearSource: 'latest-data', includePending: false, gdpGrowthPct: 4.3, gdpAssumption: 'actual' },
    growthLimits: { min: -50, max: 100 },
    values: { demo: 0, pending: 0 },
  };
}

describe('the scenario request', () => {
  it('sends nothing for the defaults', () => {
    expect(scenarioBody(DEFAULT_INPUTS)).toEqual({});
    expect(defaultsBody({ year: 2027, includePending: true })).toEqual({ year: 2027, includePending: true });
  });

  it('sends only what the reader changed', () => {
    const body = scenarioBody({
      ...DEFAULT_INPUTS,
      clusters: { a: { pct: 12.5, source: 'manual' }, b: { pct: 3, source: 'required' } },
      gdpGrowthPct: 5,
      shareDrivers: { share: 'total' },
    });
    expect(body).toEqual({ clusterGrowthPct: { a: 12.5, b: 3 }, gdpGrowthPct: 5, shareDrivers: { share: 'total' } });
    expect(scenarioBody({ ...DEFAULT_INPUTS, totalGrowthPct: 0 })).toEqual({ totalGrowthPct: 0 });
  });
});

describe('required growth', () => {
  it('takes the start value exactly to the target, rounded up so the target is still reached', () => {
    // 100 → 121 in two years is 10 % a year.
    expect(requiredGrowthPct(line('a'), 2030)).toBe(10);
    const pct = requiredGrowthPct(line('a', { target: 4000, start: { year: 2028, value: 3384.51 } }), 2030)!;
    expect(3384.51 * (1 + pct / 100) ** 2).toBeGreaterThanOrEqual(4000);
    expect(3384.51 * (1 + (pct - 0.01) / 100) ** 2).toBeLessThan(4000);
  });

  it('gives none without a start, a target or years left', () => {
    expect(requiredGrowthPct(line('a', { start: null }), 2030)).toBeNull();
    expect(requiredGrowthPct(line('a', { target: null }), 2030)).toBeNull();
    expect(requiredGrowthPct(line('a', { start: { year: 2030, value: 1 } }), 2030)).toBeNull();
    expect(requiredGrowthPct(line('a', { start: { year: 2028, value: 0 } }), 2030)).toBeNull();
  });

  it('sets every cluster to it, and back to the growth so far', () => {
    const defaults = result([line('a'), line('b', { target: 100 }), line('c', { start: null })]);
    const inputs = withAllRequired(defaults, { ...DEFAULT_INPUTS, gdpGrowthPct: 6 });
    expect(inputs.clusters).toEqual({ a: { pct: 10, source: 'required' }, b: { pct: 0, source: 'required' } });
    expect(inputs.gdpGrowthPct).toBe(6);
    expect(withAllActual(inputs).clusters).toEqual({});
    expect(withAllActual(inputs).gdpGrowthPct).toBe(6);
  });
});

describe('what each line shows', () => {
  it('shows the reader’s growth, else the default', () => {
    expect(clusterGrowth(line('a'), DEFAULT_INPUTS)).toBe(5);
    expect(clusterGrowth(line('a'), { ...DEFAULT_INPUTS, clusters: { a: { pct: 7, source: 'manual' } } })).toBe(7);
  });

  it('names the assumption: the server’s, or whether a given one was typed or preset', () => {
    const inputs = { ...DEFAULT_INPUTS, clusters: { a: { pct: 7, source: 'manual' as const }, b: { pct: 9, source: 'required' as const } } };
    expect(assumptionLabel({ id: 'a', assumption: 'given' }, inputs)).toBe('manual');
    expect(assumptionLabel({ id: 'b', assumption: 'given' }, inputs)).toBe('requiredFromLatest');
    expect(assumptionLabel({ id: 'c', assumption: 'actual' }, inputs)).toBe('actual');
    expect(assumptionLabel({ id: 'total', assumption: 'clusters' }, inputs)).toBe('clusters');
    expect(assumptionLabel({ id: 'gdp', assumption: 'given' }, inputs)).toBe('manual');
  });

  it('widens the slider to hold a value beyond −10 … 40 %, within the API’s limits', () => {
    const limits = { min: -50, max: 100 };
    expect(sliderBounds(9, limits)).toEqual({ min: -10, max: 40 });
    expect(sliderBounds(52.16, limits)).toEqual({ min: -10, max: 60 });
    expect(sliderBounds(-23, limits)).toEqual({ min: -30, max: 40 });
    expect(sliderBounds(null, limits)).toEqual({ min: -10, max: 40 });
    expect(sliderBounds(99, { min: -50, max: 95 })).toEqual({ min: -10, max: 95 });
  });

  it('names the judged lines by indicator id and counts the changes', () => {
    const lines = linesByIndicator(result([line('a')]));
    expect([...lines.keys()]).toEqual(['a-revenue', 'hitech-revenue', 'share']);
    expect(changedCount({ ...DEFAULT_INPUTS, clusters: { a: { pct: 1, source: 'manual' } }, gdpGrowthPct: 2, shareDrivers: { s: 'total' } })).toBe(3);
  });
});
