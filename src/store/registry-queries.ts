/**
 * Reading the enterprise registry for cultivation: enterprises with their yearly figures
 * and certificates, streamed in batches (keyset pages by credit code, so a million stay in
 * bounded memory), and the counts behind the plan's enterprise-count indicators.
 */
import { sql } from 'kysely';
import { countSpecs } from '../cultivation/enterprise-counts.ts';
import type { RegistryCount, RegistryCounts } from '../cultivation/registry-observations.ts';
import type { EnterpriseSnapshot } from '../cultivation/snapshot.ts';
import type { Plan } from '../plan/derive.ts';
import type { CertificationInput, CertificationKindId } from '../records/certification.ts';
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import type { SizeClass } from '../records/enterprise.ts';
import { certificateValidOn, holdsValidCertificate } from './certificate-validity.ts';
import type { CertificationRow, EnterpriseAnnualRow, EnterpriseRow } from './database-schema.ts';
import type { Db } from './open-database.ts';

export interface SnapshotQuery {
  /** The latest year of figures wanted. */
  dataYear: number;
  /** How many years of figures, ending with dataYear (default 5: enough for every rule set's look-back). */
  years?: number;
  creditCodes?: readonly string[];
  regionCodes?: readonly string[];
  /** Enterprises read per round trip (default 500). */
  batchSize?: number;
}

export async function* enterpriseSnapshots(db: Db, query: SnapshotQuery): AsyncGenerator<EnterpriseSnapshot> {
  const batchSize = query.batchSize ?? 500;
  const firstYear = query.dataYear - (query.years ?? 5) + 1;
  let after = '';
  for (;;) {
    let page = db.selectFrom('enterprises').selectAll().where('creditCode', '>', after);
    if (query.creditCodes) page = page.where('creditCode', 'in', query.creditCodes.length > 0 ? [...query.creditCodes] : ['']);
    if (query.regionCodes) page = page.where('regionCode', 'in', query.regionCodes.length > 0 ? [...query.regionCodes] : ['']);
    const enterprises = await page.orderBy('creditCode').limit(batchSize).execute();
    if (enterprises.length === 0) return;
    const codes = enterprises.map((e) => e.creditCode);
    // One after the other: a stream holds at most one connection of the pool at a time.
    const annual = await db.selectFrom('enterpriseAnnual').selectAll().where('creditCode', 'in', codes).where('year', '>=', firstYear).where('year', '<=', query.dataYear).execute();
    const certificates = await db.selectFrom('certifications').selectAll().where('creditCode', 'in', codes).execute();
    const annualOf = groupBy(annual, (r) => r.creditCode);
    const certificatesOf = groupBy(certificates, (r) => r.creditCode);
    for (const e of enterprises) {
      yield {
        enterprise: enterpriseOf(e),
        annual: (annualOf.get(e.creditCode) ?? []).map(annualRowOf).sort((a, b) => a.year - b.year),
        certifications: (certificatesOf.get(e.creditCode) ?? []).map(certificateOf).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn)),
        demo: e.isDemo === 1,
      };
    }
    after = codes.at(-1)!;
    if (enterprises.length < batchSize) return;
  }
}

/** One enterprise, or null when the registry does not hold it. */
export async function enterpriseSnapshot(db: Db, creditCode: string, dataYear: number): Promise<EnterpriseSnapshot | null> {
  for await (const snapshot of enterpriseSnapshots(db, { dataYear, creditCodes: [creditCode], batchSize: 1 })) return snapshot;
  return null;
}

/**
 * Per region and year end, the enterprises each of the plan's enterprise-count indicators
 * counts: holding a valid certificate of the kind on 31 December (or, cumulative, ever
 * issued one by then), and, where asked, above designated size on that day.
 *
 * One aggregate query for every spec and year: the year ends as a small table joined to
 * the certificates of the spec's kind (index certifications_by_kind), counted once per
 * enterprise and region. The benchmark holds it against the same aggregation written by
 * hand (bench/evaluation.ts).
 */
export async function registryCounts(db: Db, plan: Plan, years: readonly number[]): Promise<RegistryCounts> {
  const specs = countSpecs(plan);
  const rows: RegistryCount[] = [];
  if (specs.length > 0 && years.length > 0) {
    const yearEnds = sql.join(years.map((year) => sql`(cast(${year} as integer), ${`${year}-12-31`})`));
    const day = sql.ref<string>('y.day');
    const parts = specs.map((spec, index) => {
      const held = spec.cumulative ? sql`c.issued_on <= y.day` : certificateValidOn('c', day);
      const aboveSize = spec.aboveSizeOnly ? sql` and ${holdsValidCertificate(sql.ref<string>('c.creditCode'), 'above-size', day)}` : sql``;
      return sql`select cast(${index} as integer) as spec, y.year as year, e.region_code as region, count(distinct c.credit_code) as n
        from year_ends y
        join certifications c on c.kind = ${spec.certification} and ${held}${aboveSize}
        join enterprises e on e.credit_code = c.credit_code
        group by y.year, e.region_code`;
    });
    const query = sql<{ spec: number | string; year: number | string; region: string; n: number | string }>`
      with year_ends (year, day) as (values ${yearEnds})
      ${sql.join(parts, sql` union all `)}`;
    const result = await query.execute(db);
    // Single-word column names: the camel-case plugin leaves them as they are.
    const ordered = result.rows
      .map((row) => ({ spec: Number(row.spec), year: Number(row.year), region: row.region, n: Number(row.n) }))
      .sort((a, b) => a.spec - b.spec || a.year - b.year || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
    for (const row of ordered) rows.push({ ...specs[row.spec]!, year: row.year, regionCode: row.region, enterprises: row.n });
  }
  const demo = await db.selectFrom('enterprises').select('creditCode').where('isDemo', '=', 1).limit(1).executeTakeFirst();
  return { years: [...years], rows, demo: demo !== undefined };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(row);
  }
  return out;
}

function enterpriseOf(row: EnterpriseRow): EnterpriseSnapshot['enterprise'] {
  return {
    creditCode: row.creditCode,
    name: row.name,
    regionCode: row.regionCode,
    parkId: row.parkId,
    clusters: JSON.parse(row.clusters) as string[],
    segments: JSON.parse(row.segments) as string[],
    foundedOn: row.foundedOn,
    sizeClass: row.sizeClass as SizeClass | null,
    listed: row.listed === 1,
  };
}

function annualRowOf(row: EnterpriseAnnualRow): EnterpriseAnnualInput {
  return {
    creditCode: row.creditCode,
    year: row.year,
    revenue: row.revenue,
    mainBusinessRevenue: row.mainBusinessRevenue,
    rdExpense: row.rdExpense,
    rdExpenseDomestic: row.rdExpenseDomestic,
    staff: row.staff,
    rdStaff: row.rdStaff,
    stStaff: row.stStaff,
    totalAssets: row.totalAssets,
    totalLiabilities: row.totalLiabilities,
    netAssets: row.netAssets,
    netProfit: row.netProfit,
    highTechRevenue: row.highTechRevenue,
    ipClass1: row.ipClass1,
    ipClass2: row.ipClass2,
    equityFinancing: row.equityFinancing,
    nicheYears: row.nicheYears,
    nicheMarketSharePct: row.nicheMarketSharePct,
    strategicEmerging: row.strategicEmerging === null ? null : row.strategicEmerging === 1,
  };
}

function certificateOf(row: CertificationRow): CertificationInput {
  return { creditCode: row.creditCode, kind: row.kind as CertificationKindId, certificateNo: row.certificateNo, issuedOn: row.issuedOn, expiresOn: row.expiresOn };
}
