/**
 * Region boundaries (GeoJSON) an administrator uploads for the web map. The upload is read
 * and checked by the route itself (a JSON body or a multipart file), so its schema only
 * documents it; what is stored and served is the normalised collection below.
 */
import { z } from 'zod';
import { regionCodeSchema } from '../../plan/schema.ts';
import { textSchema } from '../errors.ts';

export const boundariesSummarySchema = z.object({
  name: z.string().describe('The uploaded file’s name, or the collection’s `name` member when sent as JSON'),
  features: z.number().int().describe('How many features (outlines) were stored'),
  matchedRegions: z.array(regionCodeSchema).describe('The plan regions with an outline, in the plan’s order'),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable().describe('The administrator’s username (null for anonymous readers)'),
});

const position = z.array(z.number()).describe('[longitude, latitude] (WGS 84 as uploaded)');

const geometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
]);

export const boundaryCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({ code: regionCodeSchema.describe('GB/T 2260 code of the plan region'), name: textSchema }),
        geometry: geometrySchema,
      }),
    ),
  })
  .describe('GeoJSON FeatureCollection: one Polygon or MultiPolygon per feature, properties reduced to the matched plan region');

/** Documents both ways to upload; the route reads and checks the body itself. */
export const boundariesUploadSchema = z.any().meta({
  description:
    'A GeoJSON FeatureCollection as the JSON body (application/json, up to the JSON body limit), or multipart/form-data with the ' +
    'file in the field `file` (up to the upload limit). Each feature: a Polygon or MultiPolygon, matched to a plan region by the ' +
    'property `adcode`, `code` or `gb` (GB/T 2260), or by `name` (the region’s Chinese or English name).',
  type: 'object',
  properties: {
    type: { const: 'FeatureCollection' },
    features: { type: 'array', items: { type: 'object' } },
    file: { type: 'string', format: 'binary', description: 'multipart/form-data: a .geojson or .json file' },
  },
});
