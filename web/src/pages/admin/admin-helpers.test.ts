import { describe, expect, it } from 'vitest';
import { boundaryProblems, featureLabels } from './boundary-errors.ts';
import { sortTokens, tokenStatus } from './token-status.ts';

describe('token status', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it('tells active, expired and revoked tokens apart', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-07-01T00:00:00Z' }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-05-01T00:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: '2026-05-02T00:00:00Z', expiresAt: '2026-05-01T00:00:00Z' }, now)).toBe('revoked');
  });
  it('lists active tokens first, newest first', () => {
    const tokens = [
      { id: 1, revokedAt: '2026-05-02T00:00:00Z', expiresAt: null, createdAt: '2026-05-03T00:00:00Z' },
      { id: 2, revokedAt: null, expiresAt: null, createdAt: '2026-01-01T00:00:00Z' },
      { id: 3, revokedAt: null, expiresAt: null, createdAt: '2026-02-01T00:00:00Z' },
    ];
    expect(sortTokens(tokens, now).map((t) => t.id)).toEqual([3, 2, 1]);
  });
});

describe('boundary upload problems', () => {
  const file = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: '海口市' }, geometry: { type: 'Point', coordinates: [1, 2] } },
      { type: 'Feature', properties: { code: '469999', name: 'Nowhere' }, geometry: null },
    ],
  });

  it('reads each feature’s name and code from the file, and nothing from a file that is not JSON', () => {
    expect(featureLabels(file)).toEqual([{ name: '海口市', code: null }, { name: 'Nowhere', code: '469999' }]);
    expect(featureLabels('id,name\n1,a')).toEqual([]);
    expect(featureLabels('\uFEFF{"features":[{"properties":{"adcode":460100}}]}')).toEqual([{ name: null, code: '460100' }]);
  });

  it('names the feature, where in it and what was expected', () => {
    const problems = boundaryProblems(
      [
        { field: 'features.0.geometry.type', expected: { zh: 'Polygon 或 MultiPolygon', en: 'Polygon or MultiPolygon' }, value: 'Point' },
        {
          field: 'features.1.properties',
          expected: { zh: '…', en: '…' },
          value: { name: 'Nowhere', code: '469999' },
          message: { zh: '第 1 个要素对应不到规划中的地区', en: 'Feature 1 matches no plan region' },
        },
        { field: 'file', expected: { zh: 'GeoJSON', en: 'GeoJSON' } },
        { message: { zh: '另有 3 处问题未列出', en: '3 more problems not listed' } },
      ],
      featureLabels(file),
    );
    expect(problems.map(({ feature, name, code, where, value }) => ({ feature, name, code, where, value }))).toEqual([
      { feature: 0, name: '海口市', code: null, where: 'geometry.type', value: 'Point' },
      { feature: 1, name: 'Nowhere', code: '469999', where: 'properties', value: undefined },
      { feature: null, name: null, code: null, where: 'file', value: undefined },
      { feature: null, name: null, code: null, where: null, value: undefined },
    ]);
    expect(problems[1]?.message?.en).toBe('Feature 1 matches no plan region');
  });
});
