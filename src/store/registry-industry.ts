/**
 * The enterprise registry tallied for the industry system and the map: how many enterprises
 * each cluster, segment and region holds and their revenue in one year, the certificates held
 * per region on a day, and the leading enterprises of a cluster or segment by revenue.
 *
 * Every tally is computed by the database (one pass over the registry), so a registry of a
 * million enterprises costs the same number of round trips as one of six hundred. Clusters
 * and segments are JSON arrays of ids in a text column: membership is a LIKE on `"id"`
 * (ids are lower-case words and hyphens, so no wildcard can sneak in), the same test the
 * registry search uses.
 */
import { sql, type AliasedRawBuilder, type RawBuilder } from 'kysely';
import type { CertificationKindId } from '../records/certification.ts';
import { certificateValidOn } from './certificate-validity.ts';
import type { Db } from './open-database.ts';
import { enterpriseRecordOf, type EnterpriseRecord } from './registry-read.ts';

/** Enterprises counted, how many of them reported revenue for the year, and its sum (万元). */
export interface RegistryTally {
  enterprises: number;
  withRevenue: number;
  /** Null when none reported. */
  revenue: number | null;
}

export interface MembershipTallies {
  total: RegistryTally;
  demoEnterprises: number;
  clusters: Map<string, RegistryTally>;
  segments: Map<string, RegistryTally>;
}

const member = (column: 'e.clusters' | 'e.segments', id: string): RawBuilder<boolean> => sql<boolean>`${sql.ref(column)} like ${`%"${id}"%`}`;

function tallyOf(row: Record<string, unknown>, prefix: string): RegistryTally {
  const revenue = row[`${prefix}r`];
  return {
    enterprises: Number(row[`${prefix}n`] ?? 0),
    withRevenue: Number(row[`${prefix}w`] ?? 0),
    revenue: revenue === null || revenue === undefined ? null : Number(revenue),
  };
}

/**
 * Three aggregates (count, reporting, revenue) of the rows meeting `condition`, aliased
 * `<prefix>n|w|r` — no underscores, which the camel-case plugin would rename in the result.
 */
function aggregates(condition: RawBuilder<boolean>, prefix: string): AliasedRawBuilder<unknown, string>[] {
  return [
    sql`sum(case when ${condition} then 1 else 0 end)`.as(`${prefix}n`),
    sql`sum(case when ${condition} and a.revenue is not null then 1 else 0 end)`.as(`${prefix}w`),
    sql`sum(case when ${condition} then a.revenue end)`.as(`${prefix}r`),
  ];
}

/**
 * The registry tallied by membership of each given cluster and segment, with the revenue of
 * `year` (an enterprise in two clusters counts in both; the total counts it once).
 */
export async function tallyByMembership(db: Db, year: number, ids: { clusters: readonly string[]; segments: readonly string[] }): Promise<MembershipTallies> {
  // Aliases are positions (c0, s12), never ids, so nothing of the plan reaches the SQL text.
  const selections = [
    ...aggregates(sql<boolean>`1 = 1`, 't'),
    sql`sum(case when ${sql.ref('e.isDemo')} = 1 then 1 else 0 end)`.as('demo'),
    ...ids.clusters.flatMap((id, i) => aggregates(member('e.clusters', id), `c${i}`)),
    ...ids.segments.flatMap((id, i) => aggregates(member('e.segments', id), `s${i}`)),
  ];
  const row = (await db
    .selectFrom('enterprises as e')
    .leftJoin('enterpriseAnnual as a', (join) => join.onRef('a.creditCode', '=', 'e.creditCode').on('a.year', '=', year))
    .select(selections)
    .executeTakeFirstOrThrow()) as Record<string, unknown>;
  return {
    total: tallyOf(row, 't'),
    demoEnterprises: Number(row.demo ?? 0),
    clusters: new Map(ids.clusters.map((id, i) => [id, tallyOf(row, `c${i}`)])),
    segments: new Map(ids.segments.map((id, i) => [id, tallyOf(row, `s${i}`)])),
  };
}

/** The registry tallied by region (where each enterprise is registered), with the revenue of `year`. */
export async function tallyByRegion(db: Db, year: number): Promise<Map<string, RegistryTally>> {
  const rows = await db
    .selectFrom('enterprises as e')
    .leftJoin('enterpriseAnnual as a', (join) => join.onRef('a.creditCode', '=', 'e.creditCode').on('a.year', '=', year))
    .select((eb) => ['e.regionCode', eb.fn.countAll<number>().as('n'), eb.fn.count<number>('a.revenue').as('w'), eb.fn.sum<number | null>('a.revenue').as('r')])
    .groupBy('e.regionCode')
    .orderBy('e.regionCode')
    .execute();
  return new Map(rows.map((r) => [r.regionCode, { enterprises: Number(r.n), withRevenue: Number(r.w), revenue: r.r === null ? null : Number(r.r) }]));
}

/** Per region and certificate kind, the enterprises holding a certificate of the kind valid on `day`. */
export async function certificatesByRegion(db: Db, day: string): Promise<{ regionCode: string; kind: CertificationKindId; enterprises: number }[]> {
  const rows = await db
    .selectFrom('enterprises as e')
    .innerJoin('certifications as c', 'c.creditCode', 'e.creditCode')
    .select((eb) => ['e.regionCode', 'c.kind', eb.fn.count<number>('e.creditCode').distinct().as('n')])
    .where(certificateValidOn('c', day))
    .groupBy(['e.regionCode', 'c.kind'])
    .orderBy('e.regionCode')
    .orderBy('c.kind')
    .execute();
  return rows.map((r) => ({ regionCode: r.regionCode, kind: r.kind as CertificationKindId, enterprises: Number(r.n) }));
}

export interface RankedEnterprise {
  enterprise: EnterpriseRecord;
  /** Revenue of the year, 万元. */
  revenue: number;
}

/** The enterprises of a cluster or segment with the largest revenue in `year` (those reporting none are not ranked). */
export async function leadingEnterprises(db: Db, of: { cluster: string } | { segment: string }, year: number, limit: number): Promise<RankedEnterprise[]> {
  const condition = 'cluster' in of ? member('e.clusters', of.cluster) : member('e.segments', of.segment);
  const rows = await db
    .selectFrom('enterprises as e')
    .innerJoin('enterpriseAnnual as a', (join) => join.onRef('a.creditCode', '=', 'e.creditCode').on('a.year', '=', year))
    .selectAll('e')
    .select('a.revenue as annualRevenue')
    .where(condition)
    .where('a.revenue', 'is not', null)
    // Credit codes break ties alike on both engines.
    .orderBy('a.revenue', 'desc')
    .orderBy('e.creditCode')
    .limit(limit)
    .execute();
  return rows.map(({ annualRevenue, ...row }) => ({ enterprise: enterpriseRecordOf(row), revenue: Number(annualRevenue) }));
}

/** The latest year for which the registry holds annual figures, or null. */
export async function latestFiguresYear(db: Db): Promise<number | null> {
  const row = await db.selectFrom('enterpriseAnnual').select((eb) => eb.fn.max('year').as('year')).executeTakeFirst();
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}
