import { describe, expect, it } from 'vitest';
import type { IndustryStructure, PipelineJson } from '../../api/types.ts';
import type { RegionalRow } from './map-data.ts';
import { compareValues, regionIndicatorRows, tierRows } from './region-data.ts';

const row = (id: string, region: string, value: number | null, direction: 'increase' | 'decrease' = 'increase'): RegionalRow => ({
  id,
  name: { zh: id, en: id },
  unit: 'count',
  region,
  direction,
  baseline: { year: 2025, value: 0 },
  latest: value === null ? null : { year: 2027, value },
  target: { year: 2030, value: 5 },
  completionPct: null,
  status: 'fair',
  schedule: 'behind',
});
const regional = [row('a', 'x', 5), row('a', 'y', 9), row('a', 'z', null), row('b', 'x', 1, 'decrease'), row('b', 'y', 2, 'decrease')];

describe('one region against the others', () => {
  it('ranks each of its indicators among the regions that have a value', () => {
    expect(regionIndicatorRows(regional, 'x').map((r) => [r.row.id, r.observed?.value, r.rank, r.ranked])).toEqual([
      ['a', 5, 2, 3],
      ['b', 1, 1, 2],
    ]);
    // Without a later value, the baseline stands (and ranks).
    expect(regionIndicatorRows(regional, 'z')[0]).toMatchObject({ observed: { value: 0, baseline: true }, rank: 3, ranked: 3 });
  });

  it('sorts one indicator’s values best first', () => {
    expect(compareValues(regional, 'a').map((p) => p.code)).toEqual(['y', 'x', 'z']);
    expect(compareValues(regional, 'b').map((p) => p.code)).toEqual(['x', 'y']);
  });

  it('lists every certificate kind with the certified, and the pipeline’s candidates where it assesses the kind', () => {
    const structure = { year: 2027, at: '2027-12-31', enterprises: 3, demoEnterprises: 0, withRevenue: 0, revenue: null, clusters: [], regions: [{ regionCode: 'x', enterprises: 3, withRevenue: 0, revenue: null, certificates: [{ kind: 'hte', enterprises: 2 }] }] } satisfies IndustryStructure;
    const pipeline = { tiers: [{ tier: 'hte', byRegion: [{ regionCode: 'x', counts: { certified: 2, candidates: 4, confirmed: 1, incomplete: 0, nearMisses: 3 } }] }] } as unknown as PipelineJson;
    const rows = tierRows('x', structure, pipeline);
    expect(rows[0]).toEqual({ kind: 'hte', certified: 2, candidates: 4, nearMisses: 3 });
    expect(rows.find((r) => r.kind === 'above-size')).toEqual({ kind: 'above-size', certified: 0, candidates: null, nearMisses: null });
    expect(tierRows('x', structure, undefined)[0]).toEqual({ kind: 'hte', certified: 2, candidates: null, nearMisses: null });
  });
});
