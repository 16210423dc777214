/**
 * Every text of a request — path and query parameters, JSON body values and keys — must be
 * storable as given (see records/storable-text.ts): checked once for all routes, after
 * parsing and before each route's schema, so a NUL byte in a note is a 400 naming the
 * field on both engines rather than a 500 from PostgreSQL.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UNSTORABLE_PROBLEM, unstorableText } from '../records/storable-text.ts';
import { errors, type ErrorDetail } from './errors.ts';
import { fieldOf } from './validation-errors.ts';

const DEPTH_LIMIT = 64; // bodies are at most 1 MiB; deeper nesting is left to the schema to refuse

function collect(value: unknown, path: string[], location: string, found: ErrorDetail[], depth = 0): void {
  if (found.length >= 20 || depth > DEPTH_LIMIT) return;
  if (typeof value === 'string') {
    const reason = unstorableText(value);
    if (reason) found.push({ field: fieldOf(`/${path.join('/')}`, location) ?? location, expected: UNSTORABLE_PROBLEM[reason] });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const reason = unstorableText(key);
    // The key is named with its bad characters shown as '?': the answer must be storable JSON text too.
    // eslint-disable-next-line no-control-regex
    if (reason) found.push({ field: fieldOf(`/${[...path, key.replace(/[\u0000\uD800-\uDFFF]/g, '?')].join('/')}`, location) ?? location, expected: UNSTORABLE_PROBLEM[reason] });
    collect(item, [...path, key], location, found, depth + 1);
  }
}

export function unstorableFields(request: Pick<FastifyRequest, 'params' | 'query' | 'body'>): ErrorDetail[] {
  const found: ErrorDetail[] = [];
  collect(request.params, [], 'params', found);
  collect(request.query, [], 'querystring', found);
  collect(request.body, [], 'body', found);
  return found;
}

export function installStorableInputCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found = unstorableFields(request);
    if (found.length > 0) {
      const fields = found.map((d) => d.field).join('、');
      throw errors.validationFailed(found, { zh: `请求含有无法保存的字符：${fields}`, en: `The request holds characters that cannot be stored: ${found.map((d) => d.field).join(', ')}` });
    }
  });
}
