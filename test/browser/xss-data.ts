/**
 * The stored-XSS test's data: script payloads saved in every value a user can type as free
 * text — through the importer and the API, as a client would send them — on top of the demo
 * data. Each place gets a payload of its own, so a page showing one proves it is that field.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { importRecords } from '../../src/commands/import-records.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { createUser } from '../../src/server/commands/create-user.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { tempDir } from '../ingest/support.ts';
import { hainanPlan } from '../server/support.ts';
import { sessionHeaders } from './api.ts';
import type { DemoServer } from './support.ts';

const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=2;alert(2)</script>';
/**
 * A file name cannot hold the others: the server keeps only what follows the last `/` (so
 * `</script>` would be cut), and browsers send `"` in a multipart file name as `%22`.
 */
const IMG_UNQUOTED = '<img src=x onerror=window.__xss=3;alert(3)>';

export const PAYLOAD = {
  enterprise: `${IMG}椰风${SCRIPT}科技有限公司`,
  note: `${SCRIPT}统计局${IMG}`,
  displayName: `${IMG}管理员`,
  progress: `${IMG}进展${SCRIPT}`,
  milestone: `${IMG}封顶`,
  /** xss-admin's own token, one it made for demo-haikou, demo-analyst's own. */
  adminToken: `${IMG}同步脚本`,
  haikouToken: `${SCRIPT}海口导入${IMG}`,
  analystToken: `${IMG}周报${SCRIPT}`,
  returnReason: `${IMG}与公报不一致${SCRIPT}`,
  submittedNote: `${IMG}快报数${SCRIPT}`,
  /** Uploaded through the API (then committed), and through the data page. */
  apiFile: `${IMG_UNQUOTED}海口数据.csv`,
  pageFile: `${IMG_UNQUOTED}数字经济.csv`,
} as const;

/** The markup the payloads would make: none may be in a report or a page. */
export const LIVE_MARKUP = ['<img src=x', '<script>window.__xss'] as const;

export const ADMIN = { username: 'xss-admin', password: 'xss-admin-2026' } as const;
export const ENTERPRISE_CREDIT = withCheckChar('91460100MA5TX0001');
export const PROJECT = 'advanced-packaging-base';
export const HAIKOU = '460100';
/** Demo data ends in 2028: Haikou's 2029 values are the test's own. */
export const YEAR = '2029';
export const SERIES = { returned: '地区生产总值', resubmitted: '高新技术产业营收', imported: '数字经济核心产业营收' } as const;

type Headers = Record<string, string>;

/** Writes every payload; throws on any refusal, naming the step. */
export async function seedPayloads(server: DemoServer): Promise<void> {
  const plan = await hainanPlan();
  await importRegistryAndNote(server, plan);
  await createUser({ db: server.store.db, plan, change: changeOf() }, { username: ADMIN.username, displayName: PAYLOAD.displayName, role: 'admin', password: ADMIN.password });
  const admin = await sessionHeaders(server, ADMIN.username, ADMIN.password);
  const haikou = await sessionHeaders(server, 'demo-haikou');
  const analyst = await sessionHeaders(server, 'demo-analyst');
  const send = sender(server);

  // A project progress note and a milestone name. The milestone is due before any of the demo
  // data's (the earliest is 30 days after the base year), so the report lists it first among
  // the overdue ones (it lists the 30 most overdue, one a project).
  await send('progress', 'PUT', `/api/projects/${PROJECT}/progress/2027`, admin, { stage: 'construction', note: PAYLOAD.progress });
  await send('milestone', 'PUT', `/api/projects/${PROJECT}/milestones/${encodeURIComponent(PAYLOAD.milestone)}`, admin, { dueOn: '2026-01-15' });

  // API tokens: the administrator's own, one it makes for demo-haikou, demo-analyst's own.
  const users = (await send('users', 'GET', '/api/users', admin)) as { items: { id: number; username: string }[] };
  const haikouId = users.items.find((u) => u.username === 'demo-haikou')!.id;
  await send('admin token', 'POST', '/api/tokens', admin, { name: PAYLOAD.adminToken });
  await send('token for demo-haikou', 'POST', '/api/tokens', admin, { name: PAYLOAD.haikouToken, userId: haikouId, scopes: ['read', 'write'] });
  await send('analyst token', 'POST', '/api/tokens', analyst, { name: PAYLOAD.analystToken });

  // Return reasons: one value left returned; another returned, then submitted again with its note.
  const returned = await enterAndSubmit(send, haikou, { indicatorId: 'gdp', value: 2100 });
  await send('return', 'POST', `/api/observations/${returned}/return`, analyst, { reason: PAYLOAD.returnReason });
  const resubmitted = await enterAndSubmit(send, haikou, { indicatorId: 'hitech-revenue', value: 2900, note: PAYLOAD.submittedNote });
  await send('return', 'POST', `/api/observations/${resubmitted}/return`, analyst, { reason: PAYLOAD.returnReason });
  await send('submit again', 'POST', `/api/observations/${resubmitted}/submit`, haikou);

  // A file uploaded through the import route and committed: its name becomes the values' origin.
  const csv = `indicator,region,year,value\ndigital-economy-revenue,${HAIKOU},${YEAR},1400.5\n`;
  const form = multipart(PAYLOAD.apiFile, csv);
  const uploaded = await server.app.inject({ method: 'POST', url: '/api/imports?kind=observations', headers: { ...haikou, ...form.headers }, payload: form.body });
  expect(uploaded.statusCode, `upload: ${uploaded.body}`).toBe(201);
  // The API answers the name as it was sent: plain data in JSON, for the page to show as text.
  const preview = uploaded.json<{ id: string; file: string }>();
  expect(preview.file).toBe(PAYLOAD.apiFile);
  const committed = (await send('commit', 'POST', `/api/imports/${preview.id}/commit`, haikou)) as { file: string };
  expect(committed.file).toBe(PAYLOAD.apiFile);
}

/** An enterprise whose name and an observation whose note carry payloads, through the importer (as `plansight import`). */
async function importRegistryAndNote(server: DemoServer, plan: Plan): Promise<void> {
  const dir = tempDir();
  const enterprises = join(dir, 'xss-enterprises.csv');
  writeFileSync(enterprises, `统一社会信用代码,企业名称,所在市县\n${ENTERPRISE_CREDIT},${csvField(PAYLOAD.enterprise)},海口市\n`);
  const observations = join(dir, 'xss-observations.csv');
  writeFileSync(observations, `indicator,region,year,value,note\nhitech-revenue,,2029,9100,${csvField(PAYLOAD.note)}\n`);
  for (const [kind, path] of [['enterprises', enterprises], ['observations', observations]] as const) {
    const outcome = await importRecords({ store: server.store, plan, kind, path, dryRun: false, ctx: changeOf() });
    if (!outcome.ok) throw new Error(`${kind}: ${outcome.issues.map((i) => i.message.en).join('; ')}`);
  }
}

type Send = (step: string, method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers, payload?: object) => Promise<unknown>;

function sender(server: DemoServer): Send {
  return async (step, method, url, headers, payload) => {
    const response = await server.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    if (response.statusCode >= 300) throw new Error(`${step}: ${response.statusCode} ${response.body}`);
    return response.body ? response.json() : undefined;
  };
}

/** A Haikou value for the test year, entered and submitted by the Haikou officer: its id. */
async function enterAndSubmit(send: Send, officer: Headers, value: { indicatorId: string; value: number; note?: string }): Promise<number> {
  const created = (await send('enter', 'POST', '/api/observations', officer, { ...value, regionCode: HAIKOU, period: YEAR })) as { id: number };
  await send('submit', 'POST', `/api/observations/${created.id}/submit`, officer);
  return created.id;
}

/** A multipart/form-data body with one file part, its name in UTF-8 as browsers send it. */
function multipart(filename: string, content: string): { headers: Headers; body: Buffer } {
  const boundary = '----xss-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`, 'utf8'),
    Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body };
}

function csvField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function changeOf() {
  return { actor: 'cli:xss-test', at: new Date().toISOString(), origin: 'test' };
}
