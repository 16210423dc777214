/** 高新技术企业 (国科发火〔2016〕32号): every condition at and around its threshold, and the innovation score (> 70). */
import { describe, expect, it } from 'vitest';
import type { EnterpriseFacts } from '../../src/cultivation/facts.ts';
import { assess, criterion, type SnapshotOptions } from './factories.ts';

/** The HTE confirmations and expert inputs; with the default figures the score is 7 + 20 + 25 + 18 + 0 = 70. */
const HTE_FACTS: EnterpriseFacts = {
  core_ip_owned: true,
  tech_field_supported: true,
  no_major_violation: true,
  hte_ip_quality_points: 20,
  tech_transfers_per_year: 5,
  hte_rd_management_points: 18,
};

const hte = (options: SnapshotOptions = {}) => assess('hte', { ...options, facts: { ...HTE_FACTS, ...options.facts } });

describe('高新技术企业: innovation score', () => {
  it('a score of exactly 70 fails, 71 passes (the score must exceed 70)', async () => {
    const seventy = await hte();
    expect(seventy.score).toBe(70);
    expect(seventy.passed).toBe(false);
    expect(seventy.status).toBe('failed');
    expect(seventy.passScore).toEqual({ comparator: '>', value: 70 });
    const seventyOne = await hte({ facts: { hte_rd_management_points: 19 } });
    expect(seventyOne.score).toBe(71);
    expect(seventyOne.passed).toBe(true);
    expect(seventyOne.ruleSet?.document).toBe('国科发火〔2016〕32号');
  });

  it('expert bands count their lower end and say where the top is', async () => {
    const a = await hte();
    const ip = criterion(a, 'ip-count');
    expect([ip.points, ip.pointsUpTo, ip.maxPoints]).toEqual([7, 8, 8]);
    expect(a.scoreUpTo).toBeGreaterThan(a.score!);
    expect(ip.explanation.zh).toContain('7–8');
  });

  it('technology transfers per year: 5 → 25, just under 5 → 19, 1 → 1, 0 → 0', async () => {
    const points = async (n: number) => criterion(await hte({ facts: { tech_transfers_per_year: n } }), 'technology-transfer').points;
    expect(await points(5)).toBe(25);
    expect(await points(4.99)).toBe(19);
    expect(await points(4)).toBe(19);
    expect(await points(2)).toBe(7);
    expect(await points(1)).toBe(1);
    expect(await points(0.99)).toBe(0);
  });

  it('IP count: one Class-I item → 7; Class-II 5 → 5, 3 → 3, 1 → 1, none → 0', async () => {
    const points = async (ipClass1: number, ipClass2: number) => criterion(await hte({ all: { ipClass1, ipClass2 } }), 'ip-count').points;
    expect(await points(1, 0)).toBe(7);
    expect(await points(0, 5)).toBe(5);
    expect(await points(0, 4)).toBe(3);
    expect(await points(0, 3)).toBe(3);
    expect(await points(0, 2)).toBe(1);
    expect(await points(0, 0)).toBe(0);
  });

  it('growth = ½·(Y2/Y1 + Y3/Y2) − 1: exactly 25 % scores 7, a hair less 5; 0 scores 0, a hair more 1', async () => {
    const growth = async (y1: number, y2: number, y3: number) => {
      const a = await hte({ years: { 2023: { netAssets: y1 }, 2024: { netAssets: y2 }, 2025: { netAssets: y3 } } });
      const c = criterion(a, 'net-asset-growth');
      return [c.value, c.points];
    };
    expect(await growth(1000, 1200, 1560)).toEqual([25, 7]);
    const [below, belowPoints] = await growth(1000, 1200, 1559);
    expect(below as number).toBeLessThan(25);
    expect(belowPoints).toBe(5);
    expect(await growth(1000, 1350, 1350 * 1.35)).toEqual([35, 9]);
    expect(await growth(1000, 1000, 1000)).toEqual([0, 0]);
    expect((await growth(1000, 1000, 1000.1))[1]).toBe(1);
    expect(await growth(1000, 1050, 1102.5)).toEqual([5, 3]);
    expect((await growth(1000, 1050, 1102.49))[1]).toBe(1);
  });

  it('growth from a non-positive year cannot be computed: 0 points, decided (not missing)', async () => {
    const a = await hte({ years: { 2023: { netAssets: -50 } } });
    const c = criterion(a, 'net-asset-growth');
    expect(c.value).toBeNull();
    expect(c.points).toBe(0);
    expect(c.missing).toEqual([]);
  });
});

describe('高新技术企业: conditions', () => {
  const rdShare = async (revenue2025: number, revenue: number, rdExpense: number) => {
    const a = await hte({ all: { revenue, rdExpense, rdExpenseDomestic: rdExpense, highTechRevenue: revenue * 0.7 }, years: { 2025: { revenue: revenue2025, highTechRevenue: revenue2025 * 0.7 } }, facts: { hte_rd_management_points: 20 } });
    return criterion(a, 'rd-share-3y');
  };

  it('R&D share by sales band: sales ≤ 5000万 needs 5 %; 4.99 % fails, 5 % passes', async () => {
    const under = await rdShare(5000, 5000, 249.5);
    expect([under.value, under.threshold, under.comparator, under.passed]).toEqual([4.99, 5, '>=', false]);
    const at = await rdShare(5000, 5000, 250);
    expect([at.value, at.threshold, at.passed]).toEqual([5, 5, true]);
  });

  it('R&D share: the band flips between 5000万 and 5000.01万 (5 % → 4 %)', async () => {
    const at5000 = await rdShare(5000, 5000, 200.01);
    expect([at5000.threshold, at5000.passed]).toEqual([5, false]);
    const above = await rdShare(5000.01, 5000, 200.01);
    expect([above.threshold, above.passed]).toEqual([4, true]);
  });

  it('R&D share: the band flips between 2亿 and 2亿 + 0.01万 (4 % → 3 %)', async () => {
    const at = await rdShare(20000, 20000, 700);
    expect([at.value, at.threshold, at.passed]).toEqual([3.5, 4, false]);
    const above = await rdShare(20000.01, 20000, 700);
    expect([above.threshold, above.passed]).toEqual([3, true]);
  });

  it('S&T staff ≥ 10 %: 19 of 200 fails, 20 passes', async () => {
    expect(criterion(await hte({ all: { stStaff: 19 } }), 'st-staff-share').passed).toBe(false);
    expect(criterion(await hte({ all: { stStaff: 20 } }), 'st-staff-share')).toMatchObject({ value: 10, passed: true });
  });

  it('R&D spent in China ≥ 60 %: 59.99 % fails, 60 % passes', async () => {
    const share = async (domestic: number) => criterion(await hte({ all: { rdExpense: 400, rdExpenseDomestic: domestic } }), 'rd-domestic-share');
    expect((await share(239.96)).passed).toBe(false);
    expect(await share(240)).toMatchObject({ value: 60, passed: true });
  });

  it('high-tech products ≥ 60 % of the latest revenue: 4799.99 of 8000 fails, 4800 passes', async () => {
    expect(criterion(await hte({ years: { 2025: { highTechRevenue: 4799.99 } } }), 'high-tech-revenue-share').passed).toBe(false);
    expect(criterion(await hte({ years: { 2025: { highTechRevenue: 4800 } } }), 'high-tech-revenue-share')).toMatchObject({ value: 60, passed: true });
  });

  it('registered at least one year: founded 2024-12-31 passes on 2025-12-31, founded 2025-01-01 does not', async () => {
    expect(criterion(await hte({ enterprise: { foundedOn: '2024-12-31' } }), 'registered-one-year')).toMatchObject({ value: 1, passed: true });
    expect(criterion(await hte({ enterprise: { foundedOn: '2025-01-01' } }), 'registered-one-year')).toMatchObject({ value: 0, passed: false });
  });

  it('a confirmation answered "no" fails; left out, it is to be confirmed', async () => {
    const no = await hte({ facts: { hte_rd_management_points: 20, core_ip_owned: false } });
    expect(no.status).toBe('failed');
    expect(criterion(no, 'core-ip-owned').passed).toBe(false);
    const open = await assess('hte', { facts: { ...HTE_FACTS, hte_rd_management_points: 20, core_ip_owned: undefined as never } });
    expect(open.status).toBe('to-confirm');
    expect(criterion(open, 'core-ip-owned').missing).toEqual([{ kind: 'fact', id: 'core_ip_owned' }]);
  });
});
