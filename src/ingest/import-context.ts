/**
 * What row validation needs to know about the plan, built once per import: look-ups for
 * regions, parks, series, projects, clusters and segments by id, code or name.
 */
import type { Plan } from '../plan/derive.ts';
import type { Text, Unit } from '../plan/schema.ts';
import { NameLookup } from './name-lookup.ts';

export interface RegionRef {
  code: string;
  name: Text;
  /** The plan's province as a whole (code 460000 for Hainan). */
  province: boolean;
}

export interface ParkRef {
  id: string;
  name: Text;
  /** The county-level unit it lies in, or null when it spans several. */
  region: string | null;
  /** Every unit it spans, when known to be more than one. */
  regions: readonly string[];
}

export interface SeriesRef {
  id: string;
  name: Text;
  source: 'indicator' | 'statistic';
  unit: Unit;
  measurement: 'direct' | 'ratio' | 'enterprise_count';
  /** A 完成下达目标 indicator: only these take rows of kind `target`. */
  assignedTarget: boolean;
  percent: boolean;
  /** Counted in whole items (unit 个). */
  count: boolean;
}

export interface ProjectRef {
  id: string;
  name: Text;
  regions: readonly string[];
}

export interface ClusterRef {
  id: string;
  name: Text;
}

export interface SegmentRef {
  id: string;
  name: Text;
  clusterId: string;
}

export interface ImportContext {
  planId: string;
  province: RegionRef;
  /** Includes the province (by code, name, short name and 全省). */
  regions: NameLookup<RegionRef>;
  parks: NameLookup<ParkRef>;
  series: NameLookup<SeriesRef>;
  projects: NameLookup<ProjectRef>;
  clusters: NameLookup<ClusterRef>;
  segments: NameLookup<SegmentRef>;
}

export function importContext(plan: Plan): ImportContext {
  const province: RegionRef = { code: plan.province.code, name: plan.province.name, province: true };
  const regions = new NameLookup<RegionRef>().add(province, [province.code, province.name.zh, '全省'], shortRegionNames(province.name.zh));
  for (const r of plan.regions) regions.add({ code: r.code, name: r.name, province: false }, [r.code, r.name.zh], shortRegionNames(r.name.zh));

  const parks = new NameLookup<ParkRef>();
  for (const p of plan.parks) parks.add({ id: p.id, name: p.name, region: p.region, regions: p.regions }, [p.id, p.name.zh]);

  const units = new Map(plan.units.map((u) => [u.id, u]));
  const series = new NameLookup<SeriesRef>();
  const seriesRef = (s: { id: string; name: Text; unit: string }, source: SeriesRef['source']) => {
    const unit = units.get(s.unit) ?? { id: s.unit, name: { zh: s.unit, en: s.unit }, symbol: s.unit, additive: false };
    return { id: s.id, name: s.name, source, unit, percent: unit.id === 'percent' || unit.symbol === '%', count: unit.id === 'count' };
  };
  for (const i of plan.indicators) {
    series.add({ ...seriesRef(i, 'indicator'), measurement: i.measurement.kind, assignedTarget: i.target.kind === 'assigned' }, [i.id, i.name.zh]);
  }
  for (const s of plan.statistics) series.add({ ...seriesRef(s, 'statistic'), measurement: 'direct', assignedTarget: false }, [s.id, s.name.zh]);

  const projects = new NameLookup<ProjectRef>();
  for (const p of plan.projects) projects.add({ id: p.id, name: p.name, regions: p.regions }, [p.id, p.name.zh]);

  const clusters = new NameLookup<ClusterRef>();
  const segments = new NameLookup<SegmentRef>();
  for (const c of plan.clusters) {
    clusters.add({ id: c.id, name: c.name }, [c.id, c.name.zh]);
    for (const s of c.segments) segments.add({ id: s.id, name: s.name, clusterId: c.id }, [s.id, s.name.zh]);
  }

  return { planId: plan.id, province, regions, parks, series, projects, clusters, segments };
}

/**
 * What people write instead of the full name: 海口市 → 海口, 定安县 → 定安, 海南省 → 海南,
 * 白沙黎族自治县 → 白沙, 白沙县 or 白沙自治县. Used only where unambiguous.
 */
export function shortRegionNames(name: string): string[] {
  const autonomous = /^(.+?)(?:(?:黎族|苗族|回族|壮族|瑶族|藏族|土家族|彝族)+)?自治县$/u.exec(name);
  if (autonomous) return [autonomous[1]!, `${autonomous[1]}县`, `${autonomous[1]}自治县`];
  const short = name.replace(/[市县省区]$/u, '');
  return short && short !== name ? [short] : [];
}
