import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyOf } from '../../src/store/history.ts';
import { ENGINES } from '../support/engines.ts';
import { repoRoot } from '../support/paths.ts';
import { send } from './authorization-matrix-fixture.ts';
import { DEFAULT_PASSWORD, testApi, type Session, type TestApi } from './support.ts';

const dir = join(repoRoot, 'test/fixtures/boundaries');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');
const GOOD = 'made-up-hainan.geojson';

function multipart(filename: string, content: string): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----plansight-boundaries';
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/geo+json\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    'utf8',
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const HAIKOU = { code: '460100', name: { zh: '海口市', en: 'Haikou' } };

for (const engine of ENGINES) {
  describe(`region boundaries on ${engine}`, () => {
    let api: TestApi;
    let admin: Session;
    let viewer: Session;
    beforeAll(async () => {
      // A small JSON body limit: the fixture fits, a bigger file must come as a multipart upload.
      api = await testApi(engine, { bodyLimitBytes: 8 * 1024 });
      await api.addUser({ username: 'admin', role: 'admin' });
      await api.addUser({ username: 'viewer', role: 'viewer' });
      admin = await api.login('admin', DEFAULT_PASSWORD);
      viewer = await api.login('viewer', DEFAULT_PASSWORD);
    });
    afterAll(async () => api.close());

    const upload = (payload: unknown, headers: Record<string, string> = {}) => send(api.app, 'PUT', '/api/boundaries', { session: admin, payload, headers });
    const uploadFile = (name: string, content = fixture(name)) => {
      const body = multipart(name, content);
      return send(api.app, 'PUT', '/api/boundaries', { session: admin, payload: body.payload, headers: body.headers });
    };
    const read = (session?: Session) => send(api.app, 'GET', '/api/boundaries', session ? { session } : {});

    it('none are shipped: 404 until an administrator uploads some', async () => {
      const response = await read(viewer);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect((await api.app.inject({ method: 'GET', url: '/api/settings' })).json().boundaries).toBeNull();
    });

    it('a FeatureCollection as a JSON body: matched by adcode, code, gb or name, stored normalised', async () => {
      const response = await upload(JSON.parse(fixture(GOOD)));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        name: 'made-up-hainan',
        features: 5,
        matchedRegions: ['460100', '460200', '460400', '469002', '469005'],
        uploadedAt: '2027-03-31T08:00:00.000Z',
        uploadedBy: 'admin',
      });
      const stored = await read(viewer);
      expect(stored.statusCode).toBe(200);
      expect(stored.headers['content-type']).toMatch(/^application\/json/);
      const collection = stored.json();
      expect(Object.keys(collection)).toEqual(['type', 'features']);
      expect(collection.features.map((f: { properties: unknown }) => f.properties)).toEqual([
        HAIKOU,
        { code: '460200', name: { zh: '三亚市', en: 'Sanya' } },
        { code: '460400', name: { zh: '儋州市', en: 'Danzhou' } },
        { code: '469005', name: { zh: '文昌市', en: 'Wenchang' } },
        { code: '469002', name: { zh: '琼海市', en: 'Qionghai' } },
      ]);
      expect(collection.features[2].geometry.type).toBe('MultiPolygon');
      // The unclosed ring with altitudes: closed, and [lon, lat] only.
      expect(collection.features[4].geometry).toEqual({
        type: 'Polygon',
        coordinates: [[[110.33, 19.11], [110.63, 19.11], [110.63, 19.41], [110.33, 19.41], [110.33, 19.11]]],
      });
    });

    it('as a multipart file (or application/geo+json), replacing what was there', async () => {
      const response = await uploadFile(GOOD);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ name: GOOD, features: 5 });
      const geo = await upload(fixture(GOOD).replace('"made-up-hainan"', '"as-geo-json"'), { 'content-type': 'application/geo+json' });
      expect(geo.statusCode).toBe(200);
      expect(geo.json()).toMatchObject({ name: 'as-geo-json', features: 5 });
      const history = await historyOf(api.store.db, 'setting', 'boundaries-summary');
      expect(history.at(-1)!.changes).toMatchObject({ name: [GOOD, 'as-geo-json'], features: [5, 5] });
    });

    it('a body over the JSON limit is refused; the same file goes through as an upload', async () => {
      const big = JSON.parse(fixture(GOOD));
      big.padding = 'x'.repeat(10 * 1024);
      const tooLarge = await upload(big);
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.code).toBe('payload_too_large');
      const asFile = await uploadFile('big.geojson', JSON.stringify(big));
      expect(asFile.statusCode).toBe(200);
    });

    it('anonymous readers get the outlines only while the public portal is on; the uploader’s name only signed-in users', async () => {
      expect((await read()).statusCode).toBe(401);
      await send(api.app, 'PUT', '/api/settings/public-portal', { session: admin, payload: { enabled: true } });
      try {
        const anonymous = await read();
        expect(anonymous.statusCode).toBe(200);
        expect(anonymous.json().features).toHaveLength(5);
        const settings = (await api.app.inject({ method: 'GET', url: '/api/settings' })).json();
        expect(settings.boundaries).toEqual({
          name: 'big.geojson', features: 5, matchedRegions: ['460100', '460200', '460400', '469002', '469005'], uploadedAt: '2027-03-31T08:00:00.000Z', uploadedBy: null,
        });
        expect((await send(api.app, 'GET', '/api/settings', { session: viewer })).json().boundaries.uploadedBy).toBe('admin');
        // Unchanged since: 304 on the ETag.
        const again = await api.app.inject({ method: 'GET', url: '/api/boundaries', headers: { 'if-none-match': anonymous.headers.etag as string } });
        expect(again.statusCode).toBe(304);
        expect(again.body).toBe('');
      } finally {
        await send(api.app, 'PUT', '/api/settings/public-portal', { session: admin, payload: { enabled: null } });
      }
    });

    it('refuses features that match no plan region, listing each by index with its name and code', async () => {
      const response = await upload(JSON.parse(fixture('unmatched-feature.geojson')));
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('validation_failed');
      expect(error.message.en).toMatch(/^2 features match no plan region \(feature 1, 2\)/);
      expect(error.message.zh).toMatch(/^有 2 个要素对应不到规划中的地区（要素序号 1, 2）/);
      expect(error.details).toEqual([
        expect.objectContaining({ field: 'features.1.properties', value: { name: 'Atlantis', code: 999999 }, message: { zh: '第 1 个要素（名称“Atlantis”，代码 999999）对应不到规划中的地区', en: 'Feature 1 (name “Atlantis”, code 999999) matches no plan region' } }),
        expect.objectContaining({ field: 'features.2.properties', value: { name: '海南省', code: 460000 } }),
      ]);
      expect(error.details[0].expected.en).toMatch(/adcode, code or gb/);
      // Nothing changed.
      expect((await read(viewer)).json().features).toHaveLength(5);
    });

    it('refuses wrong geometry and coordinates, by JSON path; a file that is not JSON, naming it', async () => {
      const wrong = await uploadFile('wrong-geometry.geojson');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.details.map((d: { field: string; file?: string }) => [d.field, d.file])).toEqual([
        ['features.0.geometry.type', 'wrong-geometry.geojson'],
        ['features.1.geometry.coordinates.0.2', 'wrong-geometry.geojson'],
        ['features.2.geometry.coordinates.0.1', 'wrong-geometry.geojson'],
      ]);
      expect(wrong.json().error.details[0]).toMatchObject({ value: 'Point', expected: { en: 'Polygon or MultiPolygon' } });

      const notJson = await uploadFile('not-json.geojson');
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error).toMatchObject({
        code: 'validation_failed',
        message: { en: 'The file not-json.geojson is not well-formed JSON (GeoJSON)' },
        details: [{ field: 'file', file: 'not-json.geojson' }],
      });

      for (const body of [{ type: 'Feature', geometry: null }, { type: 'FeatureCollection', features: [] }, [1, 2]]) {
        const response = await upload(body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().error.details[0].field).toMatch(/^(type|features)$/);
      }
      const garbled = await upload('{"type": "FeatureCollection",', { 'content-type': 'application/json' });
      expect(garbled.statusCode).toBe(400);
      const empty = await send(api.app, 'PUT', '/api/boundaries', { session: admin, payload: '--b--\r\n', headers: { 'content-type': 'multipart/form-data; boundary=b' } });
      expect(empty.statusCode).toBe(400);
      expect((await read(viewer)).json().features).toHaveLength(5);
    });

    it('only administrators upload or remove them; removing twice is not found', async () => {
      expect((await send(api.app, 'PUT', '/api/boundaries', { payload: JSON.parse(fixture(GOOD)) })).statusCode).toBe(401);
      const refused = await send(api.app, 'PUT', '/api/boundaries', { session: viewer, payload: JSON.parse(fixture(GOOD)) });
      expect(refused.statusCode).toBe(403);
      expect((await send(api.app, 'DELETE', '/api/boundaries', { session: viewer })).statusCode).toBe(403);
      expect((await send(api.app, 'DELETE', '/api/boundaries', { session: admin })).statusCode).toBe(204);
      expect((await read(viewer)).statusCode).toBe(404);
      expect((await api.app.inject({ method: 'GET', url: '/api/settings' })).json().boundaries).toBeNull();
      expect((await send(api.app, 'DELETE', '/api/boundaries', { session: admin })).statusCode).toBe(404);
    });
  });
}
