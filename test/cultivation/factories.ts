/**
 * Test enterprises with overrides: a healthy medium-sized firm with three years of figures
 * (2023–2025), no certificates and no facts unless given. Amounts in 万元.
 */
import { join } from 'node:path';
import { assessTier } from '../../src/cultivation/assess-tier.ts';
import type { Assessment } from '../../src/cultivation/assessment.ts';
import type { CriterionResult } from '../../src/cultivation/criterion-result.ts';
import type { EnterpriseFacts } from '../../src/cultivation/facts.ts';
import { loadPolicyBook, loadRuleBook } from '../../src/cultivation/load-rules.ts';
import type { PolicyBook } from '../../src/cultivation/policy-book.ts';
import type { RuleBook } from '../../src/cultivation/rule-book.ts';
import type { AssessmentDate, EnterpriseSnapshot } from '../../src/cultivation/snapshot.ts';
import type { TierId } from '../../src/cultivation/tiers.ts';
import type { CertificationInput, CertificationKindId } from '../../src/records/certification.ts';
import type { EnterpriseAnnualInput } from '../../src/records/enterprise-annual.ts';
import type { EnterpriseInput } from '../../src/records/enterprise.ts';
import { repoRoot } from '../support/paths.ts';

export const rulesetsDir = join(repoRoot, 'rulesets');
export const policiesDir = join(repoRoot, 'policies');

let book: Promise<RuleBook> | undefined;
export function ruleBook(): Promise<RuleBook> {
  return (book ??= loadRuleBook(rulesetsDir));
}

export async function policyBook(): Promise<PolicyBook> {
  return loadPolicyBook(policiesDir, await ruleBook());
}

export const CODE = '91460100MA5TEST001';

export function enterprise(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    creditCode: CODE,
    name: '海南测试科技有限公司',
    regionCode: '460100',
    parkId: null,
    clusters: ['digital-economy'],
    segments: [],
    foundedOn: '2015-06-01',
    sizeClass: 'medium',
    listed: false,
    ...overrides,
  };
}

export function annual(year: number, overrides: Partial<EnterpriseAnnualInput> = {}): EnterpriseAnnualInput {
  return {
    creditCode: CODE,
    year,
    revenue: 8000,
    mainBusinessRevenue: 7200,
    rdExpense: 400,
    rdExpenseDomestic: 380,
    staff: 200,
    rdStaff: 40,
    stStaff: 50,
    totalAssets: 10000,
    totalLiabilities: 5000,
    netAssets: 5000,
    netProfit: 800,
    highTechRevenue: 6000,
    ipClass1: 2,
    ipClass2: 5,
    equityFinancing: 0,
    nicheYears: 8,
    nicheMarketSharePct: 12,
    strategicEmerging: true,
    ...overrides,
  };
}

export interface SnapshotOptions {
  enterprise?: Partial<EnterpriseInput>;
  /** Per year (2023, 2024, 2025 by default): overrides of that year's figures; `null` drops the year. */
  years?: Record<number, Partial<EnterpriseAnnualInput> | null>;
  /** Overrides applied to every year. */
  all?: Partial<EnterpriseAnnualInput>;
  certifications?: CertificationInput[];
  facts?: EnterpriseFacts;
}

export function snapshot(options: SnapshotOptions = {}): EnterpriseSnapshot {
  const years = { 2023: {}, 2024: {}, 2025: {}, ...options.years };
  const rows = Object.entries(years)
    .filter((entry): entry is [string, Partial<EnterpriseAnnualInput>] => entry[1] !== null)
    .map(([year, o]) => annual(Number(year), { ...options.all, ...o }));
  return {
    enterprise: enterprise(options.enterprise),
    annual: rows,
    certifications: options.certifications ?? [],
    ...(options.facts ? { facts: options.facts } : {}),
  };
}

export function certificate(kind: CertificationKindId, issuedOn: string, expiresOn: string | null = null): CertificationInput {
  return { creditCode: CODE, kind, certificateNo: null, issuedOn, expiresOn };
}

/** Judged at the end of 2025 (2022 办法) unless told otherwise. */
export const END_2025: AssessmentDate = { date: '2025-12-31', dataYear: 2025 };

export async function assess(tier: TierId, options: SnapshotOptions = {}, on: AssessmentDate = END_2025): Promise<Assessment> {
  return assessTier(await ruleBook(), snapshot(options), tier, on);
}

export function criterion(a: Assessment, id: string): CriterionResult {
  const found = a.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id} in ${a.tier}: ${a.criteria.map((c) => c.id).join(', ')}`);
  return found;
}

/** Every confirmation the tiers ask for, given as true, and levels at their top (so a test isolates one criterion). */
export const ALL_CONFIRMED: EnterpriseFacts = {
  no_major_violation: true,
  core_ip_owned: true,
  tech_field_supported: true,
  not_restricted_industry: true,
  own_brand: true,
  product_in_strategic_field: true,
  ip_class1_high_value: true,
  ip_class1_self_developed: true,
  rd_institution_level: 'national',
  digitalisation_level: 'level-3',
  product_field_level: 'key-link',
  quality_management_points: 5,
  provincial_distinctiveness_points: 15,
};

/** Options on top of a base: facts, every-year and per-year overrides merged, not replaced. */
export function extend(base: SnapshotOptions, more: SnapshotOptions): SnapshotOptions {
  const years: NonNullable<SnapshotOptions['years']> = { ...base.years };
  for (const [year, o] of Object.entries(more.years ?? {})) years[Number(year)] = o === null ? null : { ...years[Number(year)], ...o };
  const certifications = more.certifications ?? base.certifications;
  return {
    enterprise: { ...base.enterprise, ...more.enterprise },
    all: { ...base.all, ...more.all },
    years,
    ...(certifications ? { certifications } : {}),
    facts: { ...base.facts, ...more.facts },
  };
}
