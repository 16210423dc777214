/**
 * Random enterprises for property tests, and improvements: changes every rule should
 * reward (more R&D, more IP, faster growth, less debt, a confirmation given…). Figures stay
 * consistent — parts never exceed wholes — and the draws lean towards passing enterprises
 * without direct paths, so that the scores themselves are exercised.
 */
import fc from 'fast-check';
import type { EnterpriseFacts, FactValue } from '../../src/cultivation/facts.ts';
import type { EnterpriseSnapshot } from '../../src/cultivation/snapshot.ts';
import type { EnterpriseAnnualInput } from '../../src/records/enterprise-annual.ts';
import { annual, certificate, enterprise } from './factories.ts';

const YEARS = [2023, 2024, 2025];
// Integers scaled, not fc.double: doubles cluster at their extremes (0, max), which would make most firms degenerate.
const between = (min: number, max: number) => fc.integer({ min: 0, max: 10_000 }).map((k) => min + ((max - min) * k) / 10_000);
const share = between(0, 1);
const money = (max: number) => between(0, max).map((x) => Math.round(x * 100) / 100);

const yearArb = fc.record({
  revenue: between(50, 30000).map((x) => Math.round(x * 100) / 100),
  mainShare: share,
  rdShare: between(0, 0.15),
  domesticShare: share,
  staff: fc.integer({ min: 3, max: 1500 }),
  rdStaffShare: between(0, 0.6),
  stExtra: between(0, 0.3),
  assetTurn: between(0.3, 3),
  debt: share,
  margin: between(-0.2, 0.3),
  highTech: share,
  ipClass1: fc.integer({ min: 0, max: 6 }),
  ipClass2: fc.integer({ min: 0, max: 12 }),
  // Mostly none: new equity opens direct paths, which would hide the scores.
  equity: fc.oneof({ arbitrary: fc.constant(0), weight: 12 }, { arbitrary: money(9000), weight: 1 }),
  nicheYears: fc.integer({ min: 0, max: 14 }),
  nicheShare: between(0, 30),
  strategic: fc.boolean(),
});

const round = (x: number) => Math.round(x * 100) / 100;

type YearDraw = typeof yearArb extends fc.Arbitrary<infer T> ? T : never;

function annualOf(year: number, y: YearDraw): EnterpriseAnnualInput {
  const rd = round(y.revenue * y.rdShare);
  const rdStaff = Math.floor(y.staff * y.rdStaffShare);
  const assets = round(y.revenue * y.assetTurn);
  const liabilities = round(assets * y.debt);
  return annual(year, {
    revenue: y.revenue,
    mainBusinessRevenue: round(y.revenue * y.mainShare),
    rdExpense: rd,
    rdExpenseDomestic: round(rd * y.domesticShare),
    staff: y.staff,
    rdStaff,
    stStaff: Math.min(y.staff, rdStaff + Math.floor(y.staff * y.stExtra)),
    totalAssets: assets,
    totalLiabilities: liabilities,
    netAssets: round(assets - liabilities),
    netProfit: round(y.revenue * y.margin),
    highTechRevenue: round(y.revenue * y.highTech),
    ipClass1: y.ipClass1,
    ipClass2: y.ipClass2,
    equityFinancing: y.equity,
    nicheYears: y.nicheYears,
    nicheMarketSharePct: round(y.nicheShare),
    strategicEmerging: y.strategic,
  });
}

const LEVELS: Record<string, string[]> = {
  rd_institution_level: ['none', 'own', 'city', 'provincial', 'national'],
  digitalisation_level: ['level-1', 'level-2', 'level-3'],
  product_field_level: ['other', 'foundation', 'key-link'],
};
const POINTS: Record<string, number> = { hte_ip_quality_points: 22, hte_rd_management_points: 20, quality_management_points: 5, provincial_distinctiveness_points: 15 };
/** Facts that open direct paths: drawn as "no", or the scores would hardly ever decide. */
const DIRECT = new Set([
  'national_innovation_demonstration', 'ip_advantage_enterprise', 'award_national_st_top3_5y', 'award_st_3y', 'award_provincial_top3_3y',
  'award_national_top5_3y', 'award_national_top3_3y', 'led_standard_5y', 'makers_china_top500_3y', 'makers_china_top50_3y',
]);
const CONFIRMATIONS = [
  'no_major_violation', 'core_ip_owned', 'tech_field_supported', 'not_restricted_industry', 'own_brand', 'product_in_strategic_field',
  'ip_class1_high_value', 'ip_class1_self_developed', 'national_innovation_demonstration', 'ip_advantage_enterprise', 'award_national_st_top3_5y',
  'award_st_3y', 'award_provincial_top3_3y', 'award_national_top5_3y', 'award_national_top3_3y', 'led_standard_5y', 'makers_china_top500_3y', 'makers_china_top50_3y',
];

const REQUIRED = ['no_major_violation', 'core_ip_owned', 'tech_field_supported', 'not_restricted_industry', 'own_brand', 'product_in_strategic_field'];

/** Each fact: left out (missing) or given. Half the time every confirmation is given as true, so that passes happen. */
const someFactsArb: fc.Arbitrary<EnterpriseFacts> = fc
  .record({
    confirmations: fc.array(fc.tuple(fc.constantFrom(...CONFIRMATIONS), fc.boolean()), { maxLength: 24 }),
    levels: fc.array(fc.tuple(fc.constantFrom(...Object.keys(LEVELS)), fc.nat()), { maxLength: 5 }),
    points: fc.array(fc.tuple(fc.constantFrom(...Object.keys(POINTS)), share), { maxLength: 6 }),
    transfers: fc.option(between(0, 8), { nil: undefined }),
  })
  .map(({ confirmations, levels, points, transfers }) => {
    const facts: Record<string, FactValue> = {};
    // Direct-path facts are drawn as "no" (the improvements may still confirm them).
    for (const [id, v] of confirmations) facts[id] = DIRECT.has(id) ? false : v || id === 'no_major_violation';
    for (const [id, k] of levels) facts[id] = LEVELS[id]![k % LEVELS[id]!.length]!;
    for (const [id, s] of points) facts[id] = Math.round(POINTS[id]! * s);
    if (transfers !== undefined) facts.tech_transfers_per_year = round(transfers);
    return facts;
  });
const factsArb: fc.Arbitrary<EnterpriseFacts> = fc.oneof(
  someFactsArb,
  fc.tuple(someFactsArb, fc.nat(), fc.nat()).map(([facts, a, b]) => ({
    ...facts,
    // The conditions confirmed, but no award or R&D institution that would open a direct path: the scores decide.
    ...Object.fromEntries(REQUIRED.map((id) => [id, true])),
    rd_institution_level: LEVELS.rd_institution_level![1 + (a % 2)]!,
    hte_ip_quality_points: 10 + (b % 13),
    hte_rd_management_points: 10 + (b % 11),
    tech_transfers_per_year: a % 7,
  })),
);

export const snapshotArb: fc.Arbitrary<EnterpriseSnapshot> = fc
  .record({
    years: fc.tuple(yearArb, yearArb, yearArb),
    growth: between(0.7, 1.5),
    size: fc.constantFrom('micro', 'small', 'medium', 'large') as fc.Arbitrary<'micro' | 'small' | 'medium' | 'large'>,
    hte: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
    srdi: fc.boolean(),
    techSme: fc.boolean(),
    facts: factsArb,
  })
  .map(({ years, growth, size, hte, srdi, techSme, facts }) => {
    // Years drawn independently would rarely grow; scale the later ones so growth happens.
    const rows = years.map((y, k) => annualOf(YEARS[k]!, { ...y, revenue: round(y.revenue * growth ** k) }));
    return {
      enterprise: enterprise({ sizeClass: size, foundedOn: '2012-05-01' }),
      annual: rows,
      certifications: [
        ...(hte ? [certificate('hte', '2024-11-01', '2027-10-31')] : []),
        ...(srdi ? [certificate('srdi-sme', '2024-05-01', '2027-04-30')] : []),
        ...(techSme ? [certificate('tech-sme', '2025-05-01', '2025-12-31')] : []),
      ],
      facts,
    };
  });

export type Improvement = (s: EnterpriseSnapshot) => EnterpriseSnapshot;

const mapYears = (s: EnterpriseSnapshot, f: (row: EnterpriseAnnualInput) => EnterpriseAnnualInput): EnterpriseSnapshot => ({ ...s, annual: s.annual.map(f) });
const latest = (s: EnterpriseSnapshot, f: (row: EnterpriseAnnualInput) => Partial<EnterpriseAnnualInput>): EnterpriseSnapshot =>
  mapYears(s, (r) => (r.year === 2025 ? { ...r, ...f(r) } : r));
const n = (x: number | null) => x ?? 0;

/** Each improvement only moves inputs the way every rule calls better, and keeps the figures consistent (parts ≤ wholes). */
export const improvementArb: fc.Arbitrary<{ name: string; apply: Improvement }> = fc.oneof(
  money(3000).map((d) => ({ name: `R&D +${d} in China, every year`, apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => ({ ...r, rdExpense: round(n(r.rdExpense) + d), rdExpenseDomestic: round(n(r.rdExpenseDomestic) + d) })) })),
  fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10 })).map(([a, b]) => ({ name: `IP +${a} Class I, +${b} Class II`, apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => ({ ...r, ipClass1: n(r.ipClass1) + a, ipClass2: n(r.ipClass2) + b })) })),
  fc.integer({ min: 0, max: 300 }).map((k) => ({ name: `S&T and R&D staff +${k}`, apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => ({ ...r, rdStaff: Math.min(n(r.staff), n(r.rdStaff) + k), stStaff: Math.min(n(r.staff), n(r.stStaff) + k) })) })),
  between(0.3, 1).map((f) => ({
    name: `revenue growth: earlier years × ${f}`,
    apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => (r.year < 2025 ? { ...r, revenue: round(n(r.revenue) * f), mainBusinessRevenue: round(n(r.mainBusinessRevenue) * f) } : r)),
  })),
  fc.tuple(share, share).map(([a, b]) => ({
    name: 'main business: a larger share of the same revenue this year',
    apply: (s: EnterpriseSnapshot) => latest(s, (r) => ({ mainBusinessRevenue: round(n(r.mainBusinessRevenue) + (n(r.revenue) - n(r.mainBusinessRevenue)) * Math.max(a, b)) })),
  })),
  money(5000).map((d) => ({ name: `net assets +${d} this year`, apply: (s: EnterpriseSnapshot) => latest(s, (r) => ({ netAssets: round(n(r.netAssets) + d) })) })),
  share.map((f) => ({ name: `liabilities × ${1 - f} this year`, apply: (s: EnterpriseSnapshot) => latest(s, (r) => ({ totalLiabilities: round(n(r.totalLiabilities) * (1 - f)) })) })),
  money(5000).map((d) => ({ name: `net profit +${d}`, apply: (s: EnterpriseSnapshot) => latest(s, (r) => ({ netProfit: round(n(r.netProfit) + d) })) })),
  share.map((f) => ({ name: `high-tech revenue closer to revenue (${f})`, apply: (s: EnterpriseSnapshot) => latest(s, (r) => ({ highTechRevenue: round(n(r.highTechRevenue) + (n(r.revenue) - n(r.highTechRevenue)) * f) })) })),
  money(9000).map((d) => ({ name: `equity +${d} every year`, apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => ({ ...r, equityFinancing: round(n(r.equityFinancing) + d) })) })),
  fc.tuple(fc.integer({ min: 0, max: 6 }), between(0, 20)).map(([k, d]) => ({
    name: `niche +${k} years, +${d} % share`,
    apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => ({ ...r, nicheYears: n(r.nicheYears) + k, nicheMarketSharePct: round(Math.min(100, n(r.nicheMarketSharePct) + d)) })),
  })),
  fc.constant({ name: 'main product now strategic', apply: (s: EnterpriseSnapshot) => mapYears(s, (r) => ({ ...r, strategicEmerging: true })) }),
  fc.constantFrom(...CONFIRMATIONS).map((id) => ({ name: `${id} confirmed`, apply: (s: EnterpriseSnapshot) => ({ ...s, facts: { ...s.facts, [id]: true } }) })),
  fc.constantFrom(...Object.keys(LEVELS)).map((id) => ({
    name: `${id} one level up`,
    apply: (s: EnterpriseSnapshot) => {
      const levels = LEVELS[id]!;
      const at = levels.indexOf(String(s.facts?.[id] ?? levels[0]));
      return { ...s, facts: { ...s.facts, [id]: levels[Math.min(levels.length - 1, at + 1)]! } };
    },
  })),
  fc.constantFrom(...Object.keys(POINTS), 'tech_transfers_per_year').map((id) => ({
    name: `${id} up`,
    apply: (s: EnterpriseSnapshot) => ({ ...s, facts: { ...s.facts, [id]: Math.min(POINTS[id] ?? 10, Number(s.facts?.[id] ?? 0) + 3) } }),
  })),
  fc.constantFrom('hte', 'srdi-sme', 'tech-sme').map((kind) => ({
    name: `a valid ${kind} certificate`,
    apply: (s: EnterpriseSnapshot) => ({ ...s, certifications: [...s.certifications, certificate(kind as 'hte', '2025-06-01', '2028-05-31')] }),
  })),
);

