/**
 * Request validation failures (zod, through fastify-type-provider-zod) translated into one
 * `validation_failed` error whose details name each field by its JSON path. Zod's English
 * message is kept; the Chinese comes from zod's zh-CN locale. Values are never echoed: the
 * field could be a password.
 */
import type { FastifySchemaValidationError } from 'fastify';
import type { z } from 'zod';
// The one locale, not the index of all of them: the CLI loads this module too.
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { ApiError} from './errors.ts';
import { errors, type ErrorDetail, type Text } from './errors.ts';

const zhLocale = zhCN();

const TYPE_NAMES_ZH: Record<string, string> = {
  string: '字符串', number: '数字', int: '整数', boolean: '布尔值', object: '对象', array: '数组', null: 'null',
};

type Location = 'body' | 'querystring' | 'params' | 'headers' | string;

/** `/regions/0` → `regions.0`; query, path and header fields are prefixed with where they are. */
export function fieldOf(instancePath: string, location: Location | undefined): string | undefined {
  const path = instancePath.split('/').filter((p) => p.length > 0).join('.');
  const prefix = location === undefined || location === 'body' ? '' : `${location === 'querystring' ? 'query' : location}.`;
  if (path === '') return location === undefined || location === 'body' ? undefined : prefix.slice(0, -1);
  return prefix + path;
}

function chineseOf(issue: FastifySchemaValidationError): string {
  const raw = { code: issue.keyword, message: issue.message, path: [], ...issue.params } as unknown as z.core.$ZodRawIssue;
  if (issue.keyword === 'invalid_type') {
    const expected = String(issue.params.expected ?? '');
    const name = TYPE_NAMES_ZH[expected] ?? expected;
    // Without the input (never kept: it may be a password) only the English message knows it was missing.
    return /received undefined$/.test(issue.message ?? '') ? `缺少必填字段（应为${name}）` : `类型错误，应为${name}`;
  }
  if (issue.keyword === 'unrecognized_keys') return `含未知字段：${(issue.params.keys as string[] | undefined)?.join(', ') ?? ''}`;
  const text = zhLocale.localeError(raw);
  return typeof text === 'string' ? text : (text?.message ?? issue.message ?? '无效');
}

export function validationError(issues: readonly FastifySchemaValidationError[], location: Location | undefined): ApiError {
  const details: ErrorDetail[] = issues.flatMap((issue) => {
    const expected: Text = { zh: chineseOf(issue), en: issue.message ?? 'invalid' };
    // An unknown key is best named itself, not its parent object.
    const paths = issue.keyword === 'unrecognized_keys'
      ? ((issue.params.keys as string[] | undefined) ?? []).map((key) => `${issue.instancePath}/${key}`)
      : [issue.instancePath];
    return paths.map((path) => {
      const field = fieldOf(path, location);
      return field === undefined ? { expected } : { field, expected };
    });
  });
  const fields = details.map((d) => d.field).filter((f): f is string => f !== undefined);
  return errors.validationFailed(
    details,
    fields.length > 0
      ? { zh: `请求内容不符合要求：${fields.join('、')}`, en: `The request is not valid: ${fields.join(', ')}` }
      : undefined,
  );
}
