/** 创新型中小企业 (工信部企业〔2022〕63号 附件1): total ≥ 60 AND innovation ≥ 20 AND growth ≥ 15 AND specialisation ≥ 15, or a direct path. */
import { describe, expect, it } from 'vitest';
import type { EnterpriseFacts } from '../../src/cultivation/facts.ts';
import { assess, certificate, criterion, type SnapshotOptions } from './factories.ts';

const NO_SPECIAL_IP: EnterpriseFacts = { no_major_violation: true, ip_class1_high_value: false, ip_class1_self_developed: false };

/**
 * Exactly at every minimum and at 60 in total: innovation 10 (Class-I IP) + 10 (R&D 2.5 %) = 20;
 * growth 15 (main business +10 %) + 5 (debt 60 %) = 20; specialisation 5 (not strategic) + 15 (main share 60.5 %) = 20.
 */
const AT_THE_LINE: SnapshotOptions = {
  all: { revenue: 8000, rdExpense: 200, ipClass1: 1, totalLiabilities: 6000, strategicEmerging: false },
  years: { 2024: { mainBusinessRevenue: 4400 }, 2025: { mainBusinessRevenue: 4840 } },
  facts: NO_SPECIAL_IP,
};

const innovative = (options: SnapshotOptions = {}) => assess('innovative-sme', { ...options, facts: { ...NO_SPECIAL_IP, ...options.facts } });
const dims = (a: Awaited<ReturnType<typeof innovative>>) => Object.fromEntries(a.dimensions.map((d) => [d.id, d.points]));

describe('创新型中小企业', () => {
  it('exactly 60 with every dimension at its minimum passes', async () => {
    const a = await innovative(AT_THE_LINE);
    expect(dims(a)).toEqual({ innovation: 20, growth: 20, specialisation: 20 });
    expect(a.score).toBe(60);
    expect(a.status).toBe('passed');
  });

  it('55 with every minimum met fails on the total, and says which step closes it', async () => {
    const a = await innovative({ ...AT_THE_LINE, years: { 2024: { mainBusinessRevenue: 4400 }, 2025: { mainBusinessRevenue: 4839.56 } } });
    expect(a.score).toBe(55);
    expect(a.status).toBe('failed');
    expect(a.nearMiss).toBe(true);
    expect(a.changes).toHaveLength(1);
  });

  it('innovation below 20 fails even with a total of 75', async () => {
    const a = await innovative({ all: { ipClass1: 0, ipClass2: 1, rdExpense: 200, totalLiabilities: 5000 }, years: { 2024: { mainBusinessRevenue: 6000 }, 2025: { mainBusinessRevenue: 7200 } } });
    expect(dims(a)).toEqual({ innovation: 15, growth: 30, specialisation: 30 });
    expect(a.score).toBe(75);
    expect(a.status).toBe('failed');
    expect(a.dimensions.find((d) => d.id === 'innovation')).toMatchObject({ met: false, minimum: { comparator: '>=', value: 20 } });
    expect(a.changes.map((c) => c.criterionId)).toEqual(['rd-share']);
    expect(a.changes[0]!.message.zh).toBe('上年度研发费用占营业收入比重 2.5%，需达到 3%（+5 分，创新能力 15 → 20 分）');
  });

  it('growth below 15 fails even with a total of 80', async () => {
    const a = await innovative({ all: { totalLiabilities: 6000 }, facts: { ip_class1_high_value: true } });
    expect(dims(a)).toEqual({ innovation: 40, growth: 10, specialisation: 30 });
    expect(a.status).toBe('failed');
  });

  it('specialisation below 15 fails even with a total of 80', async () => {
    const a = await innovative({ all: { strategicEmerging: false, mainBusinessRevenue: 4320 }, facts: { ip_class1_high_value: true } });
    expect(dims(a)).toEqual({ innovation: 40, growth: 15, specialisation: 10 });
    expect(a.status).toBe('failed');
  });

  it('bands: R&D share 5 / 3 / 2 / 1 %, main-business share 70 / 60 / 55 / 50 %, debt 55 / 75 %', async () => {
    const points = async (id: string, all: SnapshotOptions['all']) => criterion(await innovative({ all }), id).points;
    expect([await points('rd-share', { rdExpense: 400 }), await points('rd-share', { rdExpense: 399.99 }), await points('rd-share', { rdExpense: 160 }), await points('rd-share', { rdExpense: 80 }), await points('rd-share', { rdExpense: 79.99 })]).toEqual([20, 15, 10, 5, 0]);
    const main = (share: number) => points('main-business-share', { mainBusinessRevenue: 80 * share });
    expect([await main(70), await main(69.99), await main(60), await main(55), await main(50), await main(49.99)]).toEqual([20, 15, 15, 10, 5, 0]);
    const debt = (ratio: number) => points('debt-ratio', { totalLiabilities: 100 * ratio });
    expect([await debt(55), await debt(55.01), await debt(75), await debt(75.01)]).toEqual([10, 5, 5, 0]);
  });

  it('IP related to the main product: high-value 20, self-developed 15, Class-I 10, Class-II 5', async () => {
    const ip = async (facts: EnterpriseFacts, ipClass1 = 1, ipClass2 = 1) => criterion(await innovative({ all: { ipClass1, ipClass2 }, facts }), 'ip-main-product').points;
    expect(await ip({ ip_class1_high_value: true })).toBe(20);
    expect(await ip({ ip_class1_self_developed: true })).toBe(15);
    expect(await ip({})).toBe(10);
    expect(await ip({ ip_class1_high_value: true }, 0, 1)).toBe(5);
    expect(await ip({}, 0, 0)).toBe(0);
  });

  it('a large enterprise is out of scope', async () => {
    const a = await innovative({ enterprise: { sizeClass: 'large' } });
    expect(a.outOfScope).toBe(true);
    expect(a.nearMiss).toBe(false);
  });

  describe('each direct path passes an enterprise whose score fails', () => {
    const failing: SnapshotOptions = { all: { rdExpense: 0, ipClass1: 0, ipClass2: 0 } };
    const path = async (options: SnapshotOptions) => {
      const a = await innovative({ ...failing, ...options, facts: { ...options.facts } });
      return a.status === 'passed' ? a.directPath?.id : a.status;
    };
    it('awards, HTE, demonstration, IP advantage, provincial R&D institution', async () => {
      expect(await path({})).toBe('failed');
      expect(await path({ facts: { award_st_3y: true } })).toBe('st-award');
      expect(await path({ certifications: [certificate('hte', '2025-10-01', '2028-09-30')] })).toBe('valid-hte');
      expect(await path({ facts: { national_innovation_demonstration: true } })).toBe('innovation-demonstration');
      expect(await path({ facts: { ip_advantage_enterprise: true } })).toBe('ip-advantage');
      expect(await path({ facts: { rd_institution_level: 'provincial' } })).toBe('provincial-rd-institution');
      expect(await path({ facts: { rd_institution_level: 'city' } })).toBe('failed');
    });
    it('new equity over three years: 500万 passes, 499.99万 does not', async () => {
      const equity = (last: number) => path({ all: { rdExpense: 0, ipClass1: 0, ipClass2: 0 }, years: { 2023: { equityFinancing: 200 }, 2024: { equityFinancing: 200 }, 2025: { equityFinancing: last } } });
      expect(await equity(100)).toBe('new-equity-5m');
      expect(await equity(99.99)).toBe('failed');
    });
  });
});
