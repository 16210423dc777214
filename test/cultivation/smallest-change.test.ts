/** The smallest change that would make an enterprise pass, in words, and what makes a near miss. */
import { describe, expect, it } from 'vitest';
import { ALL_CONFIRMED, assess } from './factories.ts';

const HTE_FACTS = { ...ALL_CONFIRMED, hte_ip_quality_points: 22, tech_transfers_per_year: 5, hte_rd_management_points: 20 };

describe('smallest change to pass', () => {
  it('「…研发费用占销售收入比例 2.4%，需达到 3%」 for an HTE applicant with sales over 2亿', async () => {
    const a = await assess('hte', { all: { revenue: 25000, rdExpense: 600, rdExpenseDomestic: 600, highTechRevenue: 20000 }, facts: HTE_FACTS });
    expect(a.status).toBe('failed');
    expect(a.changes.map((c) => c.message.zh)).toEqual(['近三个会计年度研发费用占销售收入比例 2.4%，需达到 3%']);
    expect(a.changes[0]!.message.en).toBe('R&D expense share of sales over the last three fiscal years 2.4%, needs at least 3%');
    expect(a.nearMiss).toBe(true);
  });

  it('every failing condition is a step; two steps are not a near miss', async () => {
    const a = await assess('hte', { all: { revenue: 25000, rdExpense: 600, rdExpenseDomestic: 600, highTechRevenue: 10000 }, facts: HTE_FACTS });
    expect(a.changes.map((c) => c.criterionId)).toEqual(['rd-share-3y', 'high-tech-revenue-share']);
    expect(a.changes[1]!.message.zh).toBe('近一年高新技术产品（服务）收入占同期总收入比例 40%，需达到 60%');
    expect(a.nearMiss).toBe(false);
  });

  it('an upper limit reads as one: 「职工总数 620 人，需不超过 500 人」, outside the scope, not a near miss', async () => {
    const a = await assess('tech-sme', { all: { staff: 620, stStaff: 200 }, facts: ALL_CONFIRMED });
    expect(a.changes[0]!.message.zh).toBe('职工总数 620 人，需不超过 500 人（不在本层级适用范围内）');
    expect(a.outOfScope).toBe(true);
    expect(a.nearMiss).toBe(false);
  });

  // No R&D institution given, so no direct path settles the innovative-SME score.
  const INNOVATIVE = { no_major_violation: true, ip_class1_high_value: false, ip_class1_self_developed: false };

  it('a score gap takes the band step with the least relative change', async () => {
    // 55 points: R&D 2.9 % → 3 % (+5) is a smaller change than main-business share 62.5 % → 70 % or growth 0 % → 5 %.
    const a = await assess('innovative-sme', { all: { rdExpense: 232, ipClass1: 1, strategicEmerging: false, mainBusinessRevenue: 5000 }, facts: INNOVATIVE });
    expect(a.score).toBe(55);
    expect(a.changes).toHaveLength(1);
    expect(a.changes[0]!.criterionId).toBe('rd-share');
    expect(a.changes[0]!.message.zh).toBe('上年度研发费用占营业收入比重 2.9%，需达到 3%（+5 分，评价得分 55 → 60 分）');
    expect(a.nearMiss).toBe(true);
  });

  it('a dimension minimum is closed first, by the cheapest step inside it', async () => {
    const a = await assess('innovative-sme', { all: { totalLiabilities: 8000 }, facts: INNOVATIVE });
    expect(a.dimensions.find((d) => d.id === 'growth')).toMatchObject({ points: 5, met: false });
    expect(a.changes.map((c) => c.message.zh)).toEqual(['上年度资产负债率 80%，需不超过 55%（+10 分，成长性 5 → 15 分）']);
  });

  it('missing figures are asked for in one step; confirmations are not changes', async () => {
    const incomplete = await assess('hte', { facts: HTE_FACTS, years: { 2025: { rdExpense: null } } });
    expect(incomplete.changes).toHaveLength(1);
    expect(incomplete.changes[0]).toMatchObject({ kind: 'provide', message: { zh: '补充数据：2025年研发费用' } });
    const toConfirm = await assess('innovative-sme');
    expect(toConfirm.changes).toEqual([]);
  });
});
