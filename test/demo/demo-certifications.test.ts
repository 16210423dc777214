/** Certifications: the plan's 2025 counts exactly, growth after, nesting tiers, and observations that match the stream. */
import { describe, expect, it } from 'vitest';
import { buildSchedules, cumulativeCount, validCount } from '../../src/demo/certification-schedule.ts';
import { resolveDemoOptions } from '../../src/demo/demo-options.ts';
import type { DemoEnterprise } from '../../src/demo/demo-enterprises.ts';
import type { CertificationInput, CertificationKindId } from '../../src/records/certification.ts';
import { collect, demoOf, hainan } from './demo-fixtures.ts';

const demo = demoOf(hainan);
const enterprises = collect(demo);

const yearEnd = (year: number) => `${year}-12-31`;
const isValid = (c: CertificationInput, year: number) => c.issuedOn <= yearEnd(year) && (c.expiresOn === null || c.expiresOn >= yearEnd(year));
const holds = (e: DemoEnterprise, kind: CertificationKindId, year: number) => e.certifications.some((c) => c.kind === kind && isValid(c, year));
const everHeld = (e: DemoEnterprise, kind: CertificationKindId, year: number) => e.certifications.some((c) => c.kind === kind && c.issuedOn <= yearEnd(year));
const count = (test: (e: DemoEnterprise) => boolean) => enterprises.filter(test).length;

describe('certifications at the end of 2025 (counted from the stream)', () => {
  it('match the plan’s stated figures exactly', () => {
    expect(count((e) => holds(e, 'hte', 2025))).toBe(1552);
    expect(count((e) => everHeld(e, 'innovative-sme', 2025))).toBe(1329);
    expect(count((e) => everHeld(e, 'srdi-sme', 2025))).toBe(600);
    expect(count((e) => everHeld(e, 'little-giant', 2025))).toBe(17);
    expect(count((e) => everHeld(e, 'single-champion', 2025))).toBe(1);
  });

  it('make 2025 the peak of valid HTE certificates over 2021–2025 (全省有效期内高新技术企业最高达1552家)', () => {
    for (const year of [2021, 2022, 2023, 2024]) expect(count((e) => holds(e, 'hte', year))).toBeLessThan(1552);
  });

  it('put a few hundred HTEs above designated size', () => {
    const aboveSizeHte = count((e) => holds(e, 'hte', 2025) && holds(e, 'above-size', 2025));
    expect(aboveSizeHte).toBeGreaterThanOrEqual(380);
    expect(aboveSizeHte).toBeLessThanOrEqual(450);
  });
});

describe('certifications after 2025', () => {
  it('keep growing in line with the plan’s targets', () => {
    expect([2026, 2027, 2028].map((y) => count((e) => everHeld(e, 'srdi-sme', y)))).toEqual([630, 660, 690]);
    expect([2026, 2027, 2028].map((y) => count((e) => everHeld(e, 'little-giant', y)))).toEqual([18, 19, 20]);
    const aboveSizeHte = [2025, 2026, 2027, 2028].map((y) => count((e) => holds(e, 'hte', y) && holds(e, 'above-size', y)));
    expect(aboveSizeHte[3]!).toBeGreaterThan(aboveSizeHte[0]!);
  });

  it('go more to firms in clusters ahead of plan than in clusters falling behind', () => {
    const province = hainan.province.code;
    const value = (id: string, year: number) => demo.observations.find((o) => o.seriesId === id && o.regionCode === province && o.period === String(year))!.value;
    const progress = new Map(
      hainan.clusters.flatMap((c) => {
        const indicator = hainan.indicators.find((i) => i.id === c.indicatorId);
        if (!indicator) return [];
        const required = (indicator.target.value! / value(indicator.id, 2025)) ** (1 / 5) - 1;
        return [[c.id, ((value(indicator.id, 2028) / value(indicator.id, 2025)) ** (1 / 3) - 1) / required] as const];
      }),
    );
    const firstTier = (e: DemoEnterprise) => e.certifications.filter((c) => c.kind !== 'tech-sme').map((c) => c.issuedOn).sort()[0];
    const aheadToBehind = (group: DemoEnterprise[]) => {
      const ahead = group.filter((e) => (progress.get(e.enterprise.clusters[0]!) ?? 1) >= 1.1).length;
      const behind = group.filter((e) => (progress.get(e.enterprise.clusters[0]!) ?? 1) < 0.6).length;
      return ahead / behind;
    };
    const newcomers = enterprises.filter((e) => (firstTier(e) ?? '') > '2025-12-31');
    const established = enterprises.filter((e) => firstTier(e) !== undefined && firstTier(e)! <= '2025-12-31');
    expect(newcomers.length).toBeGreaterThan(300);
    expect(aheadToBehind(newcomers)).toBeGreaterThan(1.5 * aheadToBehind(established));
  });

  it('are summarised with the same counts', () => {
    const s = demo.summary.certifications;
    expect(s.hte.validAtYearEnd).toEqual([2025, 2026, 2027, 2028].map((y) => count((e) => holds(e, 'hte', y))));
    expect(s['srdi-sme'].everCertified).toEqual([600, 630, 660, 690]);
  });
});

describe('enterprise-count observations', () => {
  it('equal what the enterprise stream implies, for the province and every region', () => {
    const counted = hainan.indicators.filter((i) => i.measurement.kind === 'enterprise_count');
    expect(counted.length).toBe(3);
    for (const indicator of counted) {
      const m = indicator.measurement;
      if (m.kind !== 'enterprise_count') continue;
      for (const year of [2025, 2026, 2027, 2028]) {
        const qualifies = (e: DemoEnterprise) =>
          (m.cumulative ? everHeld(e, m.certification as CertificationKindId, year) : holds(e, m.certification as CertificationKindId, year)) &&
          (!m.aboveSizeOnly || holds(e, 'above-size', year));
        const observed = (region: string) => demo.observations.find((o) => o.seriesId === indicator.id && o.regionCode === region && o.period === String(year))?.value;
        expect(observed(hainan.province.code), `${indicator.id} ${year}`).toBe(count(qualifies));
        for (const region of hainan.regions) {
          expect(observed(region.code), `${indicator.id} ${year} ${region.code}`).toBe(count((e) => e.enterprise.regionCode === region.code && qualifies(e)));
        }
      }
    }
  });
});

describe('tiers and certificates', () => {
  it('nest: every little giant was an SRDI SME first; most SRDI SMEs are innovative; HTEs overlap both', () => {
    const first = (e: DemoEnterprise, kind: CertificationKindId) => e.certifications.filter((c) => c.kind === kind).map((c) => c.issuedOn).sort()[0];
    const giants = enterprises.filter((e) => first(e, 'little-giant'));
    expect(giants.length).toBe(20);
    for (const g of giants) expect(first(g, 'srdi-sme')! < first(g, 'little-giant')!).toBe(true);
    const srdi = enterprises.filter((e) => first(e, 'srdi-sme'));
    const innovative = srdi.filter((e) => first(e, 'innovative-sme')).length / srdi.length;
    expect(innovative).toBeGreaterThan(0.8);
    expect(innovative).toBeLessThan(1);
    const innovativeHte = enterprises.filter((e) => first(e, 'innovative-sme') && first(e, 'hte')).length;
    expect(innovativeHte).toBeGreaterThan(0);
    expect(innovativeHte).toBeLessThan(enterprises.filter((e) => first(e, 'innovative-sme')).length);
  });

  it('are valid three years (to the day before the anniversary) and renewed without gaps or overlaps', () => {
    for (const e of enterprises) {
      for (const kind of ['hte', 'srdi-sme', 'innovative-sme', 'little-giant'] as const) {
        const chain = e.certifications.filter((c) => c.kind === kind).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
        for (const [k, c] of chain.entries()) {
          const [y, m, d] = c.issuedOn.split('-').map(Number) as [number, number, number];
          expect(c.expiresOn).toBe(new Date(Date.UTC(y + 3, m - 1, d) - 86_400_000).toISOString().slice(0, 10));
          if (k > 0) expect(c.issuedOn).toBe(`${y}${chain[k - 1]!.issuedOn.slice(4)}`);
          if (k > 0) expect(Number(c.issuedOn.slice(0, 4)) - Number(chain[k - 1]!.issuedOn.slice(0, 4))).toBe(3);
        }
      }
    }
  });

  it('give HTE certificates distinct numbers in the GR-year-province format', () => {
    const numbers = enterprises.flatMap((e) => e.certifications.filter((c) => c.kind === 'hte').map((c) => c.certificateNo));
    for (const no of numbers) expect(no).toMatch(/^GR20\d\d46\d{6}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('register tech-based SMEs for one calendar year, and never a firm above designated size that year', () => {
    for (const e of enterprises) {
      for (const c of e.certifications.filter((c) => c.kind === 'tech-sme')) {
        const year = Number(c.issuedOn.slice(0, 4));
        expect(c.expiresOn).toBe(`${year}-12-31`);
        expect(holds(e, 'above-size', year)).toBe(false);
      }
    }
  });

  it('are issued only to firms that existed long enough and only up to the last year', () => {
    for (const e of enterprises) {
      for (const c of e.certifications) {
        expect(c.issuedOn <= '2028-12-31').toBe(true);
        if (c.kind !== 'tech-sme') expect(e.enterprise.foundedOn! < c.issuedOn).toBe(true);
        // An HTE must have been registered for a full year.
        if (c.kind === 'hte') expect(`${Number(e.enterprise.foundedOn!.slice(0, 4)) + 1}${e.enterprise.foundedOn!.slice(4)}` <= c.issuedOn).toBe(true);
      }
    }
  });
});

describe('scaling with the number of enterprises', () => {
  it('keeps the shares: counts scale by enterprises / 3000', () => {
    const double = demoOf(hainan, { enterprises: 6000 }).summary.certifications;
    expect(double.hte.validAtYearEnd[0]).toBe(3104);
    expect(double['srdi-sme'].everCertified).toEqual([1200, 1260, 1320, 1380]);
    expect(double['little-giant'].everCertified[0]).toBe(34);
  });

  it('knows the million-enterprise totals in closed form, without generating them', () => {
    const options = resolveDemoOptions(hainan, { enterprises: 1_000_000 });
    const schedules = buildSchedules(hainan, options, hainan.targetYear);
    expect(validCount(schedules.hte, 2025)).toBe(Math.round((1552 * 1_000_000) / 3000));
    expect(cumulativeCount(schedules['innovative-sme'], 2025)).toBe(Math.round((1329 * 1_000_000) / 3000));
    expect(cumulativeCount(schedules['srdi-sme'], 2025)).toBe(200_000);
    expect(cumulativeCount(schedules['little-giant'], 2025)).toBe(Math.round((17 * 1_000_000) / 3000));
  });

  it('takes other targets when asked', () => {
    const certificationTargets = { hteValid: 400, innovativeSmeCumulative: 350, srdiSmeCumulative: 150, littleGiantCumulative: 5, singleChampionCumulative: 0, aboveSize: 120 };
    const custom = demoOf(hainan, { enterprises: 1000, referenceEnterprises: 1000, certificationTargets }).summary.certifications;
    expect(custom.hte.validAtYearEnd[0]).toBe(400);
    expect(custom['innovative-sme'].everCertified[0]).toBe(350);
    expect(custom['little-giant'].everCertified[0]).toBe(5);
    expect(custom['single-champion'].everCertified[0]).toBe(0);
    expect(custom['above-size'].validAtYearEnd[0]).toBe(120);
    // The plan's growth (600 → 750 by 2030, +5 % of the base a year) applies to the new base.
    expect(custom['srdi-sme'].everCertified).toEqual([150, 158, 165, 173]);
  });
});
