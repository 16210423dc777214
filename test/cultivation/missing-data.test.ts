/** Missing data is listed as missing and never silently fails an enterprise. */
import { describe, expect, it } from 'vitest';
import { assessTier } from '../../src/cultivation/assess-tier.ts';
import { annualFields } from '../../src/cultivation/measure-schema.ts';
import type { TierId } from '../../src/cultivation/tiers.ts';
import { ALL_CONFIRMED, assess, certificate, criterion, END_2025, ruleBook, snapshot, type SnapshotOptions } from './factories.ts';

const HTE_FACTS = { ...ALL_CONFIRMED, hte_ip_quality_points: 22, tech_transfers_per_year: 5, hte_rd_management_points: 20 };

/** An enterprise that passes each tier at the end of 2025 with every fact given. */
const passing: Record<Exclude<TierId, 'single-champion'>, SnapshotOptions> = {
  hte: { facts: HTE_FACTS },
  'tech-sme': { facts: ALL_CONFIRMED },
  'innovative-sme': { facts: ALL_CONFIRMED },
  'srdi-sme': { facts: ALL_CONFIRMED },
  'little-giant': {
    all: { revenue: 12000, rdExpense: 600, nicheYears: 5, ipClass1: 3 },
    years: { 2023: { mainBusinessRevenue: 9000 }, 2024: { mainBusinessRevenue: 9900 }, 2025: { mainBusinessRevenue: 10890 } },
    certifications: [certificate('srdi-sme', '2024-05-01', '2027-04-30')],
    facts: ALL_CONFIRMED,
  },
};

describe('missing data', () => {
  it('a missing figure is listed, the criterion is undecided and the enterprise incomplete — not failed', async () => {
    const a = await assess('hte', { facts: HTE_FACTS, years: { 2025: { rdExpense: null } } });
    const c = criterion(a, 'rd-share-3y');
    expect(c.passed).toBeNull();
    expect(c.missing).toEqual([{ kind: 'annual', field: 'rdExpense', year: 2025 }]);
    expect(c.explanation.zh).toBe('缺少数据：2025年研发费用（需达到 4%）');
    expect(a.status).toBe('incomplete');
    expect(a.passed).toBe(false);
    expect(a.missing).toContainEqual({ kind: 'annual', field: 'rdExpense', year: 2025 });
    expect(a.changes.map((x) => x.kind)).toEqual(['provide']);
  });

  it('a missing year is a gap in every sum over it', async () => {
    const a = await assess('hte', { facts: HTE_FACTS, years: { 2023: null } });
    expect(criterion(a, 'rd-share-3y').missing).toEqual([
      { kind: 'annual', field: 'rdExpense', year: 2023 },
      { kind: 'annual', field: 'revenue', year: 2023 },
    ]);
    expect(a.status).toBe('incomplete');
  });

  it('an enterprise younger than three years is measured over the years it has existed (not missing)', async () => {
    const a = await assess('hte', { facts: HTE_FACTS, enterprise: { foundedOn: '2024-03-01' }, years: { 2023: null } });
    expect(criterion(a, 'rd-share-3y').missing).toEqual([]);
  });

  it('confirmations not given are to be confirmed; the figures alone are not enough to pass', async () => {
    const a = await assess('innovative-sme');
    expect(a.status).toBe('to-confirm');
    expect(a.passed).toBe(false);
    expect(criterion(a, 'no-major-violation')).toMatchObject({ passed: null, missing: [{ kind: 'fact', id: 'no_major_violation' }] });
    expect(criterion(a, 'no-major-violation').explanation.zh).toMatch(/^待确认：/);
    expect(a.summary.zh).toContain('待确认');
  });

  it('a decided failure stays failed, with the missing items still listed', async () => {
    const a = await assess('srdi-sme', { all: { nicheYears: 1 }, years: { 2025: { netProfit: null } } });
    expect(a.status).toBe('failed');
    expect(a.missing).toContainEqual({ kind: 'annual', field: 'netProfit', year: 2025 });
  });

  it('an unknown size class is a missing enterprise attribute', async () => {
    const a = await assess('innovative-sme', { enterprise: { sizeClass: null }, facts: ALL_CONFIRMED });
    expect(criterion(a, 'sme-size').missing).toEqual([{ kind: 'enterprise', field: 'sizeClass' }]);
    expect(a.status).toBe('incomplete');
  });

  it('an unconfirmed direct path is an opportunity, not a gap', async () => {
    const a = await assess('innovative-sme', { facts: ALL_CONFIRMED });
    expect(a.status).toBe('passed');
    expect(a.directPaths.find((p) => p.id === 'st-award')).toMatchObject({ applies: null, missing: [{ kind: 'fact', id: 'award_st_3y' }] });
    expect(a.missing.some((m) => m.kind === 'fact' && m.id === 'award_st_3y')).toBe(false);
  });

  it('a scored criterion with missing data counts 0 for now and says how high it could go', async () => {
    const a = await assess('srdi-sme', { facts: { ...ALL_CONFIRMED, rd_institution_level: undefined as never } });
    const c = criterion(a, 'rd-institution');
    expect([c.points, c.missing]).toEqual([0, [{ kind: 'fact', id: 'rd_institution_level' }]]);
    expect(c.explanation.zh).toContain('最高可得 10 分');
  });

  it('removing any single figure of a passing enterprise never makes it fail, and a changed outcome names the figure', async () => {
    const book = await ruleBook();
    for (const [tier, options] of Object.entries(passing) as [Exclude<TierId, 'single-champion'>, SnapshotOptions][]) {
      const full = snapshot(options);
      expect(assessTier(book, full, tier, END_2025).status, tier).toBe('passed');
      for (const row of full.annual) {
        for (const field of annualFields) {
          if (row[field] === null) continue;
          const gap = { ...full, annual: full.annual.map((r) => (r === row ? { ...r, [field]: null } : r)) };
          const a = assessTier(book, gap, tier, END_2025);
          expect(a.status, `${tier} without ${field} ${row.year}`).not.toBe('failed');
          if (a.status !== 'passed') expect(a.missing, `${tier} without ${field} ${row.year}`).toContainEqual({ kind: 'annual', field, year: row.year });
        }
      }
    }
  });
});
