/**
 * Reading the enterprise registry for cultivation: enterprises with their yearly figures
 * and certificates, streamed in batches (keyset pages by credit code, so a million stay in
 * bounded memory), and the counts behind the plan's enterprise-count indicators.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import { countSpecs, type EnterpriseCountSpec } from '../cultivation/enterprise-counts.ts';
import type { RegistryCount, RegistryCounts } from '../cultivation/registry-observations.ts';
import type { EnterpriseSnapshot } from '../cultivation/snapshot.ts';
import type { Plan } from '../plan/derive.ts';
import type { CertificationInput, CertificationKindId } from '../records/certification.ts';
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import type { SizeClass } from '../records/enterprise.ts';
import type { CertificationRow, DatabaseSchema, EnterpriseAnnualRow, EnterpriseRow, EnterpriseTable } from './database-schema.ts';
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
 */
export async function registryCounts(db: Db, plan: Plan, years: readonly number[]): Promise<RegistryCounts> {
  const rows: RegistryCount[] = [];
  for (const spec of countSpecs(plan)) {
    for (const year of years) {
      const counted = await countByRegion(db, spec, `${year}-12-31`);
      for (const { regionCode, n } of counted) rows.push({ ...spec, year, regionCode, enterprises: n });
    }
  }
  const demo = await db.selectFrom('enterprises').select('creditCode').where('isDemo', '=', 1).limit(1).executeTakeFirst();
  return { years: [...years], rows, demo: demo !== undefined };
}

type EnterpriseScope = ExpressionBuilder<DatabaseSchema & { e: EnterpriseTable }, 'e'>;

/** A valid (or, cumulative, ever issued) certificate of the kind on the day, for the enterprise `e` of the outer query. */
function holding(eb: EnterpriseScope, kind: CertificationKindId, cumulative: boolean, day: string) {
  return eb.exists(
    eb
      .selectFrom('certifications as c')
      .select(sql<number>`1`.as('one'))
      .whereRef('c.creditCode', '=', 'e.creditCode')
      .where('c.kind', '=', kind)
      .where('c.issuedOn', '<=', day)
      .$if(!cumulative, (q) => q.where((w) => w.or([w('c.expiresOn', 'is', null), w('c.expiresOn', '>=', day)]))),
  );
}

async function countByRegion(db: Db, spec: EnterpriseCountSpec, yearEnd: string): Promise<{ regionCode: string; n: number }[]> {
  let query = db
    .selectFrom('enterprises as e')
    .select((eb) => ['e.regionCode', eb.fn.countAll<number>().as('n')])
    .where((eb) => holding(eb, spec.certification, spec.cumulative, yearEnd));
  if (spec.aboveSizeOnly) query = query.where((eb) => holding(eb, 'above-size', false, yearEnd));
  const result = await query.groupBy('e.regionCode').orderBy('e.regionCode').execute();
  return result.map((r) => ({ regionCode: r.regionCode, n: Number(r.n) }));
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
