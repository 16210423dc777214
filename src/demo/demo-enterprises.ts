/**
 * Demo enterprises, one at a time. Enterprise i is a pure function of (plan, options, i):
 * its rank decides its tiers, and three random streams keyed by (seed, i) give its place
 * and identity, its certificates' dates and its yearly figures. Nothing is remembered
 * between enterprises, so a million can be streamed in bounded memory, in any order or in
 * parallel slices.
 */
import type { CertificationInput } from '../records/certification.ts';
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import type { EnterpriseInput, SizeClass } from '../records/enterprise.ts';
import { annualDataOf } from './demo-annual.ts';
import { certificationsOf, firstCertificationYear, membershipsOf, type Membership } from './demo-certifications.ts';
import type { DemoContext } from './demo-context.ts';
import { demoCreditCode } from './demo-credit-code.ts';
import { isoDate } from './demo-dates.ts';
import { companyName, tradeName } from './names.ts';
import { hash32, streamFor, streamTags } from './random.ts';

export interface DemoEnterprise {
  enterprise: EnterpriseInput;
  annual: EnterpriseAnnualInput[];
  certifications: CertificationInput[];
}

/** What the counting pass needs of an enterprise: where it is and what it holds (no yearly figures). */
export interface EnterpriseCore {
  index: number;
  regionCode: string;
  parkId: string | null;
  clusters: string[];
  segments: string[];
  foundedOn: string;
  nicheStartYear: number;
  strategicEmerging: boolean;
  creditCode: string;
  memberships: Membership[];
  certifications: CertificationInput[];
  place: string;
  industryWord: string;
  /** Uniform draws kept for the choices made once the yearly figures are known (listed, legal form). */
  listedDraw: number;
  formDraw: number;
}

/**
 * Years between founding and the first certificate of each tier: an HTE must be registered
 * a full year (two calendar years make sure), a little giant ≥ 3 years in its niche.
 */
const minimumAge: Record<Membership['kind'], number> = {
  hte: 2,
  'innovative-sme': 1,
  'srdi-sme': 2,
  'little-giant': 3,
  'single-champion': 3,
  'above-size': 1,
};

export function enterpriseCore(ctx: DemoContext, index: number): EnterpriseCore {
  const { plan, options, weights } = ctx;
  const rng = streamFor(options.seed, streamTags.enterpriseProfile, index);
  const rank = ctx.ranks.rank(index);
  const memberships = membershipsOf(ctx, rank);

  // Place first: the cluster, then a region where that cluster is. Firms certified for the
  // first time after the base year lean towards the clusters doing well.
  const newcomer = (firstCertificationYear(ctx, rank) ?? 0) > plan.baseYear;
  const clusterWeights = newcomer ? ctx.newcomerClusterWeights : ctx.clusterEnterpriseWeights;
  const clusterIndex = ctx.clusterIds.length > 0 ? rng.weightedIndex(clusterWeights) : -1;
  const clusterId = clusterIndex >= 0 ? ctx.clusterIds[clusterIndex]! : null;
  const regionWeights = (clusterId && weights.byCluster.get(clusterId)) || weights.base;
  const regionCode = weights.codes[rng.weightedIndex(regionWeights)]!;

  const clusters = clusterId ? [clusterId] : [];
  const secondDraw = rng.next();
  if (clusterId && ctx.clusterIds.length > 1 && secondDraw < 0.15) {
    const others = ctx.clusterEnterpriseWeights.map((w, k) => (k === clusterIndex ? 0 : w));
    clusters.push(ctx.clusterIds[rng.weightedIndex(others)]!);
  }
  const segmentsOfCluster = plan.clusters[clusterIndex]?.segments ?? [];
  const segments: string[] = [];
  if (segmentsOfCluster.length > 0) {
    segments.push(rng.pick(segmentsOfCluster).id);
    const extra = rng.pick(segmentsOfCluster).id;
    if (rng.chance(0.3) && extra !== segments[0]) segments.push(extra);
  }

  const parksHere = ctx.parksByRegion.get(regionCode) ?? [];
  const parksOfCluster = parksHere.filter((p) => clusterId !== null && p.clusters.includes(clusterId));
  const parkDraw = rng.next();
  const parkPick = rng.next();
  let parkId: string | null = null;
  if (parksOfCluster.length > 0 && parkDraw < 0.55) parkId = parksOfCluster[Math.floor(parkPick * parksOfCluster.length)]!.id;
  else if (parksHere.length > 0 && parkDraw < 0.15) parkId = parksHere[Math.floor(parkPick * parksHere.length)]!.id;

  // Founded: mostly 3–20 years before the base year, a few start-ups during the data years,
  // never later than its certificates allow.
  const age = Math.max(1, Math.round(rng.lognormal(7, 0.6)));
  const startup = rng.chance(0.06);
  const startupYear = rng.int(options.firstEnterpriseYear, options.lastYear - 1);
  const latest = Math.min(options.lastYear - 1, ...memberships.map((m) => m.since - minimumAge[m.kind]));
  const foundedYear = Math.max(1985, Math.min(startup ? startupYear : plan.baseYear - age, latest));
  const foundedOn = isoDate(foundedYear, rng.int(1, 12), rng.int(1, 28));
  const nicheLatest = Math.min(...memberships.map((m) => (m.kind === 'little-giant' ? m.since - 3 : m.kind === 'srdi-sme' ? m.since - 2 : Infinity)));
  const nicheStartYear = Math.max(foundedYear, Math.min(foundedYear + rng.int(0, 2), nicheLatest));
  const innovating = memberships.some((m) => m.kind === 'hte');
  const strategicEmerging = rng.chance(innovating ? 0.75 : 0.45);

  const place = ctx.placeNames.get(rng.chance(0.35) ? regionCode : plan.province.code)!;
  const industryWord = rng.pick(ctx.industryWords.get(clusterId)!);
  const listedDraw = rng.next();
  const formDraw = rng.next();
  const creditCode = demoCreditCode(regionCode, index, hash32(options.seed, streamTags.naming));
  const certRng = streamFor(options.seed, streamTags.enterpriseCertifications, index);
  const certifications = certificationsOf(ctx, index, creditCode, memberships, foundedYear, certRng);
  return {
    index,
    regionCode,
    parkId,
    clusters,
    segments,
    foundedOn,
    nicheStartYear,
    strategicEmerging,
    creditCode,
    memberships,
    certifications,
    place,
    industryWord,
    listedDraw,
    formDraw,
  };
}

export function demoEnterprise(ctx: DemoContext, index: number): DemoEnterprise {
  const core = enterpriseCore(ctx, index);
  const annual = annualDataOf(ctx, {
    index,
    creditCode: core.creditCode,
    memberships: core.memberships,
    foundedYear: Number(core.foundedOn.slice(0, 4)),
    nicheStartYear: core.nicheStartYear,
    strategicEmerging: core.strategicEmerging,
  });
  const sizeClass = sizeClassOf(annual, ctx.plan.baseYear);
  const giant = core.memberships.some((m) => m.kind === 'little-giant');
  const listed = core.listedDraw < (sizeClass === 'large' ? 0.25 : giant ? 0.1 : sizeClass === 'medium' ? 0.03 : 0);
  const trade = tradeName(index, ctx.options.enterprises, hash32(ctx.options.seed, streamTags.naming));
  const enterprise: EnterpriseInput = {
    creditCode: core.creditCode,
    name: companyName(core.place, trade, core.industryWord, core.formDraw, listed),
    regionCode: core.regionCode,
    parkId: core.parkId,
    clusters: core.clusters,
    segments: core.segments,
    foundedOn: core.foundedOn,
    sizeClass,
    listed,
  };
  return { enterprise, annual, certifications: core.certifications };
}

/** Enterprises from..to−1 (all by default), generated one at a time. */
export function* demoEnterprises(ctx: DemoContext, from = 0, to = ctx.options.enterprises): Generator<DemoEnterprise> {
  for (let index = Math.max(0, from); index < Math.min(to, ctx.options.enterprises); index++) yield demoEnterprise(ctx, index);
}

/**
 * Size class by the industrial standard (工信部联企业〔2011〕300号): large ≥ 1000 staff and
 * ≥ 4亿 revenue; medium ≥ 300 and ≥ 2000万; small ≥ 20 and ≥ 300万; otherwise micro.
 * Read from the base year (or the nearest year with figures); null when they are missing.
 */
function sizeClassOf(annual: readonly EnterpriseAnnualInput[], baseYear: number): SizeClass | null {
  const row = annual.find((r) => r.year === baseYear) ?? annual.at(-1);
  if (!row || row.staff === null || row.revenue === null) return null;
  if (row.staff >= 1000 && row.revenue >= 40_000) return 'large';
  if (row.staff >= 300 && row.revenue >= 2_000) return 'medium';
  if (row.staff >= 20 && row.revenue >= 300) return 'small';
  return 'micro';
}
