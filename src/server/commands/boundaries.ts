/**
 * Region boundaries for the web map. Plansight ships none: an administrator uploads a GeoJSON
 * FeatureCollection, which is checked — Polygon or MultiPolygon features with numeric
 * longitude/latitude — and each feature matched to a plan region by a GB/T 2260 code
 * (`adcode`, `code` or `gb`) or by its Chinese or English name. A file with any problem is
 * refused whole (400 `validation_failed`, each problem placed by its JSON path); otherwise it
 * is stored normalised: positions reduced to [lon, lat], rings closed, and each feature's
 * properties reduced to the matched region's `{ code, name }`.
 */
import type { Plan } from '../../plan/derive.ts';
import type { Region, Text } from '../../plan/schema.ts';
import type { ChangeContext } from '../../store/actor.ts';
import type { Db } from '../../store/open-database.ts';
import { deleteSettings, readSetting, readSettingText, SETTING_KEYS, writeSettings } from '../../store/settings.ts';
import { ApiError, type ErrorDetail } from '../errors.ts';

type Position = [number, number];
type Ring = Position[];

export type BoundaryGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: Text };
  geometry: BoundaryGeometry;
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** What is kept beside the collection, for GET /api/settings. */
export interface BoundariesSummary {
  name: string;
  features: number;
  matchedRegions: string[];
}

export interface StoredBoundariesSummary extends BoundariesSummary {
  uploadedAt: string;
  uploadedBy: string;
}

/** The properties that may carry a region's GB/T 2260 code, in the order they are tried. */
export const CODE_PROPERTIES = ['adcode', 'code', 'gb'] as const;

/** Problems listed before the rest are only counted: a broken file must not make a huge answer. */
const MAX_DETAILS = 50;

const EXPECTED_MATCH: Text = {
  zh: '属性 adcode、code 或 gb 为规划地区的 GB/T 2260 代码，或 name 为规划地区的中文或英文名称',
  en: 'a property adcode, code or gb holding a plan region’s GB/T 2260 code, or name holding its Chinese or English name',
};

class Problems {
  readonly details: ErrorDetail[] = [];
  count = 0;
  constructor(private readonly file: string | undefined) {}
  add(field: string, expected: Text, value?: unknown, message?: Text): void {
    this.count++;
    if (this.details.length >= MAX_DETAILS) return;
    this.details.push({
      field,
      expected,
      ...(value === undefined ? {} : { value }),
      ...(message === undefined ? {} : { message }),
      ...(this.file === undefined ? {} : { file: this.file }),
    });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe echo of a property value for a message. */
function shown(value: unknown): string | number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return null;
}

/** `460100`, 460100 or a 12-digit statistical code `460100000000` → `460100`. */
function codeOf(value: unknown): string | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d{6}$/.test(text)) return text;
  if (/^\d{6}0{6}$/.test(text)) return text.slice(0, 6);
  return null;
}

function regionMatcher(plan: Plan): (properties: Record<string, unknown>) => Region | null {
  const byCode = new Map(plan.regions.map((r) => [r.code, r]));
  const byName = new Map<string, Region>();
  for (const region of plan.regions) {
    byName.set(region.name.zh.trim(), region);
    byName.set(region.name.en.trim().toLowerCase(), region);
  }
  return (properties) => {
    for (const key of CODE_PROPERTIES) {
      const code = codeOf(properties[key]);
      const region = code === null ? undefined : byCode.get(code);
      if (region) return region;
    }
    const name = properties.name;
    if (typeof name !== 'string') return null;
    return byName.get(name.trim()) ?? byName.get(name.trim().toLowerCase()) ?? null;
  };
}

const POSITION_EXPECTED: Text = {
  zh: '坐标 [经度, 纬度]：数字，经度 −180 至 180，纬度 −90 至 90',
  en: 'a position [longitude, latitude]: numbers, longitude −180 to 180, latitude −90 to 90',
};

function readRing(value: unknown, path: string, problems: Problems): Ring | null {
  if (!Array.isArray(value)) {
    problems.add(path, { zh: '线环：坐标数组', en: 'a linear ring: an array of positions' });
    return null;
  }
  const ring: Ring = [];
  for (const [i, position] of value.entries()) {
    const [lon, lat] = Array.isArray(position) ? (position as unknown[]) : [];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      // One problem per ring: a ring of wrong positions is one mistake, not thousands.
      problems.add(`${path}.${i}`, POSITION_EXPECTED, Array.isArray(position) ? position.slice(0, 3).map(shown) : shown(position));
      return null;
    }
    ring.push([lon, lat]);
  }
  const first = ring[0];
  const last = ring.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  if (ring.length < 4) {
    problems.add(path, { zh: '线环至少有 3 个不同的点（首尾相同）', en: 'a linear ring of at least 3 distinct positions (closed: the first repeated last)' }, value.length);
    return null;
  }
  return ring;
}

function readPolygon(value: unknown, path: string, problems: Problems): Ring[] | null {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(path, { zh: '多边形：至少一个线环的数组', en: 'a polygon: an array of at least one linear ring' });
    return null;
  }
  const rings = value.map((ring, i) => readRing(ring, `${path}.${i}`, problems));
  return rings.every((r): r is Ring => r !== null) ? rings : null;
}

function readGeometry(value: unknown, path: string, problems: Problems): BoundaryGeometry | null {
  if (!isObject(value) || (value.type !== 'Polygon' && value.type !== 'MultiPolygon')) {
    problems.add(
      `${path}.type`,
      { zh: 'Polygon 或 MultiPolygon', en: 'Polygon or MultiPolygon' },
      isObject(value) ? shown(value.type) : null,
    );
    return null;
  }
  const coordinates = `${path}.coordinates`;
  if (value.type === 'Polygon') {
    const polygon = readPolygon(value.coordinates, coordinates, problems);
    return polygon === null ? null : { type: 'Polygon', coordinates: polygon };
  }
  if (!Array.isArray(value.coordinates) || value.coordinates.length === 0) {
    problems.add(coordinates, { zh: '多多边形：至少一个多边形的数组', en: 'a multipolygon: an array of at least one polygon' });
    return null;
  }
  const polygons = value.coordinates.map((polygon, i) => readPolygon(polygon, `${coordinates}.${i}`, problems));
  return polygons.every((p): p is Ring[] => p !== null) ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/** The feature's own words for itself, for the message about it. */
function describeFeature(properties: Record<string, unknown>): { name: string | null; code: string | number | null } {
  const code = CODE_PROPERTIES.map((key) => shown(properties[key])).find((v) => v !== null) ?? null;
  return { name: typeof properties.name === 'string' ? (shown(properties.name) as string) : null, code };
}

function invalid(problems: Problems, text: Text): ApiError {
  const details = [...problems.details];
  const more = problems.count - details.length;
  if (more > 0) details.push({ message: { zh: `另有 ${more} 处问题未列出`, en: `${more} more problems not listed` } });
  return new ApiError('validation_failed', text, details);
}

/** Reads an uploaded file's bytes as JSON: 400 naming the file when it is not JSON. */
export function parseBoundariesFile(bytes: Buffer, file: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new ApiError(
      'validation_failed',
      { zh: `文件 ${file} 不是合法的 JSON（GeoJSON）`, en: `The file ${file} is not well-formed JSON (GeoJSON)` },
      [{ field: 'file', file, expected: { zh: 'UTF-8 编码的 GeoJSON FeatureCollection', en: 'a GeoJSON FeatureCollection, UTF-8' } }],
    );
  }
}

/**
 * The checked, normalised collection — or the `validation_failed` error listing every problem
 * (up to 50), unmatched features included. `file`: the uploaded file's name, for the details.
 */
export function normaliseBoundaries(plan: Plan, input: unknown, file?: string): { collection: BoundaryCollection; matchedRegions: string[] } {
  const problems = new Problems(file);
  const where = file === undefined ? { zh: '', en: '' } : { zh: `（文件 ${file}）`, en: ` (file ${file})` };
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features) || input.features.length === 0) {
    problems.add(
      !isObject(input) || input.type !== 'FeatureCollection' ? 'type' : 'features',
      { zh: 'GeoJSON FeatureCollection，features 至少含一个要素', en: 'a GeoJSON FeatureCollection with at least one feature in features' },
      isObject(input) ? shown(input.type) : null,
    );
    throw invalid(problems, { zh: `不是含要素的 GeoJSON FeatureCollection${where.zh}`, en: `Not a GeoJSON FeatureCollection with features${where.en}` });
  }

  const match = regionMatcher(plan);
  const features: BoundaryFeature[] = [];
  const unmatched: string[] = [];
  for (const [i, feature] of input.features.entries()) {
    const path = `features.${i}`;
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.add(`${path}.type`, { zh: 'Feature', en: 'Feature' }, isObject(feature) ? shown(feature.type) : null);
      continue;
    }
    const properties = isObject(feature.properties) ? feature.properties : {};
    const region = match(properties);
    if (region === null) {
      const { name, code } = describeFeature(properties);
      const said = [name === null ? null : `name “${name}”`, code === null ? null : `code ${code}`].filter(Boolean).join(', ') || 'no name or code';
      const saidZh = [name === null ? null : `名称“${name}”`, code === null ? null : `代码 ${code}`].filter(Boolean).join('，') || '无名称或代码';
      unmatched.push(String(i));
      problems.add(`${path}.properties`, EXPECTED_MATCH, { name, code }, {
        zh: `第 ${i} 个要素（${saidZh}）对应不到规划中的地区`,
        en: `Feature ${i} (${said}) matches no plan region`,
      });
    }
    const geometry = readGeometry(feature.geometry, `${path}.geometry`, problems);
    if (region !== null && geometry !== null) features.push({ type: 'Feature', properties: { code: region.code, name: region.name }, geometry });
  }

  if (problems.count > 0) {
    const list = unmatched.slice(0, 20).join(', ') + (unmatched.length > 20 ? ', …' : '');
    throw invalid(
      problems,
      unmatched.length > 0
        ? {
            zh: `有 ${unmatched.length} 个要素对应不到规划中的地区（要素序号 ${list}）${where.zh}：请用 adcode、code 或 gb 属性给出 GB/T 2260 代码，或用 name 给出地区名称`,
            en: `${unmatched.length} ${unmatched.length === 1 ? 'feature matches' : 'features match'} no plan region (feature ${list})${where.en}: give the GB/T 2260 code in adcode, code or gb, or the region’s name in name`,
          }
        : { zh: `GeoJSON 不符合要求${where.zh}：${problems.details[0]?.field ?? ''}`, en: `The GeoJSON is not valid${where.en}: ${problems.details[0]?.field ?? ''}` },
    );
  }
  const codes = new Set(features.map((f) => f.properties.code));
  return { collection: { type: 'FeatureCollection', features }, matchedRegions: plan.regions.map((r) => r.code).filter((c) => codes.has(c)) };
}

export async function readBoundariesSummary(db: Db): Promise<StoredBoundariesSummary | null> {
  const row = await readSetting<BoundariesSummary>(db, SETTING_KEYS.boundariesSummary);
  return row === null ? null : { ...row.value, uploadedAt: row.updatedAt, uploadedBy: row.updatedBy };
}

/** The stored collection as JSON text, served as it is (no parse and re-serialise of megabytes). */
export async function readBoundariesText(db: Db): Promise<{ json: string; updatedAt: string } | null> {
  const row = await readSettingText(db, SETTING_KEYS.boundaries);
  return row === null ? null : { json: row.value, updatedAt: row.updatedAt };
}

export async function saveBoundaries(
  db: Db,
  name: string,
  normalised: { collection: BoundaryCollection; matchedRegions: string[] },
  change: ChangeContext,
): Promise<StoredBoundariesSummary> {
  const summary: BoundariesSummary = { name, features: normalised.collection.features.length, matchedRegions: normalised.matchedRegions };
  const old = await readBoundariesSummary(db);
  // The history keeps what changed, not megabytes of coordinates.
  const history = {
    name: [old?.name ?? null, summary.name] as [unknown, unknown],
    features: [old?.features ?? null, summary.features] as [unknown, unknown],
    matchedRegions: [old?.matchedRegions ?? null, summary.matchedRegions] as [unknown, unknown],
  };
  await writeSettings(
    db,
    [
      { key: SETTING_KEYS.boundaries, value: normalised.collection, history },
      { key: SETTING_KEYS.boundariesSummary, value: summary, history },
    ],
    change,
  );
  return { ...summary, uploadedAt: change.at, uploadedBy: change.actor };
}

/** false when none were stored. */
export async function deleteBoundaries(db: Db, change: ChangeContext): Promise<boolean> {
  const old = await readBoundariesSummary(db);
  return deleteSettings(db, [SETTING_KEYS.boundaries, SETTING_KEYS.boundariesSummary], change, {
    name: [old?.name ?? null, null],
    features: [old?.features ?? null, null],
  });
}
