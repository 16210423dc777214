/// <reference lib="dom" />
/**
 * Stored XSS: values a user can type as free text — an enterprise name, an observation
 * note, a user's display name, a project progress note, a milestone name — saved with script payloads, then shown by the web app and
 * the HTML report. No dialog may open (page.on('dialog') fails the test), no payload may
 * run (it would set window.__xss), the payload is visible as text where the page shows the
 * value, and the HTML report carries it escaped, never as a live tag.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/commands/import-records.ts';
import { createUser } from '../../src/server/commands/create-user.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { tempDir } from '../ingest/support.ts';
import { hainanPlan } from '../server/support.ts';
import { launchChromium, logIn, openPage, settle, startDemoServer, type DemoServer } from './support.ts';

const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=2;alert(2)</script>';
const ENTERPRISE = `${IMG}椰风${SCRIPT}科技有限公司`;
const NOTE = `${SCRIPT}统计局${IMG}`;
const DISPLAY = `${IMG}管理员`;
const PROGRESS = `${IMG}进展${SCRIPT}`;
const MILESTONE = `${IMG}封顶`;
const PROJECT = 'advanced-packaging-base';
const CREDIT = withCheckChar('91460100MA5TX0001');

describe('stored script payloads are shown as text', () => {
  let server: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startDemoServer({ enterprises: 60 });
    const plan = await hainanPlan();
    const ctx = { actor: 'cli:xss-test', at: new Date().toISOString(), origin: 'test' };
    const dir = tempDir();
    const enterprises = join(dir, 'xss-enterprises.csv');
    writeFileSync(enterprises, `统一社会信用代码,企业名称,所在市县\n${CREDIT},"${ENTERPRISE.replace(/"/g, '""')}",海口市\n`);
    const observations = join(dir, 'xss-observations.csv');
    writeFileSync(observations, `indicator,region,year,value,note\nhitech-revenue,,2029,9100,"${NOTE.replace(/"/g, '""')}"\n`);
    for (const [kind, path] of [['enterprises', enterprises], ['observations', observations]] as const) {
      const outcome = await importRecords({ store: server.store, plan, kind, path, dryRun: false, ctx });
      if (!outcome.ok) throw new Error(`${kind}: ${outcome.issues.map((i) => i.message.en).join('; ')}`);
    }
    await createUser({ db: server.store.db, plan, change: ctx }, { username: 'xss-admin', displayName: DISPLAY, role: 'admin', password: 'xss-admin-2026' });
    // A project progress note and a milestone name, through the API as a browser would send them.
    const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xss-admin', password: 'xss-admin-2026' } });
    const headers = { cookie: `plansight_session=${login.cookies.find((c) => c.name === 'plansight_session')!.value}`, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
    const progress = await server.app.inject({ method: 'PUT', url: `/api/projects/${PROJECT}/progress/2027`, headers, payload: { stage: 'construction', note: PROGRESS } });
    if (progress.statusCode >= 300) throw new Error(`progress: ${progress.statusCode} ${progress.body}`);
    const milestone = await server.app.inject({ method: 'PUT', url: `/api/projects/${PROJECT}/milestones/${encodeURIComponent(MILESTONE)}`, headers, payload: { dueOn: '2027-10-31' } });
    if (milestone.statusCode >= 300) throw new Error(`milestone: ${milestone.statusCode} ${milestone.body}`);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(page: Page, path: string, dialogs: string[]): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await settle(page, 600);
    expect(dialogs, path).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    // No element the payloads would have created.
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  }

  it('pages render the payloads as text: no dialog, no script run', async () => {
    const { page, context } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await logIn(page, server.url, 'xss-admin', 'xss-admin-2026');
    // The display name, in the header of every page.
    await visit(page, '/', dialogs);
    await expect(page.getByText(DISPLAY, { exact: false }).first().isVisible()).resolves.toBe(true);
    await visit(page, `/enterprises/${CREDIT}`, dialogs);
    await expect(page.getByText(ENTERPRISE, { exact: false }).first().isVisible()).resolves.toBe(true);
    await visit(page, '/admin', dialogs);
    await expect(page.getByText(DISPLAY, { exact: false }).first().isVisible()).resolves.toBe(true);
    await visit(page, `/projects/${PROJECT}`, dialogs);
    await expect(page.getByText(PROGRESS, { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(MILESTONE, { exact: false }).first().isVisible()).resolves.toBe(true);
    for (const path of ['/enterprises', '/indicators', '/indicators/hitech-revenue', '/data', '/industry', '/map', '/projects']) await visit(page, path, dialogs);
    await context.close();
  });

  it('the HTML report escapes them', async () => {
    const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'xss-admin', password: 'xss-admin-2026' } });
    const cookie = login.cookies.find((c) => c.name === 'plansight_session')!;
    const report = await server.app.inject({ method: 'GET', url: '/api/reports/midterm?year=2029&format=html&lang=zh', headers: { cookie: `plansight_session=${cookie.value}` } });
    expect(report.statusCode).toBe(200);
    expect(report.body).not.toContain(IMG);
    expect(report.body).not.toContain('<script>window.__xss');
    expect(report.body).not.toMatch(/onerror="window/);
  });
});
