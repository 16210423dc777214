/**
 * The plan resources as the API shows them, from `exportPlan(plan)`. Each presenter lists
 * its fields, so a field added to the plan format reaches the API only when added here.
 */
import type { z } from 'zod';
import type { PlanExport } from '../../plan/export-plan.ts';
import type { planClusterSchema, planIndicatorSchema, planSummarySchema } from '../schemas/plan-schemas.ts';
import type { Park, Pole, Programme, Project, Region } from '../../plan/schema.ts';

type Indicator = PlanExport['indicators'][number];
type Cluster = PlanExport['clusters'][number];

export function presentPlanSummary(plan: PlanExport): z.infer<typeof planSummarySchema> {
  return {
    formatVersion: plan.formatVersion,
    id: plan.id,
    title: plan.title,
    issuer: plan.issuer ?? null,
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    province: plan.province,
    document: { title: plan.document.title, sha256: plan.document.sha256 ?? null },
    industrySystem: plan.industrySystem
      ? { name: plan.industrySystem.name, totalIndicatorId: plan.industrySystem.totalIndicatorId, source: plan.industrySystem.source }
      : null,
    units: plan.units,
    categories: plan.categories,
    tiers: plan.tiers,
    statistics: plan.statistics,
    counts: {
      indicators: plan.indicators.length,
      clusters: plan.clusters.length,
      segments: plan.clusters.reduce((n, c) => n + c.segments.length, 0),
      regions: plan.regions.length,
      poles: plan.poles.length,
      parks: plan.parks.length,
      projects: plan.projects.length,
      programmes: plan.programmes.length,
      tasks: plan.programmes.reduce((n, p) => n + p.tasks.length, 0),
    },
  };
}

export function presentIndicator(i: Indicator): z.infer<typeof planIndicatorSchema> {
  return {
    id: i.id,
    name: i.name,
    category: i.category,
    unit: i.unit,
    table: i.table,
    target: i.target,
    annualGrowthPct: i.annualGrowthPct,
    annualGrowthKind: i.annualGrowthKind,
    direction: i.direction,
    measurement: i.measurement,
    baseline: i.baseline,
    binding: i.binding,
    note: i.note,
    source: i.source,
    targetYear: i.targetYear,
    requiredGrowthPct: i.requiredGrowthPct,
    requiredPath: i.requiredPath,
  };
}

export function presentCluster(c: Cluster): z.infer<typeof planClusterSchema> {
  return {
    id: c.id,
    name: c.name,
    tier: c.tier,
    indicatorId: c.indicatorId,
    goal: c.goal,
    segments: c.segments,
    source: c.source,
    target: c.target,
  };
}

export function presentRegion(r: Region): Region {
  return { code: r.code, name: r.name, kind: r.kind, lng: r.lng, lat: r.lat, coordinatesSource: r.coordinatesSource, source: r.source };
}

export function presentPole(p: Pole): Pole {
  return {
    id: p.id, name: p.name, role: p.role, motto: p.motto, core: p.core, coreParks: p.coreParks, radiates: p.radiates, clusters: p.clusters, source: p.source,
  };
}

export function presentPark(p: Park): Park {
  return {
    id: p.id, name: p.name, kind: p.kind, region: p.region, regions: p.regions, statisticalCode: p.statisticalCode, clusters: p.clusters, focus: p.focus, source: p.source,
  };
}

export function presentProject(p: Project): Project {
  return {
    id: p.id, name: p.name, column: p.column, heading: p.heading, clusterId: p.clusterId, segmentId: p.segmentId,
    regions: p.regions, parks: p.parks, stage: p.stage, collective: p.collective, source: p.source,
  };
}

export function presentProgramme(p: Programme): Programme {
  return { id: p.id, name: p.name, kind: p.kind, tasks: p.tasks, source: p.source };
}
