/**
 * The spatial layout as data: the measures a reader can map (every indicator the evaluation
 * observes by region, the registry's enterprises, the plan's key projects), each region's
 * value and rank under one, which pole it belongs to, the lines from each pole's core to the
 * counties it radiates to, and the frame the map is drawn in. Pure functions.
 */
import { latestObserved } from '../../api/evaluation-reading.ts';
import { projectRegions } from '../../api/places.ts';
import type { Text } from '../../api/text.ts';
import type { IndustryStructure, PlanPark, PlanPole, PlanRegion } from '../../api/types.ts';
import type { ProgressStatus, ScheduleStatus } from '../../../../src/evaluation/statuses.ts';

/** The parts of a regional row of the evaluation the map reads. */
export interface RegionalRow {
  id: string;
  name: Text;
  unit: string;
  region: string;
  direction?: 'increase' | 'decrease';
  baseline: { year: number; value: number } | null;
  latest: { year: number; value: number } | null;
  target: { year: number; value: number | null };
  completionPct: number | null;
  status: ProgressStatus;
  schedule: ScheduleStatus;
}

export type MeasureKey = `indicator:${string}` | 'enterprises' | 'projects';

export interface MeasureOption {
  key: MeasureKey;
  name: Text;
  /** Unit id (an indicator's), or null for counts of the registry and the plan. */
  unit: string | null;
  group: 'indicator' | 'registry';
  direction: 'increase' | 'decrease';
}

/** Every indicator observed below the province, in the evaluation's order, then the counts. */
export function measureOptions(regional: readonly RegionalRow[], words: { enterprises: Text; projects: Text }): MeasureOption[] {
  const seen = new Map<string, MeasureOption>();
  for (const row of regional) {
    if (!seen.has(row.id)) seen.set(row.id, { key: `indicator:${row.id}`, name: row.name, unit: row.unit, group: 'indicator', direction: row.direction ?? 'increase' });
  }
  return [
    ...seen.values(),
    { key: 'enterprises', name: words.enterprises, unit: null, group: 'registry', direction: 'increase' },
    { key: 'projects', name: words.projects, unit: null, group: 'registry', direction: 'increase' },
  ];
}

export interface PoleMembership {
  pole: PlanPole;
  role: 'core' | 'radiated';
}

/** The pole a region is the core of, else the first one radiating to it. */
export function poleOf(code: string, poles: readonly PlanPole[]): PoleMembership | null {
  const core = poles.find((p) => p.core.includes(code));
  if (core) return { pole: core, role: 'core' };
  const radiated = poles.find((p) => p.radiates.includes(code));
  return radiated ? { pole: radiated, role: 'radiated' } : null;
}

export interface RegionValue {
  region: PlanRegion;
  value: number | null;
  /** The year of the value (indicators), and whether it is the baseline (the base year has no "latest"). */
  year: number | null;
  baseline: boolean;
  status: ProgressStatus | null;
  pole: PoleMembership | null;
  parks: PlanPark[];
  /** 1 = best (largest, or smallest for an indicator where less is better); ties share a rank. Null without a value. */
  rank: number | null;
}

/** Key projects per region: those naming it, or lying in one of its parks. */
export function projectCounts(projects: readonly { regions: readonly string[]; parks: readonly string[] }[], parks: readonly PlanPark[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of projects) for (const code of projectRegions(p, parks)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** Ranks of values (1 = best); equal values share a rank; nulls get none. */
export function ranks(values: readonly (number | null)[], direction: 'increase' | 'decrease'): (number | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => (direction === 'increase' ? b - a : a - b));
  return values.map((v) => (v === null ? null : sorted.indexOf(v) + 1));
}

export interface MapInputs {
  regions: readonly PlanRegion[];
  poles: readonly PlanPole[];
  parks: readonly PlanPark[];
  regional: readonly RegionalRow[];
  structure: IndustryStructure | undefined;
  projects: readonly { regions: readonly string[]; parks: readonly string[] }[];
}

export function regionValues(measure: MeasureOption, input: MapInputs): RegionValue[] {
  const projects = measure.key === 'projects' ? projectCounts(input.projects, input.parks) : null;
  const values = input.regions.map((region): Omit<RegionValue, 'rank'> => {
    const base = { region, pole: poleOf(region.code, input.poles), parks: input.parks.filter((p) => p.region === region.code || p.regions.includes(region.code)) };
    if (measure.key === 'enterprises') {
      const tally = input.structure?.regions.find((r) => r.regionCode === region.code);
      return { ...base, value: tally ? tally.enterprises : null, year: input.structure?.year ?? null, baseline: false, status: null };
    }
    if (projects) return { ...base, value: projects.get(region.code) ?? 0, year: null, baseline: false, status: null };
    const id = measure.key.slice('indicator:'.length);
    const row = input.regional.find((r) => r.id === id && r.region === region.code);
    const observed = row ? latestObserved(row) : null;
    return { ...base, value: observed?.value ?? null, year: observed?.year ?? null, baseline: observed?.baseline ?? false, status: row?.status ?? null };
  });
  const r = ranks(values.map((v) => v.value), measure.direction);
  return values.map((v, i) => ({ ...v, rank: r[i] ?? null }));
}

export interface PoleLine {
  pole: PlanPole;
  from: PlanRegion;
  to: PlanRegion;
}

/** A line from each pole's core region(s) to every county it radiates to. */
export function poleLines(poles: readonly PlanPole[], regions: readonly PlanRegion[]): PoleLine[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const out: PoleLine[] = [];
  for (const pole of poles) {
    for (const core of pole.core) {
      const from = byCode.get(core);
      if (!from) continue;
      for (const code of pole.radiates) {
        const to = byCode.get(code);
        if (to) out.push({ pole, from, to });
      }
    }
  }
  return out;
}

export interface Frame {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The extent of the points (and of any outline), padded, so every symbol fits — with more
 * room to the east, where the labels (right of their points) run on.
 */
export function frameOf(points: readonly { lng: number; lat: number }[], outlines: readonly [number, number][] = [], padding = 0.35, labelRoom = 0): Frame {
  const lngs = [...points.map((p) => p.lng), ...outlines.map((c) => c[0])];
  const lats = [...points.map((p) => p.lat), ...outlines.map((c) => c[1])];
  return {
    west: Math.min(...lngs) - padding,
    east: Math.max(...lngs) + padding + labelRoom,
    south: Math.min(...lats) - padding,
    north: Math.max(...lats) + padding,
  };
}

/** East–west degrees are shorter than north–south ones by cos(latitude): the map's aspect scale. */
export function aspectScale(frame: Frame): number {
  return Math.cos((((frame.north + frame.south) / 2) * Math.PI) / 180);
}

/** A symbol's size from its value: area grows with the value, between min and max pixels. */
export function symbolSize(value: number | null, max: number, range: [number, number] = [10, 40]): number {
  if (value === null || max <= 0 || value <= 0) return range[0];
  return range[0] + (range[1] - range[0]) * Math.sqrt(value / max);
}

/** Degrees kept free east of the easternmost point for its label. */
const LABEL_ROOM = 0.45;

export interface MapLayout {
  /** Where each region's symbol is drawn: its own point, or a place in the inset. */
  positions: Map<string, [number, number]>;
  /** Regions far from all others (三沙 in the South China Sea) drawn in a box in a corner, as printed maps do. */
  inset: { codes: string[]; box: Frame } | null;
  frame: Frame;
}

function distance(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  return Math.hypot(a.lng - b.lng, a.lat - b.lat);
}

/**
 * Positions of the symbols. A region more than `isolation` degrees from every other one and
 * without an uploaded outline goes into an inset in the south-east corner of the others'
 * frame, so the island is not shrunk to fit a point hundreds of kilometres away. With an
 * outline it stays where it is (its outline must sit under it).
 */
export function mapLayout(regions: readonly PlanRegion[], outlines: readonly [number, number][], outlined: ReadonlySet<string>, isolation = 1.2): MapLayout {
  const isolated = regions.filter((r) => !outlined.has(r.code) && regions.every((o) => o === r || distance(r, o) > isolation));
  const main = regions.filter((r) => !isolated.includes(r));
  const positions = new Map<string, [number, number]>(main.map((r) => [r.code, [r.lng, r.lat]]));
  if (isolated.length === 0 || main.length === 0) {
    for (const r of isolated) positions.set(r.code, [r.lng, r.lat]);
    return { positions, inset: null, frame: frameOf(regions, outlines, 0.35, LABEL_ROOM) };
  }
  const frame = frameOf(main, outlines, 0.35, LABEL_ROOM);
  const step = 0.3;
  const box: Frame = { west: frame.east - 0.75, east: frame.east - 0.05, south: frame.south + 0.05, north: frame.south + 0.05 + step * (isolated.length + 1) };
  isolated.forEach((r, i) => positions.set(r.code, [box.west + 0.2, box.south + step * (i + 1)]));
  return { positions, inset: { codes: isolated.map((r) => r.code), box }, frame };
}

/** A region's name for a map label, where space is short: 昌江黎族自治县 → 昌江, Ding'an County → Ding'an (tooltips give the full name). */
export function shortRegionName(name: Text): Text {
  return {
    zh: name.zh.length > 2 ? name.zh.replace(/(黎族苗族自治县|黎族自治县|市|县)$/, '') : name.zh,
    en: name.en.replace(/ (Li and Miao Autonomous County|Li Autonomous County|County)$/, ''),
  };
}

/** A pole's name where space is short: "Haikou pole" → "Haikou" (the Chinese name is already short). */
export function shortPoleName(name: Text): Text {
  return { zh: name.zh, en: name.en.replace(/ pole$/i, '') };
}
