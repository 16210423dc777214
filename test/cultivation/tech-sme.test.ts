/** 科技型中小企业 (国科发政〔2017〕115号): size caps, the score (≥ 60 with S&T staff ≠ 0), each band and each direct path. */
import { describe, expect, it } from 'vitest';
import type { EnterpriseFacts } from '../../src/cultivation/facts.ts';
import { assess, certificate, criterion, type SnapshotOptions } from './factories.ts';

const CONFIRMED: EnterpriseFacts = { not_restricted_industry: true, no_major_violation: true };
const techSme = (options: SnapshotOptions = {}) => assess('tech-sme', { ...options, facts: { ...CONFIRMED, ...options.facts } });

describe('科技型中小企业', () => {
  it('passes with the default figures: staff 25 % → 16, R&D 5 % → 40, Class-I IP → 30', async () => {
    const a = await techSme();
    expect(a.status).toBe('passed');
    expect(a.score).toBe(86);
    expect(a.ruleSet?.id).toBe('tech-sme-2017');
  });

  it('S&T staff share bands: 30 % → 20, 29.5 % → 16, 25 % → 16, 24.5 % → 12, 20 % → 12, 15 % → 8, 10 % → 4, 9.5 % → 0', async () => {
    const points = async (stStaff: number) => criterion(await techSme({ all: { stStaff, staff: 200 } }), 'st-staff-share').points;
    const table: [number, number][] = [[60, 20], [59, 16], [50, 16], [49, 12], [40, 12], [30, 8], [29, 4], [20, 4], [19, 0]];
    for (const [stStaff, expected] of table) expect(await points(stStaff), `${stStaff} of 200`).toBe(expected);
  });

  it('an S&T staff score of 0 fails however high the total', async () => {
    const a = await techSme({ all: { stStaff: 19 } });
    expect(a.score).toBe(70);
    expect(a.status).toBe('failed');
    expect(a.dimensions.find((d) => d.id === 'st-staff')).toMatchObject({ points: 0, met: false });
    expect(a.changes).toHaveLength(1);
    expect(a.changes[0]!.message.zh).toContain('科技人员数占职工总数比例 9.5%，需达到 10%');
    expect(a.nearMiss).toBe(true);
  });

  it('R&D input is the better of share of sales and share of costs; costs count only when given, never as missing', async () => {
    const salesOnly = await techSme({ all: { rdExpense: 80 } });
    expect(criterion(salesOnly, 'rd-input')).toMatchObject({ points: 0, missing: [] });
    const withCosts = await techSme({ all: { rdExpense: 80 }, facts: { total_cost_expenditure: 400 } });
    expect(criterion(withCosts, 'rd-input').points).toBe(30);
    const share = async (rdExpense: number) => criterion(await techSme({ all: { rdExpense } }), 'rd-input').points;
    expect(await share(480)).toBe(50);
    expect(await share(479.99)).toBe(40);
    expect(await share(160)).toBe(10);
    expect(await share(159.99)).toBe(0);
  });

  it('IP: any Class-I item → 30; else Class-II 4 → 24, 3 → 18, 2 → 12, 1 → 6, 0 → 0', async () => {
    const points = async (ipClass1: number, ipClass2: number) => criterion(await techSme({ all: { ipClass1, ipClass2 } }), 'ip').points;
    expect(await points(1, 0)).toBe(30);
    expect(await points(0, 4)).toBe(24);
    expect(await points(0, 3)).toBe(18);
    expect(await points(0, 2)).toBe(12);
    expect(await points(0, 1)).toBe(6);
    expect(await points(0, 0)).toBe(0);
  });

  it('size caps: 500 staff, 2亿 sales and 2亿 assets are in, one more is out of scope (never a near miss)', async () => {
    expect((await techSme({ all: { staff: 500, stStaff: 150 } })).passed).toBe(true);
    const big = await techSme({ all: { staff: 501, stStaff: 150 } });
    expect(big.status).toBe('failed');
    expect(big.outOfScope).toBe(true);
    expect(big.nearMiss).toBe(false);
    expect((await techSme({ all: { revenue: 20000, rdExpense: 1000 } })).passed).toBe(true);
    expect(criterion(await techSme({ all: { revenue: 20000.01, rdExpense: 1000 } }), 'sales-at-most-200m').passed).toBe(false);
    expect((await techSme({ all: { totalAssets: 20000 } })).passed).toBe(true);
    expect(criterion(await techSme({ all: { totalAssets: 20000.01 } }), 'assets-at-most-200m').passed).toBe(false);
  });

  describe('direct paths replace the score (the conditions still hold)', () => {
    const failingScore: SnapshotOptions = { all: { stStaff: 0, rdExpense: 0, ipClass1: 0, ipClass2: 0 } };

    it('a valid HTE certificate, but not an expired one', async () => {
      const valid = await techSme({ ...failingScore, certifications: [certificate('hte', '2024-11-01', '2027-10-31')] });
      expect(valid.status).toBe('passed');
      expect(valid.directPath?.id).toBe('valid-hte');
      const expired = await techSme({ ...failingScore, certifications: [certificate('hte', '2021-11-01', '2024-10-31')] });
      expect(expired.status).toBe('failed');
    });

    it('a national S&T award, a provincial R&D institution (not a city one), a standard led', async () => {
      expect((await techSme({ ...failingScore, facts: { award_national_st_top3_5y: true } })).directPath?.id).toBe('national-st-award');
      expect((await techSme({ ...failingScore, facts: { rd_institution_level: 'provincial' } })).directPath?.id).toBe('provincial-rd-institution');
      expect((await techSme({ ...failingScore, facts: { rd_institution_level: 'city' } })).status).toBe('failed');
      expect((await techSme({ ...failingScore, facts: { led_standard_5y: true } })).directPath?.id).toBe('led-standard');
    });

    it('a direct path does not excuse a size cap', async () => {
      const a = await techSme({ all: { staff: 600, stStaff: 150 }, certifications: [certificate('hte', '2024-11-01', '2027-10-31')] });
      expect(a.status).toBe('failed');
      expect(a.outOfScope).toBe(true);
    });
  });
});
