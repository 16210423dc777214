/** An enterprise as the API shows it, field by field: the registry row, its tiers, years and certificates. */
import type { z } from 'zod';
import { isValidOn } from '../../cultivation/certificates.ts';
import type { CertificationKindId } from '../../records/certification.ts';
import type { SizeClass } from '../../records/enterprise.ts';
import type { CertificationRow, EnterpriseAnnualRow } from '../../store/database-schema.ts';
import type { EnterpriseRecord } from '../../store/registry-read.ts';
import type { EnterpriseDossier } from '../commands/enterprises-read.ts';
import type { certificationSchema, enterpriseAnnualSchema, enterpriseDetailSchema, enterpriseSummarySchema } from '../schemas/enterprises-schemas.ts';

const num = (value: number | null): number | null => (value === null ? null : Number(value));

export function presentEnterpriseSummary(e: EnterpriseRecord, tiers: CertificationKindId[]): z.infer<typeof enterpriseSummarySchema> {
  return {
    creditCode: e.creditCode,
    name: e.name,
    regionCode: e.regionCode,
    parkId: e.parkId,
    clusters: e.clusters,
    segments: e.segments,
    sizeClass: e.sizeClass as SizeClass | null,
    listed: e.listed,
    isDemo: e.isDemo,
    tiers,
  };
}

export function presentAnnual(row: EnterpriseAnnualRow): z.infer<typeof enterpriseAnnualSchema> {
  return {
    year: row.year,
    revenue: num(row.revenue),
    mainBusinessRevenue: num(row.mainBusinessRevenue),
    rdExpense: num(row.rdExpense),
    rdExpenseDomestic: num(row.rdExpenseDomestic),
    staff: num(row.staff),
    rdStaff: num(row.rdStaff),
    stStaff: num(row.stStaff),
    totalAssets: num(row.totalAssets),
    totalLiabilities: num(row.totalLiabilities),
    netAssets: num(row.netAssets),
    netProfit: num(row.netProfit),
    highTechRevenue: num(row.highTechRevenue),
    ipClass1: num(row.ipClass1),
    ipClass2: num(row.ipClass2),
    equityFinancing: num(row.equityFinancing),
    nicheYears: num(row.nicheYears),
    nicheMarketSharePct: num(row.nicheMarketSharePct),
    strategicEmerging: row.strategicEmerging === null ? null : row.strategicEmerging === 1,
    isDemo: row.isDemo === 1,
    updatedAt: row.updatedAt,
  };
}

export function presentCertification(row: CertificationRow, at: string): z.infer<typeof certificationSchema> {
  return {
    kind: row.kind as CertificationKindId,
    certificateNo: row.certificateNo,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    valid: isValidOn(row, at),
    isDemo: row.isDemo === 1,
  };
}

export function presentEnterpriseDetail(d: EnterpriseDossier, at: string): z.infer<typeof enterpriseDetailSchema> {
  return {
    ...presentEnterpriseSummary(d.enterprise, d.tiers),
    foundedOn: d.enterprise.foundedOn,
    updatedAt: d.enterprise.updatedAt,
    at,
    annual: d.annual.map(presentAnnual),
    certifications: d.certifications.map((c) => presentCertification(c, at)),
  };
}
