/**
 * A cluster's industrial chain as the plan models it: segments (细分领域) and, inside some,
 * chain links (产业链环节), each placed upstream, midstream or downstream where the plan says
 * so. The layout puts every placed segment and link in its column and lists the segments the
 * plan does not place separately (most of them: the plan places few), so nothing is invented.
 *
 * A segment with no enterprise in the registry and no key project is a gap in the chain —
 * a candidate for 补链 (filling the chain) — and is marked as such.
 */
import type { IndustryClusterRegistry, PlanCluster, ProjectSummary, RankedEnterprise } from '../../api/types.ts';

export type Segment = PlanCluster['segments'][number];
export type ChainLink = Segment['links'][number];
export const POSITIONS = ['upstream', 'midstream', 'downstream'] as const;
export type Position = (typeof POSITIONS)[number];

export interface SegmentFacts {
  enterprises: number;
  /** 万元, the year's revenue of those reporting; null when none reported. */
  revenue: number | null;
  leading: RankedEnterprise[];
  projects: ProjectSummary[];
}

export interface SegmentCard {
  kind: 'segment';
  segment: Segment;
  facts: SegmentFacts;
  /** No enterprise and no key project: a 补链 candidate. */
  gap: boolean;
  /** Links shown inside the card: those the plan does not place, or placed where the segment is. */
  innerLinks: ChainLink[];
  /** Links drawn in a column of their own (placed elsewhere than the segment). */
  placedLinks: ChainLink[];
}

export interface LinkCard {
  kind: 'link';
  link: ChainLink;
  /** The segment the link belongs to (its facts are the segment's). */
  parent: SegmentCard;
}

export type ChainCard = SegmentCard | LinkCard;

export interface ChainLayout {
  columns: Record<Position, ChainCard[]>;
  /** Segments the plan does not place in the chain, in the plan's order. */
  unplaced: SegmentCard[];
  /** True when the plan places at least one segment or link. */
  hasChain: boolean;
  /** Every segment that is a 补链 candidate, in the plan's order. */
  gaps: SegmentCard[];
  /** The cluster's key projects the plan assigns to no segment. */
  unassignedProjects: ProjectSummary[];
}

export function chainLayout(cluster: Pick<PlanCluster, 'id' | 'segments'>, registry: Pick<IndustryClusterRegistry, 'segments'>, projects: readonly ProjectSummary[]): ChainLayout {
  const tallies = new Map(registry.segments.map((s) => [s.segmentId, s]));
  const own = projects.filter((p) => p.clusterId === cluster.id);
  const columns: Record<Position, ChainCard[]> = { upstream: [], midstream: [], downstream: [] };
  const unplaced: SegmentCard[] = [];
  const cards: SegmentCard[] = [];
  for (const segment of cluster.segments) {
    const tally = tallies.get(segment.id);
    const facts: SegmentFacts = {
      enterprises: tally?.enterprises ?? 0,
      revenue: tally?.revenue ?? null,
      leading: tally?.leading ?? [],
      projects: own.filter((p) => p.segmentId === segment.id),
    };
    const placedLinks = segment.links.filter((l) => l.position !== null && l.position !== segment.position);
    const card: SegmentCard = {
      kind: 'segment',
      segment,
      facts,
      gap: facts.enterprises === 0 && facts.projects.length === 0,
      innerLinks: segment.links.filter((l) => !placedLinks.includes(l)),
      placedLinks,
    };
    cards.push(card);
    if (segment.position) columns[segment.position].push(card);
    else unplaced.push(card);
    for (const link of placedLinks) columns[link.position!].push({ kind: 'link', link, parent: card });
  }
  return {
    columns,
    unplaced,
    hasChain: POSITIONS.some((p) => columns[p].length > 0),
    gaps: cards.filter((c) => c.gap),
    unassignedProjects: own.filter((p) => p.segmentId === null || !cluster.segments.some((s) => s.id === p.segmentId)),
  };
}

/** Every product the plan names for the cluster, by segment and link, without repeats. */
export function namedProducts(cluster: Pick<PlanCluster, 'segments'>): { segment: Segment; link: ChainLink | null; products: Segment['products'] }[] {
  const out: { segment: Segment; link: ChainLink | null; products: Segment['products'] }[] = [];
  for (const segment of cluster.segments) {
    if (segment.products.length > 0) out.push({ segment, link: null, products: segment.products });
    for (const link of segment.links) if (link.products.length > 0) out.push({ segment, link, products: link.products });
  }
  return out;
}
