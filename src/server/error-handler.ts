/**
 * One place turns every failure into the catalogue's envelope: errors the routes throw,
 * validation failures, Fastify's own (body too large, bad JSON, wrong content type),
 * database constraint violations, and anything unexpected — which is logged with its stack
 * and reaches the client only as `internal` with a request id.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ServerConfig } from './config.ts';
import { translateDatabaseError } from './database-errors.ts';
import { ApiError, errors } from './errors.ts';
import { validationError } from './validation-errors.ts';

const UPLOAD_LIMIT_CODES = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);

/** The catalogue error for anything thrown while handling a request. */
export function toApiError(error: unknown, request: FastifyRequest, config: ServerConfig): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationError(error.validation, error.validationContext);
  const fastifyError = error as Partial<FastifyError>;
  if (Array.isArray(fastifyError.validation)) return validationError(fastifyError.validation, fastifyError.validationContext);
  const database = translateDatabaseError(error);
  if (database) return database;
  const code = fastifyError.code ?? '';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return errors.payloadTooLarge(config.bodyLimitBytes);
  if (UPLOAD_LIMIT_CODES.has(code)) return errors.payloadTooLarge(config.uploadLimitBytes);
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return errors.unsupportedMediaType(request.headers['content-type']);
  }
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return errors.validationFailed([{ field: 'body', expected: { zh: '合法的 JSON', en: 'well-formed JSON' } }], {
      zh: '请求体不是合法的 JSON',
      en: 'The request body is not well-formed JSON',
    });
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) return errors.payloadTooLarge();
  if (status === 415) return errors.unsupportedMediaType(request.headers['content-type']);
  if (status === 404) return errors.routeNotFound(request.method, request.url);
  if (status === 401) return errors.unauthenticated();
  if (status === 403) return errors.forbidden();
  if (status >= 400 && status < 500) {
    return errors.validationFailed([], { zh: '请求无效', en: `The request is not valid (${code || status})` });
  }
  return errors.internal();
}

function send(reply: FastifyReply, error: ApiError, request: FastifyRequest): FastifyReply {
  return reply.status(error.status).headers(error.headers).type('application/json; charset=utf-8').send(error.envelope(request.id));
}

/** Answers a request no route matched, when it is a page of the web app (its client-side routes). */
export type PageFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null;

export function installErrorHandlers(app: FastifyInstance, config: ServerConfig, pageFallback: PageFallback | null = null): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error, request, config);
    if (apiError.status >= 500) {
      // The stack stays in the log, found by the request id the client was given.
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: apiError.code, status: apiError.status }, 'request refused');
    }
    return send(reply, apiError, request);
  });
  app.setNotFoundHandler((request, reply) => pageFallback?.(request, reply) ?? send(reply, errors.routeNotFound(request.method, request.url.split('?')[0] ?? ''), request));
}
