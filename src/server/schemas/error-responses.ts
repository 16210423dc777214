/**
 * The error envelope in a route's response schema, for the statuses the route can answer
 * with: the OpenAPI document then shows clients every error shape (500 always).
 */
import { errorEnvelopeSchema } from '../errors.ts';

const DESCRIPTIONS = {
  400: 'validation_failed: the request is not valid (details name each field)',
  401: 'unauthenticated or invalid_credentials: log in, or send a valid API token',
  403: 'forbidden, forbidden_region or csrf_failed',
  404: 'not_found',
  409: 'conflict: clashes with stored data (e.g. a taken username)',
  413: 'payload_too_large',
  415: 'unsupported_media_type: send JSON',
  423: 'locked or account_locked',
  429: 'rate_limited: try again after Retry-After seconds',
  500: 'internal: quote the requestId',
  503: 'unavailable: the database cannot be reached',
} as const;

type ErrorStatus = Exclude<keyof typeof DESCRIPTIONS, 500>;

export function errorResponses(...statuses: ErrorStatus[]): Record<number, typeof errorEnvelopeSchema> {
  const out: Record<number, typeof errorEnvelopeSchema> = {};
  for (const status of [...statuses, 500 as const]) out[status] = errorEnvelopeSchema.describe(DESCRIPTIONS[status]);
  return out;
}
