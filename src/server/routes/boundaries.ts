/**
 * Region boundaries for the web map (GeoJSON), uploaded by an administrator — Plansight ships
 * none. PUT takes a FeatureCollection as the JSON body (up to the JSON body limit) or as a
 * multipart file in the field `file` (up to the larger upload limit); it is checked, matched
 * to the plan's regions and stored normalised (commands/boundaries.ts). GET serves it to any
 * signed-in user, and to anonymous readers while the public portal is on (published map data).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeContextOf } from '../change-context.ts';
import {
  deleteBoundaries, normaliseBoundaries, parseBoundariesFile, readBoundariesText, saveBoundaries,
} from '../commands/boundaries.ts';
import { safeFilename } from '../commands/imports-upload-file.ts';
import { errors } from '../errors.ts';
import { requireActor, requireUser } from '../policy/require-actor.ts';
import { boundariesSummarySchema, boundariesUploadSchema, boundaryCollectionSchema } from '../schemas/boundaries-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { ServerContext } from '../server-context.ts';

const READ_PUBLISHED = { kind: 'read', resource: { kind: 'published' } } as const;
const ADMINISTER = { kind: 'administer' } as const;
const NO_BOUNDARIES = { zh: '地区边界（尚未上传）', en: 'region boundaries (none uploaded)' };
const DEFAULT_NAME = 'boundaries.geojson';

/** The upload as parsed JSON, with the name it is kept under. */
async function readUpload(request: FastifyRequest): Promise<{ name: string; json: unknown; file?: string }> {
  if (!request.isMultipart()) {
    const body = request.body as { name?: unknown } | undefined;
    const name = typeof body?.name === 'string' && body.name.trim() !== '' ? safeFilename(body.name) : DEFAULT_NAME;
    return { name, json: body };
  }
  const part = await request.file();
  if (!part) {
    throw errors.validationFailed([{ field: 'file', expected: { zh: '一个 GeoJSON 文件（.geojson 或 .json）', en: 'one GeoJSON file (.geojson or .json)' } }], {
      zh: '请求中没有文件',
      en: 'The request holds no file',
    });
  }
  const file = safeFilename(part.filename) || DEFAULT_NAME;
  return { name: file, json: parseBoundariesFile(await part.toBuffer(), file), file };
}

export const boundaryRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['settings'];
  // GeoJSON's own media type, for these routes only.
  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.get(
    '/api/boundaries',
    {
      schema: {
        tags,
        security: [{}, { session: [] }, { token: [] }],
        summary: 'The uploaded region boundaries (GeoJSON); anonymous while the public portal is on',
        description:
          '地区边界（GeoJSON FeatureCollection，每个要素的属性为规划地区的 code 与 name）。尚未上传时返回 404。支持 ETag / If-None-Match。',
        response: {
          200: boundaryCollectionSchema,
          304: z.undefined().describe('Not modified (If-None-Match)'),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request, reply) => {
      requireActor(request, READ_PUBLISHED);
      const stored = await readBoundariesText(ctx.store.db);
      if (stored === null) throw errors.notFound(NO_BOUNDARIES);
      const etag = `"${createHash('sha256').update(stored.updatedAt).update(String(stored.json.length)).digest('base64url').slice(0, 16)}"`;
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      // Stored normalised: the JSON text is sent as it is (Fastify does not serialise a string
      // with a JSON content type), not parsed and serialised again.
      return reply.type('application/json; charset=utf-8').send(stored.json as unknown as z.output<typeof boundaryCollectionSchema>);
    },
  );

  app.put(
    '/api/boundaries',
    {
      schema: {
        tags,
        summary: 'Upload region boundaries: a GeoJSON FeatureCollection matched to the plan’s regions (administrators)',
        description:
          '上传地区边界（GeoJSON FeatureCollection）：JSON 请求体（application/json 或 application/geo+json，受 JSON 大小上限约束）或 multipart/form-data 的 file 字段（上限更大）。' +
          '每个要素须为 Polygon 或 MultiPolygon，经度 −180 至 180、纬度 −90 至 90；按属性 adcode、code 或 gb（GB/T 2260 代码）或 name（地区中文或英文名称）对应到规划地区。' +
          '有对应不上的要素或几何错误时整体拒绝（400，逐项列出要素序号及其名称或代码）。替换之前上传的边界。',
        consumes: ['application/json', 'application/geo+json', 'multipart/form-data'],
        body: boundariesUploadSchema,
        response: { 200: boundariesSummarySchema, ...errorResponses(400, 401, 403, 413, 415) },
      },
    },
    async (request) => {
      // Refused before a file is read.
      const actor = requireUser(request, ADMINISTER);
      const upload = await readUpload(request);
      const normalised = normaliseBoundaries(ctx.plan, upload.json, upload.file);
      const summary = await saveBoundaries(ctx.store.db, upload.name, normalised, changeContextOf(actor, ctx.now()));
      request.log.info({ features: summary.features, regions: summary.matchedRegions.length }, 'boundaries uploaded');
      return summary;
    },
  );

  app.delete(
    '/api/boundaries',
    {
      schema: {
        tags,
        summary: 'Remove the uploaded region boundaries (administrators)',
        description: '删除已上传的地区边界。',
        response: { 204: z.undefined().describe('Removed'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request, ADMINISTER);
      if (!(await deleteBoundaries(ctx.store.db, changeContextOf(actor, ctx.now())))) throw errors.notFound(NO_BOUNDARIES);
      return reply.code(204).send();
    },
  );
};
