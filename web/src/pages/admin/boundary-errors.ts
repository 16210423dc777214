/**
 * The API's refusal of a boundaries upload as rows a person can act on: which feature
 * (its index, and the name or code the file gives it), where in it, and what was expected.
 * The API names a feature only when it matches no region; for the others (a wrong geometry)
 * the name is looked up in the file the browser still holds.
 */
import type { ErrorDetail } from '../../api/client.ts';
import type { Text } from '../../api/text.ts';

export interface BoundaryProblem {
  key: string;
  /** Feature index in the file (0-based, as the API counts), null for the file as a whole. */
  feature: number | null;
  name: string | null;
  code: string | null;
  /** The path inside the feature (`geometry.coordinates.0.0`), or the file-level field. */
  where: string | null;
  expected: Text | null;
  message: Text | null;
  value: unknown;
}

export interface FeatureLabel {
  name: string | null;
  code: string | null;
}

const CODE_KEYS = ['adcode', 'code', 'gb'];

function labelOf(properties: unknown): FeatureLabel {
  if (typeof properties !== 'object' || properties === null) return { name: null, code: null };
  const p = properties as Record<string, unknown>;
  const name = typeof p.name === 'string' ? p.name : null;
  const codeValue = CODE_KEYS.map((k) => p[k]).find((v) => typeof v === 'string' || typeof v === 'number');
  return { name, code: codeValue === undefined ? null : String(codeValue as string | number) };
}

/** Each feature's name and code as the uploaded file gives them (empty when it is not JSON). */
export function featureLabels(fileText: string): FeatureLabel[] {
  try {
    const json = JSON.parse(fileText.replace(/^\uFEFF/, '')) as { features?: unknown };
    if (!Array.isArray(json.features)) return [];
    return json.features.map((f: unknown) => labelOf((f as { properties?: unknown } | null)?.properties));
  } catch {
    return [];
  }
}

export function boundaryProblems(details: readonly ErrorDetail[], labels: readonly FeatureLabel[] = []): BoundaryProblem[] {
  return details.map((detail, i) => {
    const match = /^features\.(\d+)(?:\.(.+))?$/.exec(detail.field ?? '');
    const feature = match ? Number(match[1]) : null;
    const fromApi = detail.value && typeof detail.value === 'object' && !Array.isArray(detail.value) ? labelOf(detail.value) : { name: null, code: null };
    const fromFile = feature === null ? { name: null, code: null } : (labels[feature] ?? { name: null, code: null });
    return {
      key: `${i}:${detail.field ?? ''}`,
      feature,
      name: fromApi.name ?? fromFile.name,
      code: fromApi.code ?? fromFile.code,
      where: match ? (match[2] ?? null) : (detail.field ?? null),
      expected: detail.expected ?? null,
      message: detail.message ?? null,
      value: fromApi.name !== null || fromApi.code !== null ? undefined : detail.value,
    };
  });
}
