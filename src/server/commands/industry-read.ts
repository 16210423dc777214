/**
 * The registry as the industry system and the map read it: every cluster, segment and region
 * of the plan with its enterprises and revenue in one year (a cluster or region the registry
 * has nobody in is listed with zeros, so a page can say so), and one cluster's leading
 * enterprises overall and per segment. Certificates are judged on 31 December of the year,
 * as the cultivation pipeline and the report judge them.
 */
import type { Plan } from '../../plan/derive.ts';
import type { Cluster } from '../../plan/schema.ts';
import type { CertificationKindId } from '../../records/certification.ts';
import {
  certificatesByRegion, latestFiguresYear, leadingEnterprises, tallyByMembership, tallyByRegion, type RankedEnterprise, type RegistryTally,
} from '../../store/registry-industry.ts';
import type { Db } from '../../store/open-database.ts';
import { tiersOn } from '../../store/registry-read.ts';
import { dayInChina } from './today-in-china.ts';

const EMPTY: RegistryTally = { enterprises: 0, withRevenue: 0, revenue: null };

/** The year asked for, else the latest with figures; the day certificates are judged on. */
async function yearAndDay(db: Db, asked: number | undefined, now: Date): Promise<{ year: number | null; at: string }> {
  const year = asked ?? (await latestFiguresYear(db));
  return { year, at: year === null ? dayInChina(now) : `${year}-12-31` };
}

export interface IndustryStructure {
  year: number | null;
  at: string;
  total: RegistryTally;
  demoEnterprises: number;
  clusters: (RegistryTally & { clusterId: string; segments: (RegistryTally & { segmentId: string })[] })[];
  regions: (RegistryTally & { regionCode: string; certificates: { kind: CertificationKindId; enterprises: number }[] })[];
}

export async function readIndustryStructure(db: Db, plan: Plan, askedYear: number | undefined, now: Date): Promise<IndustryStructure> {
  const { year, at } = await yearAndDay(db, askedYear, now);
  const segmentIds = plan.clusters.flatMap((c) => c.segments.map((s) => s.id));
  // Without figures there is no revenue to sum; counts still come from the registry (year 0 matches no row).
  const figuresYear = year ?? 0;
  const [membership, byRegion, certificates] = await Promise.all([
    tallyByMembership(db, figuresYear, { clusters: plan.clusters.map((c) => c.id), segments: segmentIds }),
    tallyByRegion(db, figuresYear),
    certificatesByRegion(db, at),
  ]);
  return {
    year,
    at,
    total: membership.total,
    demoEnterprises: membership.demoEnterprises,
    clusters: plan.clusters.map((c) => ({
      clusterId: c.id,
      ...(membership.clusters.get(c.id) ?? EMPTY),
      segments: c.segments.map((s) => ({ segmentId: s.id, ...(membership.segments.get(s.id) ?? EMPTY) })),
    })),
    regions: plan.regions.map((r) => ({
      regionCode: r.code,
      ...(byRegion.get(r.code) ?? EMPTY),
      certificates: certificates.filter((x) => x.regionCode === r.code).map(({ kind, enterprises }) => ({ kind, enterprises })),
    })),
  };
}

export interface Ranked extends RankedEnterprise {
  tiers: CertificationKindId[];
}

export interface IndustryCluster {
  clusterId: string;
  year: number | null;
  at: string;
  tally: RegistryTally;
  segments: (RegistryTally & { segmentId: string; leading: Ranked[] })[];
  leading: Ranked[];
}

const LEADING = 10;

export async function readIndustryCluster(db: Db, cluster: Cluster, askedYear: number | undefined, top: number, now: Date): Promise<IndustryCluster> {
  const { year, at } = await yearAndDay(db, askedYear, now);
  const figuresYear = year ?? 0;
  const membership = await tallyByMembership(db, figuresYear, { clusters: [cluster.id], segments: cluster.segments.map((s) => s.id) });
  const leading = await leadingEnterprises(db, { cluster: cluster.id }, figuresYear, LEADING);
  const perSegment: RankedEnterprise[][] = [];
  // One after the other: a cluster has a handful of segments, and each query is small.
  for (const segment of cluster.segments) perSegment.push(await leadingEnterprises(db, { segment: segment.id }, figuresYear, top));
  const tiers = await tiersOn(db, [...new Set([...leading, ...perSegment.flat()].map((r) => r.enterprise.creditCode))], at);
  const withTiers = (r: RankedEnterprise): Ranked => ({ ...r, tiers: tiers.get(r.enterprise.creditCode) ?? [] });
  return {
    clusterId: cluster.id,
    year,
    at,
    tally: membership.clusters.get(cluster.id) ?? EMPTY,
    segments: cluster.segments.map((s, i) => ({ segmentId: s.id, ...(membership.segments.get(s.id) ?? EMPTY), leading: perSegment[i]!.map(withTiers) })),
    leading: leading.map(withTiers),
  };
}
