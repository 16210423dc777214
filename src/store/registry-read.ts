/**
 * Reading the enterprise registry for the API: search with filters and paging, one
 * enterprise with its annual data and certifications, and the tiers (certificate kinds)
 * each holds on a day, judged by the registry's one validity rule (certificate-validity.ts),
 * so the pages count what the report counts.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { certificationKinds, type CertificationKindId } from '../records/certification.ts';
import { certificateValidOn, holdsValidCertificate } from './certificate-validity.ts';
import type { CertificationRow, DatabaseSchema, EnterpriseAnnualRow, EnterpriseRow } from './database-schema.ts';
import type { Db } from './open-database.ts';

export interface EnterpriseRecord {
  creditCode: string;
  name: string;
  regionCode: string;
  parkId: string | null;
  clusters: string[];
  segments: string[];
  foundedOn: string | null;
  sizeClass: string | null;
  listed: boolean;
  isDemo: boolean;
  updatedAt: string;
}

export interface EnterpriseFilters {
  /** Part of the name (any case) or of the credit code. */
  q?: string;
  regionCode?: string;
  parkId?: string;
  clusterId?: string;
  /** Holds a certificate of this kind valid on `at`. */
  tier?: CertificationKindId;
  /** YYYY-MM-DD: the day tiers are judged on. */
  at: string;
  /** The reader's scope, ANDed with the rest: a park officer's park, an enterprise's own code. */
  scope?: { parkId: string } | { creditCode: string };
}

export interface EnterprisePage {
  total: number;
  rows: EnterpriseRecord[];
}

type EnterpriseScope = ExpressionBuilder<DatabaseSchema & { e: DatabaseSchema['enterprises'] }, 'e'>;

export function enterpriseRecordOf(row: EnterpriseRow): EnterpriseRecord {
  return {
    creditCode: row.creditCode,
    name: row.name,
    regionCode: row.regionCode,
    parkId: row.parkId,
    clusters: JSON.parse(row.clusters) as string[],
    segments: JSON.parse(row.segments) as string[],
    foundedOn: row.foundedOn,
    sizeClass: row.sizeClass,
    listed: row.listed === 1,
    isDemo: row.isDemo === 1,
    updatedAt: row.updatedAt,
  };
}

/** `%` and `_` in what a person types are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditions(eb: EnterpriseScope, filters: EnterpriseFilters): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const q = filters.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    // lower() on both sides: SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
    out.push(
      eb.or([
        sql<SqlBool>`lower(${eb.ref('e.name')}) like ${pattern.toLowerCase()} escape '\\'`,
        sql<SqlBool>`${eb.ref('e.creditCode')} like ${pattern.toUpperCase()} escape '\\'`,
      ]),
    );
  }
  if (filters.regionCode !== undefined) out.push(eb('e.regionCode', '=', filters.regionCode));
  if (filters.parkId !== undefined) out.push(eb('e.parkId', '=', filters.parkId));
  // Cluster ids are lower-case words and hyphens (validated by the caller): no wildcard can sneak in.
  if (filters.clusterId !== undefined) out.push(eb('e.clusters', 'like', `%"${filters.clusterId}"%`));
  if (filters.tier !== undefined) out.push(holdsValidCertificate(eb.ref('e.creditCode'), filters.tier, filters.at));
  const scope = filters.scope;
  if (scope && 'parkId' in scope) out.push(eb('e.parkId', '=', scope.parkId));
  if (scope && 'creditCode' in scope) out.push(eb('e.creditCode', '=', scope.creditCode));
  return out;
}

/** One page of the enterprises matching the filters, in credit-code order, and how many match in all. */
export async function searchEnterprises(db: Db, filters: EnterpriseFilters, page: { offset: number; limit: number }): Promise<EnterprisePage> {
  const counted = await db
    .selectFrom('enterprises as e')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and(conditions(eb, filters)))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('enterprises as e')
    .selectAll('e')
    .where((eb) => eb.and(conditions(eb, filters)))
    // Credit codes sort alike on both engines; names would follow each engine's collation.
    .orderBy('e.creditCode')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { total: Number(counted.n), rows: rows.map(enterpriseRecordOf) };
}

export async function findEnterprise(db: Db, creditCode: string): Promise<EnterpriseRecord | undefined> {
  const row = await db.selectFrom('enterprises').selectAll().where('creditCode', '=', creditCode).executeTakeFirst();
  return row && enterpriseRecordOf(row);
}

/** The certificate kinds each enterprise holds on `day`, in the order of the ladder. */
export async function tiersOn(db: Db, creditCodes: readonly string[], day: string): Promise<Map<string, CertificationKindId[]>> {
  const held = new Map<string, Set<string>>();
  for (let i = 0; i < creditCodes.length; i += 500) {
    const rows = await db
      .selectFrom('certifications as c')
      .select(['c.creditCode', 'c.kind'])
      .where('c.creditCode', 'in', creditCodes.slice(i, i + 500))
      .where(certificateValidOn('c', day))
      .execute();
    for (const row of rows) {
      const kinds = held.get(row.creditCode) ?? new Set<string>();
      kinds.add(row.kind);
      held.set(row.creditCode, kinds);
    }
  }
  return new Map(creditCodes.map((code) => [code, certificationKinds.filter((kind) => held.get(code)?.has(kind))]));
}

export async function annualDataOf(db: Db, creditCode: string): Promise<EnterpriseAnnualRow[]> {
  return db.selectFrom('enterpriseAnnual').selectAll().where('creditCode', '=', creditCode).orderBy('year').execute();
}

export async function certificationsOf(db: Db, creditCode: string): Promise<CertificationRow[]> {
  return db.selectFrom('certifications').selectAll().where('creditCode', '=', creditCode).orderBy('issuedOn').orderBy('kind').execute();
}
