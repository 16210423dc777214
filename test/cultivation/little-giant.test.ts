/** 专精特新“小巨人” (工信部企业〔2022〕63号 附件3): every group required; R&D by revenue band; the innovation direct paths. */
import { describe, expect, it } from 'vitest';
import { assess, certificate, criterion, extend, type SnapshotOptions } from './factories.ts';

/** Passes: revenue 1.2亿 with R&D 5 % both years, main business 90.75 % growing 10 % a year, debt 50 %, share 12 %. */
const GIANT: SnapshotOptions = {
  all: { revenue: 12000, rdExpense: 600, staff: 200, rdStaff: 40, nicheYears: 5, nicheMarketSharePct: 12, ipClass1: 3 },
  years: { 2023: { mainBusinessRevenue: 9000 }, 2024: { mainBusinessRevenue: 9900 }, 2025: { mainBusinessRevenue: 10890 } },
  certifications: [certificate('srdi-sme', '2024-05-01', '2027-04-30')],
  facts: { no_major_violation: true, own_brand: true, rd_institution_level: 'own', product_in_strategic_field: true },
};
const giant = (more: SnapshotOptions = {}) => assess('little-giant', extend(GIANT, more));
/** Revenue and R&D of the last two years, the main business kept at 90.75 % and growing. */
const band = (revenue: number, rd2024: number, rd2025: number, more: SnapshotOptions = {}) =>
  giant(
    extend(
      {
        years: {
          2023: { revenue: revenue / 1.21, mainBusinessRevenue: (0.9075 * revenue) / 1.21 },
          2024: { revenue, rdExpense: rd2024, mainBusinessRevenue: (0.9075 * revenue) / 1.1 },
          2025: { revenue, rdExpense: rd2025, mainBusinessRevenue: 0.9075 * revenue },
        },
      },
      more,
    ),
  );

describe('专精特新“小巨人”', () => {
  it('passes with every group met', async () => {
    const a = await giant();
    expect(a.status).toBe('passed');
    expect(a.groups.every((g) => g.passed)).toBe(true);
  });

  it('revenue ≥ 1亿: R&D ≥ 3 % in each of the two years — 3 % passes, 2.999 % in the earlier year fails', async () => {
    expect((await band(10000, 300, 300)).status).toBe('passed');
    const a = await band(10000, 299.9, 600);
    expect(criterion(a, 'rd-share-both-years-over-100m')).toMatchObject({ applicable: true, passed: false, value: 2.999, threshold: 3 });
    expect(criterion(a, 'rd-share-both-years-50-100m').applicable).toBe(false);
  });

  it('revenue 5000万–1亿: R&D ≥ 6 % each year (the 1亿 boundary belongs to the upper band)', async () => {
    const below = await band(9999.99, 300, 300);
    expect(criterion(below, 'rd-share-both-years-50-100m')).toMatchObject({ applicable: true, passed: false, threshold: 6 });
    expect((await band(9999.99, 600, 600)).status).toBe('passed');
    expect((await band(5000, 300, 300)).status).toBe('passed');
    expect((await band(5000, 299.99, 300)).status).toBe('failed');
  });

  it('revenue < 5000万: new equity ≥ 8000万, R&D ≥ 3000万 over two years and R&D staff ≥ 50 %', async () => {
    const small = (equity: number, rd: number, rdStaff: number) =>
      band(4999.99, rd / 2, rd / 2, { all: { rdStaff }, years: { 2024: { equityFinancing: equity / 2 }, 2025: { equityFinancing: equity / 2 } } });
    const ok = await small(8000, 3000, 100);
    expect(ok.status).toBe('passed');
    expect(criterion(ok, 'rd-share-both-years-50-100m').applicable).toBe(false);
    expect(criterion(await small(7999.98, 3000, 100), 'new-equity-2y-80m').passed).toBe(false);
    expect(criterion(await small(8000, 2999.98, 100), 'rd-2y-30m').passed).toBe(false);
    expect(criterion(await small(8000, 3000, 99), 'rd-staff-half').passed).toBe(false);
  });

  it('conditions of every group: niche ≥ 3 years, main business ≥ 70 %, growth ≥ 5 %, debt ≤ 70 %, share ≥ 10 %, 2 Class-I IP', async () => {
    expect(criterion(await giant({ all: { nicheYears: 2 } }), 'niche-years').passed).toBe(false);
    expect(criterion(await giant({ years: { 2025: { mainBusinessRevenue: 8399.99 } } }), 'main-business-share').passed).toBe(false);
    expect(criterion(await giant({ years: { 2025: { mainBusinessRevenue: 8400 } } }), 'main-business-share').passed).toBe(true);
    expect(criterion(await giant({ all: { totalLiabilities: 7000 } }), 'debt-ratio').passed).toBe(true);
    expect(criterion(await giant({ all: { totalLiabilities: 7000.01 } }), 'debt-ratio').passed).toBe(false);
    expect(criterion(await giant({ all: { nicheMarketSharePct: 9.99 } }), 'niche-market-share').passed).toBe(false);
    expect(criterion(await giant({ all: { ipClass1: 1 } }), 'ip-class1-2').passed).toBe(false);
    const flat = await giant({ years: { 2023: { mainBusinessRevenue: 10000 }, 2024: { mainBusinessRevenue: 10450 }, 2025: { mainBusinessRevenue: 10890 } } });
    expect(criterion(flat, 'main-business-growth-2y').passed).toBe(false);
  });

  it('must already be an SRDI SME', async () => {
    const a = await giant({ certifications: [] });
    expect(criterion(a, 'srdi-certified').passed).toBe(false);
    expect(a.status).toBe('failed');
  });

  it('a direct path (national award, makers top 50) replaces the innovation group only', async () => {
    const weakRd = { years: { 2025: { rdExpense: 100 } } };
    expect((await giant(weakRd)).status).toBe('failed');
    const awarded = await giant(extend(weakRd, { facts: { award_national_top3_3y: true } }));
    expect(awarded.status).toBe('passed');
    expect(awarded.directPath?.id).toBe('national-award-top3');
    expect((await giant(extend(weakRd, { facts: { makers_china_top50_3y: true } }))).directPath?.id).toBe('makers-china-top50');
    const lowShare = await giant(extend(weakRd, { all: { nicheMarketSharePct: 5 }, facts: { award_national_top3_3y: true } }));
    expect(lowShare.status).toBe('failed');
  });
});
