/** The registry's tallies as the API shows them, field by field. */
import type { z } from 'zod';
import type { IndustryCluster, IndustryStructure, Ranked } from '../commands/industry-read.ts';
import type { industryClusterSchema, industryStructureSchema, rankedEnterpriseSchema } from '../schemas/industry-schemas.ts';

export function presentIndustryStructure(s: IndustryStructure): z.infer<typeof industryStructureSchema> {
  return {
    year: s.year,
    at: s.at,
    enterprises: s.total.enterprises,
    demoEnterprises: s.demoEnterprises,
    withRevenue: s.total.withRevenue,
    revenue: s.total.revenue,
    clusters: s.clusters.map((c) => ({
      clusterId: c.clusterId,
      enterprises: c.enterprises,
      withRevenue: c.withRevenue,
      revenue: c.revenue,
      segments: c.segments.map((x) => ({ segmentId: x.segmentId, enterprises: x.enterprises, withRevenue: x.withRevenue, revenue: x.revenue })),
    })),
    regions: s.regions.map((r) => ({ regionCode: r.regionCode, enterprises: r.enterprises, withRevenue: r.withRevenue, revenue: r.revenue, certificates: r.certificates })),
  };
}

function presentRanked(r: Ranked): z.infer<typeof rankedEnterpriseSchema> {
  return {
    creditCode: r.enterprise.creditCode,
    name: r.enterprise.name,
    regionCode: r.enterprise.regionCode,
    parkId: r.enterprise.parkId,
    segments: r.enterprise.segments,
    revenue: r.revenue,
    tiers: r.tiers,
    isDemo: r.enterprise.isDemo,
  };
}

export function presentIndustryCluster(c: IndustryCluster): z.infer<typeof industryClusterSchema> {
  return {
    clusterId: c.clusterId,
    year: c.year,
    at: c.at,
    enterprises: c.tally.enterprises,
    withRevenue: c.tally.withRevenue,
    revenue: c.tally.revenue,
    segments: c.segments.map((s) => ({
      segmentId: s.segmentId,
      enterprises: s.enterprises,
      withRevenue: s.withRevenue,
      revenue: s.revenue,
      leading: s.leading.map(presentRanked),
    })),
    leading: c.leading.map(presentRanked),
  };
}
