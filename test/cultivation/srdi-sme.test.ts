/** 专精特新中小企业 (工信部企业〔2022〕63号 附件2): base conditions, revenue or equity, the score (≥ 60) and its direct paths. */
import { describe, expect, it } from 'vitest';
import { ALL_CONFIRMED, assess, criterion, extend, type SnapshotOptions } from './factories.ts';

/** 74 points without the provincial distinctiveness points: spec 16 + refinement 25 + innovation 33. */
const SRDI: SnapshotOptions = { facts: { ...ALL_CONFIRMED, provincial_distinctiveness_points: 0 } };
const srdi = (more: SnapshotOptions = {}) => assess('srdi-sme', extend(SRDI, more));

describe('专精特新中小企业: base conditions', () => {
  it('years in the niche ≥ 2: 2 passes, 1 fails', async () => {
    expect(criterion(await srdi({ all: { nicheYears: 2 } }), 'niche-years').passed).toBe(true);
    const a = await srdi({ all: { nicheYears: 1 } });
    expect(criterion(a, 'niche-years').passed).toBe(false);
    expect(a.status).toBe('failed');
  });

  it('R&D ≥ 100万 and ≥ 3 % of revenue: 100 on 3000 passes, 99.99 fails; 240 on 8000 passes, 239.99 fails', async () => {
    expect(criterion(await srdi({ all: { revenue: 3000, mainBusinessRevenue: 2700, rdExpense: 100 } }), 'rd-amount').passed).toBe(true);
    expect(criterion(await srdi({ all: { revenue: 3000, mainBusinessRevenue: 2700, rdExpense: 99.99 } }), 'rd-amount').passed).toBe(false);
    expect(criterion(await srdi({ all: { rdExpense: 240 } }), 'rd-share')).toMatchObject({ value: 3, passed: true });
    expect(criterion(await srdi({ all: { rdExpense: 239.99 } }), 'rd-share').passed).toBe(false);
  });

  it('revenue ≥ 1000万, or new equity ≥ 2000万 over two years', async () => {
    const small = { all: { revenue: 999.99, mainBusinessRevenue: 900, rdExpense: 100, netProfit: 100 } };
    expect((await srdi({ all: { revenue: 1000, mainBusinessRevenue: 900, rdExpense: 100, netProfit: 100 } })).groups.find((g) => g.id === 'scale')?.passed).toBe(true);
    expect((await srdi(small)).groups.find((g) => g.id === 'scale')?.passed).toBe(false);
    const funded = await srdi(extend(small, { years: { 2024: { equityFinancing: 1000 }, 2025: { equityFinancing: 1000 } } }));
    expect(funded.groups.find((g) => g.id === 'scale')?.passed).toBe(true);
    const short = await srdi(extend(small, { years: { 2024: { equityFinancing: 1000 }, 2025: { equityFinancing: 999.99 } } }));
    expect(short.groups.find((g) => g.id === 'scale')?.passed).toBe(false);
  });

  it('a large enterprise is out of scope', async () => {
    expect((await srdi({ enterprise: { sizeClass: 'large' } })).outOfScope).toBe(true);
  });
});

describe('专精特新中小企业: the score', () => {
  it('60 passes, 59 fails', async () => {
    const lower: SnapshotOptions = { facts: { rd_institution_level: 'none', digitalisation_level: 'level-1' } };
    const at59 = await srdi(lower);
    expect(at59.score).toBe(59);
    expect(at59.status).toBe('failed');
    const at60 = await srdi(extend(lower, { facts: { provincial_distinctiveness_points: 1 } }));
    expect(at60.score).toBe(60);
    expect(at60.status).toBe('passed');
  });

  it('bands: niche years 1 point per 2 years, R&D staff 20 / 10 / 5 %, debt 50 / 60 / 70 %, margin in 2-point steps', async () => {
    const points = async (id: string, all: SnapshotOptions['all']) => criterion(await srdi({ all }), id).points;
    expect(await Promise.all([10, 9, 8, 4, 3, 2].map((n) => points('niche-years-points', { nicheYears: n })))).toEqual([5, 4, 4, 2, 1, 1]);
    expect(await Promise.all([40, 39, 20, 10, 9].map((n) => points('rd-staff-share', { rdStaff: n })))).toEqual([5, 3, 3, 1, 0]);
    expect(await Promise.all([5000, 5001, 6000, 7000, 7001].map((n) => points('debt-ratio', { totalLiabilities: n })))).toEqual([5, 3, 3, 1, 0]);
    expect(await Promise.all([800, 799, 640, 160, 159].map((n) => points('net-profit-margin', { netProfit: n })))).toEqual([10, 8, 8, 2, 0]);
  });

  it('R&D spend scores the better of the amount and the share', async () => {
    expect(criterion(await srdi({ all: { rdExpense: 500 } }), 'rd-spend').points).toBe(10);
    expect(criterion(await srdi({ all: { rdExpense: 400 } }), 'rd-spend').points).toBe(8);
    expect(criterion(await srdi({ all: { revenue: 1500, mainBusinessRevenue: 1350, rdExpense: 150, netProfit: 150 } }), 'rd-spend').points).toBe(10);
  });

  it('facts not given are to be confirmed: the figures alone leave it open, never failed', async () => {
    const a = await assess('srdi-sme', { facts: { no_major_violation: true } });
    expect(a.status).toBe('to-confirm');
    expect(a.missing.map((m) => (m.kind === 'fact' ? m.id : m.kind))).toEqual(
      expect.arrayContaining(['product_field_level', 'digitalisation_level', 'quality_management_points', 'provincial_distinctiveness_points', 'rd_institution_level']),
    );
    expect(a.scoreUpTo).toBeGreaterThan(a.score!);
  });
});

describe('专精特新中小企业: direct paths (the base conditions still hold)', () => {
  const failing: SnapshotOptions = { facts: { rd_institution_level: 'none', digitalisation_level: 'level-1', product_field_level: 'other' } };
  const path = async (more: SnapshotOptions) => {
    const a = await srdi(extend(failing, more));
    return a.status === 'passed' ? a.directPath?.id : a.status;
  };
  it('awards and the makers contest', async () => {
    expect(await path({})).toBe('failed');
    expect(await path({ facts: { award_provincial_top3_3y: true } })).toBe('provincial-award-top3');
    expect(await path({ facts: { award_national_top5_3y: true } })).toBe('national-award-top5');
    expect(await path({ facts: { makers_china_top500_3y: true } })).toBe('makers-china-top500');
  });
  it('R&D of 1000万 a year over two years; new equity of 6000万 over two years', async () => {
    const rd = (last: number) => path({ all: { revenue: 20000, mainBusinessRevenue: 18000, netProfit: 2000 }, years: { 2024: { rdExpense: 1000 }, 2025: { rdExpense: last } } });
    expect(await rd(1000)).toBe('rd-2y-average-10m');
    expect(await rd(999.98)).toBe('failed');
    const equity = (last: number) => path({ years: { 2024: { equityFinancing: 3000 }, 2025: { equityFinancing: last } } });
    expect(await equity(3000)).toBe('new-equity-2y-60m');
    expect(await equity(2999.99)).toBe('failed');
  });
  it('a direct path does not excuse a base condition', async () => {
    expect(await path({ all: { nicheYears: 1 }, facts: { award_national_top5_3y: true } })).toBe('failed');
  });
});
