import { describe, expect, it } from 'vitest';
import type { PipelineJson } from '../../api/types.ts';
import { breakdownRows, ladderTiers, reach, targetRows } from './funnel-data.ts';

const counts = (certified: number, candidates: number, nearMisses = 0, incomplete = 0) => ({ certified, candidates, confirmed: 0, incomplete, nearMisses });
const tier = (id: string, total: ReturnType<typeof counts>) =>
  ({
    tier: id, name: { zh: id, en: id }, ruleSet: null, carriedFrom: null, unverified: false, total,
    byRegion: [
      { regionCode: '460100', name: { zh: '海口市', en: 'Haikou' }, counts: counts(2, 1) },
      { regionCode: '460200', name: { zh: '三亚市', en: 'Sanya' }, counts: counts(5, 3) },
      { regionCode: '469001', name: { zh: '五指山市', en: 'Wuzhishan' }, counts: counts(0, 0) },
    ],
    byCluster: [
      { clusterId: 'bci', name: { zh: '脑机接口', en: 'BCI' }, counts: counts(0, 0, 1) },
      { clusterId: null, name: null, counts: counts(0, 0) },
    ],
  }) as unknown as PipelineJson['tiers'][number];

describe('the funnel tab’s data', () => {
  const pipeline = { tiers: [tier('hte', counts(9, 1)), tier('srdi-sme', counts(3, 2)), tier('tech-sme', counts(5, 5)), tier('little-giant', counts(1, 0))] } as unknown as PipelineJson;

  it('orders the ladder lowest first, without the high-tech tier', () => {
    expect(ladderTiers(pipeline).map((t) => t.tier)).toEqual(['tech-sme', 'srdi-sme', 'little-giant']);
    expect(reach(counts(3, 2))).toBe(5);
  });

  it('breaks a tier down, the largest first, empty areas left out', () => {
    expect(breakdownRows(pipeline.tiers[0]!, 'region').map((r) => r.key)).toEqual(['460200', '460100']);
    expect(breakdownRows(pipeline.tiers[0]!, 'cluster')).toEqual([{ key: 'bci', name: { zh: '脑机接口', en: 'BCI' }, counts: counts(0, 0, 1) }]);
  });

  it('puts the targets in shares of the target', () => {
    const rows = targetRows({
      targets: [
        { indicatorId: 'above-size-hte', name: { zh: '规模以上高新技术企业数量', en: 'x' }, spec: { certification: 'hte', aboveSizeOnly: true, cumulative: false }, current: 99, candidates: 6, withCandidates: 105, target: 600, targetYear: 2030, gapAfterCandidates: 495, neededPerYear: 250.5 },
        { indicatorId: 'none', name: { zh: 'x', en: 'x' }, spec: { certification: 'little-giant', aboveSizeOnly: false, cumulative: true }, current: 4, candidates: 0, withCandidates: 4, target: null, targetYear: 2030, gapAfterCandidates: null, neededPerYear: null },
      ],
    } as unknown as PipelineJson);
    expect(rows[0]).toMatchObject({ tier: 'hte', currentPct: 16.5, withCandidatesPct: 17.5, aboveSizeOnly: true, neededPerYear: 250.5 });
    expect(rows[1]).toMatchObject({ currentPct: null, withCandidatesPct: null });
  });
});
