/** Enterprises and their yearly figures: valid identities, plausible and internally consistent numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DemoEnterprise } from '../../src/demo/demo-enterprises.ts';
import { isCreditCode } from '../../src/records/credit-code.ts';
import type { EnterpriseAnnualInput } from '../../src/records/enterprise-annual.ts';
import { collect, demoOf, fen, hainan } from './demo-fixtures.ts';

const demo = demoOf(hainan);
const enterprises = collect(demo);

const holds = (e: DemoEnterprise, kind: string, year: number) =>
  e.certifications.some((c) => c.kind === kind && c.issuedOn <= `${year}-12-31` && (c.expiresOn === null || c.expiresOn >= `${year}-12-31`));

/** Every rule a row of yearly figures must keep; returns the broken ones. */
function inconsistencies(row: EnterpriseAnnualInput): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string) => ok || broken.push(rule);
  const { revenue, totalAssets, totalLiabilities, netAssets } = row;
  check(revenue !== null && revenue > 0, 'revenue > 0');
  if (revenue !== null) {
    if (row.mainBusinessRevenue !== null) check(row.mainBusinessRevenue <= revenue && row.mainBusinessRevenue >= 0.5 * revenue, 'main business 50–100 % of revenue');
    if (row.highTechRevenue !== null) check(row.highTechRevenue <= revenue, 'high-tech revenue ≤ revenue');
  }
  if (row.rdExpense !== null && row.rdExpenseDomestic !== null) check(row.rdExpenseDomestic <= row.rdExpense, 'domestic R&D ≤ R&D');
  if (row.staff !== null) {
    check(Number.isInteger(row.staff) && row.staff > 0, 'staff a positive integer');
    if (row.rdStaff !== null) check(row.rdStaff <= row.staff, 'R&D staff ≤ staff');
    if (row.stStaff !== null) check(row.stStaff <= row.staff, 'S&T staff ≤ staff');
  }
  if (totalAssets !== null && totalLiabilities !== null && netAssets !== null) {
    check(fen(netAssets) === fen(totalAssets) - fen(totalLiabilities), 'net assets = assets − liabilities');
    check(totalLiabilities <= totalAssets, 'liabilities ≤ assets');
  }
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === 'number' && key !== 'year') {
      check(Number.isFinite(value), `${key} finite`);
      check(fen(value) / 100 === value, `${key} has at most two decimals`);
    }
  }
  if (row.nicheMarketSharePct !== null) check(row.nicheMarketSharePct >= 0 && row.nicheMarketSharePct <= 100, 'niche share a percentage');
  return broken;
}

describe('enterprise identities', () => {
  it('have valid, unique, demo-marked credit codes that carry their region', () => {
    const codes = enterprises.map((e) => e.enterprise.creditCode);
    expect(new Set(codes).size).toBe(3000);
    for (const e of enterprises) {
      expect(isCreditCode(e.enterprise.creditCode)).toBe(true);
      expect(e.enterprise.creditCode.slice(0, 8)).toBe(`91${e.enterprise.regionCode}`);
      expect(e.enterprise.creditCode.slice(8, 10)).toBe('DM');
    }
  });

  it('have unique, plausible Chinese company names', () => {
    const names = enterprises.map((e) => e.enterprise.name);
    expect(new Set(names).size).toBe(3000);
    for (const name of names) expect(name).toMatch(/^[\u4e00-\u9fff]{2,6}[\u4e00-\u9fff]{2}[\u4e00-\u9fff]+(有限公司|有限责任公司|股份有限公司)$/u);
    expect(names.filter((n) => n.startsWith('海南')).length).toBeGreaterThan(1500);
  });

  it('sit in the plan’s regions and parks, in the plan’s clusters and segments, consistently', () => {
    const regions = new Set(hainan.regions.map((r) => r.code));
    for (const { enterprise: e } of enterprises) {
      expect(regions.has(e.regionCode)).toBe(true);
      if (e.parkId) {
        const park = hainan.parks.find((p) => p.id === e.parkId)!;
        expect(park.region === e.regionCode || park.regions.includes(e.regionCode)).toBe(true);
      }
      expect(e.clusters.length).toBeGreaterThanOrEqual(1);
      const primary = hainan.clusters.find((c) => c.id === e.clusters[0])!;
      for (const s of e.segments) expect(primary.segments.some((seg) => seg.id === s)).toBe(true);
    }
    const inParks = enterprises.filter((e) => e.enterprise.parkId !== null).length;
    expect(inParks).toBeGreaterThan(200);
    // Places follow the plan's layout: the pole cores hold most firms, every region some.
    const cores = new Set(hainan.poles.flatMap((p) => p.core));
    expect(enterprises.filter((e) => cores.has(e.enterprise.regionCode)).length).toBeGreaterThan(1500);
  });

  it('have a plausible mix of sizes, a few listed, founding dates before their data', () => {
    const bySize = (s: string) => enterprises.filter((e) => e.enterprise.sizeClass === s).length;
    expect(bySize('large')).toBeGreaterThan(5);
    expect(bySize('large')).toBeLessThan(bySize('medium'));
    expect(bySize('micro') + bySize('small')).toBeGreaterThan(2000);
    const listed = enterprises.filter((e) => e.enterprise.listed).length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(60);
    for (const e of enterprises) {
      expect(e.enterprise.foundedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
      const founded = Number(e.enterprise.foundedOn!.slice(0, 4));
      expect(e.annual[0]!.year).toBe(Math.max(2023, founded));
      expect(e.annual.at(-1)!.year).toBe(2028);
    }
  });
});

describe('yearly figures', () => {
  it('keep every identity and bound in every row of the stream', () => {
    const broken = enterprises.flatMap((e) => e.annual.flatMap((row) => inconsistencies(row).map((rule) => `${row.creditCode} ${row.year}: ${rule}`)));
    expect(broken).toEqual([]);
  });

  it('keep them for any enterprise of any seed and size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 1, max: 50_000 }), fc.nat(), (seed, size, pick) => {
        const sample = demoOf(hainan, { seed, enterprises: size });
        const index = pick % size;
        const [e] = [...sample.enterprises(index, index + 1)];
        for (const row of e!.annual) expect(inconsistencies(row)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('put revenue on a lognormal-like spread with some losses and some equity rounds', () => {
    const revenues = enterprises.map((e) => e.annual.find((r) => r.year === 2025)?.revenue).filter((r): r is number => r != null).sort((a, b) => a - b);
    const median = revenues[Math.floor(revenues.length / 2)]!;
    expect(median).toBeGreaterThan(300);
    expect(median).toBeLessThan(3000);
    expect(revenues.at(-1)! / median).toBeGreaterThan(50);
    const rows = enterprises.flatMap((e) => e.annual);
    const losses = rows.filter((r) => r.netProfit !== null && r.netProfit < 0).length / rows.length;
    expect(losses).toBeGreaterThan(0.05);
    expect(losses).toBeLessThan(0.4);
    const funded = rows.filter((r) => (r.equityFinancing ?? 0) > 0).length / rows.length;
    expect(funded).toBeGreaterThan(0.01);
    expect(funded).toBeLessThan(0.2);
    const debt = rows.filter((r) => r.totalAssets && r.totalLiabilities !== null).map((r) => r.totalLiabilities! / r.totalAssets!);
    expect(Math.min(...debt)).toBeGreaterThan(0.05);
    expect(Math.max(...debt)).toBeLessThan(0.951);
  });

  it('leave some fields missing so the product can show missing data', () => {
    const rows = enterprises.flatMap((e) => e.annual);
    const missingRd = rows.filter((r) => r.rdExpense === null).length;
    const missingBalance = rows.filter((r) => r.totalAssets === null).length;
    expect(missingRd).toBeGreaterThan(10);
    expect(missingBalance).toBeGreaterThan(10);
    expect(missingRd / rows.length).toBeLessThan(0.05);
  });

  it('agree with the tiers: 规上 firms earn ≥ 2000万 the year before, others less; HTEs mostly meet the HTE criteria', () => {
    for (const e of enterprises) {
      for (const row of e.annual) {
        if (row.year === 2028) continue;
        const aboveNext = holds(e, 'above-size', row.year + 1);
        expect(row.revenue! >= 2000, `${e.enterprise.creditCode} ${row.year}`).toBe(aboveNext);
      }
    }
    const hteRows = enterprises.flatMap((e) => e.annual.filter((r) => holds(e, 'hte', r.year)));
    expect(hteRows.length).toBeGreaterThan(5000);
    const meets = hteRows.filter(
      (r) => r.highTechRevenue! >= 0.6 * r.revenue! && r.rdExpense !== null && r.rdExpense >= 0.03 * r.revenue! && (r.stStaff === null || r.stStaff >= 0.1 * r.staff!),
    ).length;
    expect(meets / hteRows.length).toBeGreaterThan(0.85);
    expect(meets / hteRows.length).toBeLessThan(1);
    for (const e of enterprises.filter((e) => e.certifications.every((c) => c.kind !== 'hte'))) {
      for (const row of e.annual) expect(row.highTechRevenue).toBeNull();
    }
  });

  it('give little giants what the tier demands: ≥ 3 years in the niche, ≥ 10 % niche share, ≥ 2 Class-I IP items', () => {
    const giants = enterprises.filter((e) => e.certifications.some((c) => c.kind === 'little-giant'));
    expect(giants).toHaveLength(20);
    for (const g of giants) {
      for (const row of g.annual.filter((r) => holds(g, 'little-giant', r.year))) {
        if (row.nicheYears !== null) expect(row.nicheYears).toBeGreaterThanOrEqual(3);
        if (row.nicheMarketSharePct !== null) expect(row.nicheMarketSharePct).toBeGreaterThanOrEqual(10);
        if (row.ipClass1 !== null) expect(row.ipClass1).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
