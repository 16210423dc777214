/** Registry counts → observations of the plan's enterprise-count indicators, and what each indicator counts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { counts, countSpecs, countedIndicators } from '../../src/cultivation/enterprise-counts.ts';
import { REGISTRY_NOTE, registryObservations, type RegistryCounts } from '../../src/cultivation/registry-observations.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { certificate } from './factories.ts';

let plan: Plan;
beforeAll(async () => {
  plan = await loadPlan(hainanPlanDir);
});

describe('registry observations', () => {
  it('the Hainan plan counts three things: 规上 HTEs (valid), SRDI SMEs and little giants (cumulative)', () => {
    expect(countedIndicators(plan)).toEqual([
      { indicatorId: 'above-size-hte', spec: { certification: 'hte', aboveSizeOnly: true, cumulative: false } },
      { indicatorId: 'srdi-sme-cumulative', spec: { certification: 'srdi-sme', aboveSizeOnly: false, cumulative: true } },
      { indicatorId: 'little-giant-cumulative', spec: { certification: 'little-giant', aboveSizeOnly: false, cumulative: true } },
    ]);
    expect(countSpecs(plan)).toHaveLength(3);
  });

  it('province = all regions together; every region of the plan gets a value, zero when none', () => {
    const registry: RegistryCounts = {
      years: [2027, 2028],
      demo: false,
      rows: [
        { certification: 'srdi-sme', aboveSizeOnly: false, cumulative: true, year: 2028, regionCode: '460100', enterprises: 5 },
        { certification: 'srdi-sme', aboveSizeOnly: false, cumulative: true, year: 2028, regionCode: '460200', enterprises: 3 },
        { certification: 'hte', aboveSizeOnly: true, cumulative: false, year: 2028, regionCode: '460100', enterprises: 2 },
      ],
    };
    const obs = registryObservations(plan, registry);
    const value = (id: string, region: string, year: number) => obs.find((o) => o.indicatorId === id && o.region === region && o.year === year)?.value;
    expect(value('srdi-sme-cumulative', '460000', 2028)).toBe(8);
    expect(value('srdi-sme-cumulative', '460100', 2028)).toBe(5);
    expect(value('srdi-sme-cumulative', '469030', 2028)).toBe(0);
    expect(value('srdi-sme-cumulative', '460000', 2027)).toBe(0);
    expect(value('above-size-hte', '460000', 2028)).toBe(2);
    expect(value('little-giant-cumulative', '460000', 2028)).toBe(0);
    expect(obs).toHaveLength(3 * 2 * (plan.regions.length + 1));
    expect(obs.every((o) => o.kind === 'actual' && o.note === REGISTRY_NOTE)).toBe(true);
    expect(registryObservations(plan, { ...registry, demo: true })[0]?.note).toContain('演示');
  });

  it('what counts on 31 December: valid (issued, not expired) or ever issued; above size only when asked', () => {
    const day = '2028-12-31';
    const lapsed = [certificate('srdi-sme', '2022-05-01', '2025-04-30')];
    expect(counts({ certification: 'srdi-sme', aboveSizeOnly: false, cumulative: true }, lapsed, day)).toBe(true);
    expect(counts({ certification: 'srdi-sme', aboveSizeOnly: false, cumulative: false }, lapsed, day)).toBe(false);
    const hte = [certificate('hte', '2027-10-01', '2030-09-30')];
    const spec = { certification: 'hte' as const, aboveSizeOnly: true, cumulative: false };
    expect(counts(spec, hte, day)).toBe(false);
    expect(counts(spec, [...hte, certificate('above-size', '2026-01-01')], day)).toBe(true);
    expect(counts(spec, [...hte, certificate('above-size', '2029-01-01')], day)).toBe(false);
    expect(counts({ ...spec, aboveSizeOnly: false }, [certificate('hte', '2029-01-01', '2031-12-31')], day)).toBe(false);
  });
});
