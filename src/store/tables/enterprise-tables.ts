/** The enterprise registry: enterprises, their annual data and their certifications. */
import type { CertificationInput } from '../../records/certification.ts';
import type { EnterpriseAnnualInput } from '../../records/enterprise-annual.ts';
import type { EnterpriseInput } from '../../records/enterprise.ts';
import type { RecordTable } from '../record-sync.ts';
import { auditColumns } from './audit-columns.ts';


export function enterpriseTable(isDemo = false): RecordTable<EnterpriseInput> {
  return {
    entity: 'enterprise',
    table: 'enterprises',
    keyColumns: ['creditCode'],
    lookupColumn: 'creditCode',
    key: (r) => ({ creditCode: r.creditCode }),
    values: (r) => ({
      name: r.name,
      regionCode: r.regionCode,
      parkId: r.parkId,
      clusters: JSON.stringify(r.clusters),
      segments: JSON.stringify(r.segments),
      foundedOn: r.foundedOn,
      sizeClass: r.sizeClass,
      listed: r.listed ? 1 : 0,
    }),
    ...auditColumns(isDemo),
  };
}

export function enterpriseAnnualTable(isDemo = false): RecordTable<EnterpriseAnnualInput> {
  return {
    entity: 'enterprise-annual',
    table: 'enterpriseAnnual',
    keyColumns: ['creditCode', 'year'],
    lookupColumn: 'creditCode',
    key: (r) => ({ creditCode: r.creditCode, year: r.year }),
    values: (r) => ({
      revenue: r.revenue,
      mainBusinessRevenue: r.mainBusinessRevenue,
      rdExpense: r.rdExpense,
      rdExpenseDomestic: r.rdExpenseDomestic,
      staff: r.staff,
      rdStaff: r.rdStaff,
      stStaff: r.stStaff,
      totalAssets: r.totalAssets,
      totalLiabilities: r.totalLiabilities,
      netAssets: r.netAssets,
      netProfit: r.netProfit,
      highTechRevenue: r.highTechRevenue,
      ipClass1: r.ipClass1,
      ipClass2: r.ipClass2,
      equityFinancing: r.equityFinancing,
      nicheYears: r.nicheYears,
      nicheMarketSharePct: r.nicheMarketSharePct,
      strategicEmerging: r.strategicEmerging === null ? null : r.strategicEmerging ? 1 : 0,
    }),
    ...auditColumns(isDemo),
  };
}

export function certificationTable(isDemo = false): RecordTable<CertificationInput> {
  return {
    entity: 'certification',
    table: 'certifications',
    keyColumns: ['creditCode', 'kind', 'issuedOn'],
    lookupColumn: 'creditCode',
    key: (r) => ({ creditCode: r.creditCode, kind: r.kind, issuedOn: r.issuedOn }),
    values: (r) => ({ certificateNo: r.certificateNo, expiresOn: r.expiresOn }),
    ...auditColumns(isDemo),
  };
}
