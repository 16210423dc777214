/**
 * The error catalogue of the HTTP API: every error a client can see has an HTTP status, a
 * stable `code`, a message in Chinese and English a person can act on, and structured
 * details. Every error reaches the client in one envelope:
 *
 *     { "error": { "code": "validation_failed",
 *                  "message": { "zh": "…", "en": "…" },
 *                  "details": [ { "field": "username", "expected": { "zh": "…", "en": "…" } } ],
 *                  "requestId": "…" } }
 *
 * `details` is always an array (often empty); a detail names where the problem is (`field`
 * for JSON paths like `regions.0`, `sheet`/`row`/`column` for uploaded files), and may carry
 * the offending `value` (never for secrets) and what was `expected`. `requestId` matches the
 * `x-request-id` response header and the server log. Successful responses carry no envelope.
 */
import { z } from 'zod';

export const textSchema = z.object({ zh: z.string(), en: z.string() }).describe('A message in Chinese and English');
export type Text = z.infer<typeof textSchema>;

export const errorDetailSchema = z
  .object({
    field: z.string().optional().describe('JSON path of the offending input, e.g. `regions.0`'),
    sheet: z.string().optional(),
    row: z.number().int().optional(),
    column: z.string().optional(),
    value: z.unknown().optional().describe('The offending value (never a secret)'),
    expected: textSchema.optional().describe('What would have been accepted'),
    file: z.string().optional().describe('The uploaded file a row belongs to'),
    message: textSchema.optional().describe('The whole sentence for this one problem (uploaded files: placed by row and column)'),
  })
  .describe('Where a problem is and what was expected');
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

export const ERROR_CODES = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  forbidden_region: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  // An uploaded file that was read but holds invalid rows: nothing was written.
  invalid_file: 422,
  // 423 Locked for both: the data or the account is locked; a client can tell them apart by code.
  locked: 423,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]).describe('Stable: clients branch on it'),
      message: textSchema,
      details: z.array(errorDetailSchema),
      requestId: z.string().optional().describe('Quote it when reporting a problem: it finds the log entry'),
    }),
  })
  .describe('Every error, whatever its status');
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly text: Text,
    readonly details: ErrorDetail[] = [],
    /** Response headers that belong to the error (Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en);
    this.name = 'ApiError';
    this.status = ERROR_CODES[code];
  }

  envelope(requestId?: string): ErrorEnvelope {
    return { error: { code: this.code, message: this.text, details: this.details, ...(requestId ? { requestId } : {}) } };
  }
}

/** The catalogue's constructors: one per situation, with the words a person can act on. */
export const errors = {
  validationFailed: (details: ErrorDetail[], text: Text = { zh: '请求内容不符合要求', en: 'The request is not valid' }) =>
    new ApiError('validation_failed', text, details),
  unauthenticated: () => new ApiError('unauthenticated', { zh: '请先登录', en: 'Please log in' }),
  invalidToken: () => new ApiError('unauthenticated', { zh: 'API 令牌无效、已过期或已撤销', en: 'The API token is invalid, expired or revoked' }),
  invalidCredentials: () => new ApiError('invalid_credentials', { zh: '用户名或密码不正确', en: 'Incorrect username or password' }),
  accountLocked: (until: string, now: Date) =>
    new ApiError(
      'account_locked',
      { zh: `连续登录失败次数过多，账户已锁定至 ${until}`, en: `Too many failed logins: the account is locked until ${until}` },
      [{ field: 'lockedUntil', value: until, expected: { zh: '锁定结束后再试，或请管理员重置密码', en: 'try again after the lock ends, or ask an administrator to reset the password' } }],
      { 'retry-after': String(Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000))) },
    ),
  forbidden: (text: Text = { zh: '无权执行此操作', en: 'You are not allowed to do this' }) => new ApiError('forbidden', text),
  forbiddenRegion: (regionCode: string) =>
    new ApiError('forbidden_region', { zh: `无权操作地区 ${regionCode} 的数据`, en: `You may not act on the data of region ${regionCode}` }, [
      { field: 'regionCode', value: regionCode },
    ]),
  readOnlyToken: () =>
    new ApiError('forbidden', { zh: '此 API 令牌只有读取权限', en: 'This API token may only read' }, [
      { field: 'scopes', expected: { zh: '需要 write 权限的令牌', en: 'a token with the write scope' } },
    ]),
  csrfFailed: () =>
    new ApiError('csrf_failed', { zh: '缺少或错误的 CSRF 令牌（请求头 x-csrf-token）', en: 'Missing or wrong CSRF token (header x-csrf-token)' }, [
      { field: 'x-csrf-token', expected: { zh: '登录或 GET /api/auth/session 返回的 csrfToken', en: 'the csrfToken returned by login or GET /api/auth/session' } },
    ]),
  notFound: (what: Text = { zh: '资源', en: 'resource' }, details: ErrorDetail[] = []) =>
    new ApiError('not_found', { zh: `找不到${what.zh}`, en: `No such ${what.en}` }, details),
  routeNotFound: (method: string, url: string) =>
    new ApiError('not_found', { zh: `没有此接口：${method} ${url}`, en: `No such endpoint: ${method} ${url}` }),
  methodNotAllowed: () => new ApiError('method_not_allowed', { zh: '此接口不支持该请求方法', en: 'This endpoint does not accept that method' }),
  conflict: (details: ErrorDetail[], text: Text = { zh: '与已有数据冲突', en: 'Conflicts with existing data' }) => new ApiError('conflict', text, details),
  locked: (text: Text) => new ApiError('locked', text),
  payloadTooLarge: (limitBytes?: number) =>
    new ApiError(
      'payload_too_large',
      limitBytes === undefined
        ? { zh: '请求内容过大', en: 'The request is too large' }
        : { zh: `请求内容过大（上限 ${formatBytes(limitBytes)}）`, en: `The request is too large (limit ${formatBytes(limitBytes)})` },
    ),
  unsupportedMediaType: (contentType: string | undefined) =>
    new ApiError(
      'unsupported_media_type',
      { zh: '不支持的内容类型，请发送 JSON（application/json）', en: 'Unsupported content type: send JSON (application/json)' },
      [{ field: 'content-type', value: contentType ?? null, expected: { zh: 'application/json', en: 'application/json' } }],
    ),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError(
      'rate_limited',
      { zh: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`, en: `Too many requests: try again in ${retryAfterSeconds} s` },
      [],
      { 'retry-after': String(retryAfterSeconds) },
    ),
  internal: () => new ApiError('internal', { zh: '服务器内部错误，请把 requestId 告诉管理员', en: 'Internal server error: give the requestId to an administrator' }),
  unavailable: () => new ApiError('unavailable', { zh: '服务暂不可用（数据库无法访问）', en: 'Service unavailable (the database cannot be reached)' }),
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
