/**
 * The people of the observation, import and calendar tests — one account per role, each
 * logged in — and a multipart upload as a browser sends it.
 */
import type { FastifyInstance } from 'fastify';
import { withCheckChar } from '../../src/records/credit-code.ts';
import type { ServerConfigInput } from '../../src/server/config.ts';
import type { Engine } from '../../src/store/engine.ts';
import { DEFAULT_PASSWORD, testApi, type Credentials, type Session, type TestApi } from './support.ts';

export const HAIKOU = '460100';
export const SANYA = '460200';
export const DANZHOU = '460400';
/** The enterprise account's own enterprise, registered in Haikou by the tests that need it. */
export const OWN_CREDIT_CODE = withCheckChar('91460100MA5T00001');

export interface Cast {
  api: TestApi;
  admin: Session;
  analyst: Session;
  /** Region officer of Haikou. */
  haikou: Session;
  /** Region officer of Danzhou, where the Yangpu park lies. */
  danzhou: Session;
  /** Park officer of Yangpu. */
  yangpu: Session;
  enterprise: Session;
  viewer: Session;
}

export async function castOf(engine: Engine, config: ServerConfigInput = {}): Promise<Cast> {
  const api = await testApi(engine, config);
  await api.addUser({ username: 'alice', role: 'admin' });
  await api.addUser({ username: 'anna', role: 'province-analyst' });
  await api.addUser({ username: 'hai', role: 'region-officer', regions: [HAIKOU] });
  await api.addUser({ username: 'dan', role: 'region-officer', regions: [DANZHOU] });
  await api.addUser({ username: 'yang', role: 'park-officer', parkId: 'yangpu' });
  await api.addUser({ username: 'ent', role: 'enterprise', creditCode: OWN_CREDIT_CODE });
  await api.addUser({ username: 'vic', role: 'viewer' });
  const login = (username: string) => api.login(username, DEFAULT_PASSWORD);
  return {
    api,
    admin: await login('alice'),
    analyst: await login('anna'),
    haikou: await login('hai'),
    danzhou: await login('dan'),
    yangpu: await login('yang'),
    enterprise: await login('ent'),
    viewer: await login('vic'),
  };
}

const BOUNDARY = '----plansight-test-boundary';

/** A multipart/form-data body holding one file, as a browser's form would send it. */
export function multipartBody(filename: string, content: Buffer | string, field = 'file'): { payload: Buffer; contentType: string } {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

/** POSTs a file to `url` with the given credentials (cookie and CSRF token, or a bearer token). */
export function upload(app: FastifyInstance, url: string, credentials: Credentials, filename: string, content: Buffer | string) {
  const { payload, contentType } = multipartBody(filename, content);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (credentials.session) {
    headers.cookie = credentials.session.cookie;
    if (credentials.csrf !== false) headers['x-csrf-token'] = credentials.csrf ?? credentials.session.csrfToken;
  }
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  return app.inject({ method: 'POST', url, headers, payload });
}

/** CSV text from lines. */
export function csv(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
