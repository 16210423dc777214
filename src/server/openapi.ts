/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and
 * serialise responses, at `/api/openapi.json`; browsable docs (Swagger UI, from its npm
 * package) at `/api/docs`. Both are public: they describe the API, not its data.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from './auth/session-cookie.ts';
import { DOCS_CSP } from './security-headers.ts';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

const DESCRIPTION = `Plansight 规划监测评估平台 — the HTTP API.

**Authentication.** Browsers log in with \`POST /api/auth/login\` and get the HttpOnly cookie \`${SESSION_COOKIE}\`
(12 h sliding). Every POST, PUT, PATCH and DELETE made with the cookie must send the session's CSRF token (from login or
\`GET /api/auth/session\`) in the \`x-csrf-token\` header. Machine clients send \`Authorization: Bearer psk_…\` (an API token:
scope \`read\`, or \`read\` and \`write\`); they need no CSRF token.

**Errors.** Every error, whatever its status, has one shape:
\`{ "error": { "code": "validation_failed", "message": { "zh": "…", "en": "…" }, "details": [ { "field": "username", "expected": { "zh": "…", "en": "…" } } ], "requestId": "…" } }\`.
\`code\` is stable: validation_failed 400, unauthenticated 401, invalid_credentials 401, forbidden 403, forbidden_region 403,
csrf_failed 403, not_found 404, method_not_allowed 405, conflict 409, payload_too_large 413, unsupported_media_type 415, invalid_file 422, locked 423,
account_locked 423, rate_limited 429 (with Retry-After), internal 500, unavailable 503. \`details\` names where the problem is
(\`field\` as a JSON path such as \`regions.0\`; \`sheet\`, \`row\`, \`column\` for files). \`requestId\` is also the
\`x-request-id\` response header. Successful responses are plain JSON documents.`;

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Plansight API', version, description: DESCRIPTION, license: { name: 'Apache-2.0', identifier: 'Apache-2.0' } },
      tags: [
        { name: 'system', description: 'Health' },
        { name: 'auth', description: 'Login, logout, session' },
        { name: 'plan', description: 'The plan as data (read-only)' },
        { name: 'accounts', description: 'Users and API tokens' },
        { name: 'observations', description: 'Observations and their workflow: enter, submit, approve, return, reopen; the audit trail (监测数据与联网直报审核)' },
        { name: 'imports', description: 'CSV and Excel uploads: preview, then commit (文件导入：预演后提交)' },
        { name: 'templates', description: 'Excel templates to fill in (Excel 填报模板)' },
        { name: 'calendar', description: 'The reporting calendar: due and overdue by region (填报日历)' },
        { name: 'evaluation', description: 'Where every target stands, as `plansight evaluate --format json` (规划实施评估)' },
        { name: 'enterprises', description: 'The enterprise registry: search, annual data, certifications (企业库)' },
        { name: 'cultivation', description: 'Enterprise tier cultivation and support policies: assessments, the pipeline, 免申即享 (企业梯度培育与惠企政策)' },
        { name: 'projects', description: 'Key projects: progress, milestones, delays, history (重点项目)' },
        { name: 'public', description: 'Open data, approved values only: JSON and CSV (公开数据；匿名访问需开启公众门户)' },
        { name: 'reports', description: 'The mid-term evaluation report: Word, PDF, HTML (中期评估报告)' },
        { name: 'settings', description: 'Site settings: the public-portal switch, uploaded region boundaries (站点设置与地区边界)' },
      ],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login; writes also need x-csrf-token' },
          token: { type: 'http', scheme: 'bearer', description: 'An API token, psk_…' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS_PATH,
    staticCSP: DOCS_CSP,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
