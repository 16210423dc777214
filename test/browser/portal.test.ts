/// <reference lib="dom" />
/**
 * The public portal, switched by an administrator in the browser: while it is on, a visitor
 * (a browser context without a session) opens the overview, the indicators and the open
 * data without logging in — with a log-in button — and downloads indicators.csv; once it is
 * off again the same visitor is sent to the login page. The open-data page is also checked
 * for a signed-in user, in both languages.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { chooseOption, noToasts, POLL } from './widgets.ts';


describe('the public portal', () => {
  const demo = withDemoBrowser({ enterprises: 100 });

  it('opens to visitors while an administrator has it on, and closes again', async () => {
    const admin = await demo.signedIn('demo-admin');
    await admin.page.goto(`${demo.url}/admin?tab=portal`);
    const state = admin.page.getByTestId('portal-state');
    await expect(state.textContent()).resolves.toBe('已关闭');
    await screenshot(admin.page, 'admin-portal-off-zh');

    // Before: a visitor is sent to the login page.
    const visitor = await demo.open();
    await visitor.page.goto(demo.url);
    await visitor.page.waitForURL(/\/login/);

    // On, after the confirmation.
    await admin.page.getByTestId('portal-switch').click();
    await admin.page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => state.textContent(), POLL).toBe('已开启');
    await expect(admin.page.getByTestId('portal-restore').isVisible()).resolves.toBe(true);
    await noToasts(admin.page);
    await screenshot(admin.page, 'admin-portal-zh');

    // The visitor: the overview, with a log-in button and the public menu only.
    await visitor.page.goto(demo.url);
    await visitor.page.locator('nav').getByText('开放数据').waitFor();
    expect(new URL(visitor.page.url()).pathname).toBe('/');
    await expect(visitor.page.getByRole('button', { name: /登\s*录/ }).isVisible()).resolves.toBe(true);
    await expect(visitor.page.locator('nav').getByText('系统管理').count()).resolves.toBe(0);
    await settle(visitor.page);
    await screenshot(visitor.page, 'portal-cockpit-visitor-zh');

    // The indicators and one indicator.
    await visitor.page.goto(`${demo.url}/indicators`);
    await settle(visitor.page);
    expect(new URL(visitor.page.url()).pathname).toBe('/indicators');
    await visitor.page.goto(`${demo.url}/indicators/hitech-revenue`);
    await settle(visitor.page);
    expect(new URL(visitor.page.url()).pathname).toBe('/indicators/hitech-revenue');

    // Open data: the preview, and indicators.csv downloaded as the server names it.
    await visitor.page.goto(`${demo.url}/open-data`);
    await visitor.page.getByTestId('indicator-preview').waitFor();
    await expect(visitor.page.getByRole('button', { name: /登\s*录/ }).isVisible()).resolves.toBe(true);
    await expect(visitor.page.getByTestId('open-data-demo').isVisible()).resolves.toBe(true);
    const [download] = await Promise.all([visitor.page.waitForEvent('download'), visitor.page.getByTestId('download-indicators.csv').click()]);
    expect(download.suggestedFilename()).toBe('indicators.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,name_zh,name_en,category,unit/);
    expect(csv).toMatch(/hitech-revenue,高新技术产业营收/);

    // Observations filtered by indicator and year, as JSON.
    await chooseOption(visitor.page, visitor.page.getByTestId('filter-indicator'), '高新技术产业营收');
    const [json] = await Promise.all([visitor.page.waitForEvent('download'), visitor.page.getByTestId('download-observations.json').click()]);
    const observations = JSON.parse(await readFile((await json.path())!, 'utf8')) as { items: { indicator: string }[] };
    expect(observations.items.length).toBeGreaterThan(0);
    expect(new Set(observations.items.map((o) => o.indicator))).toEqual(new Set(['hitech-revenue']));
    await settle(visitor.page);
    await screenshot(visitor.page, 'open-data-visitor-zh');

    // Off again: the visitor is sent to the login page.
    await admin.page.getByTestId('portal-switch').click();
    await expect.poll(() => state.textContent(), POLL).toBe('已关闭');
    await visitor.page.goto(demo.url);
    await visitor.page.waitForURL(/\/login/);
    await visitor.page.goto(`${demo.url}/open-data`);
    await visitor.page.waitForURL(/\/login\?next=%2Fopen-data/);

    // Back to the operator's default.
    await admin.page.getByTestId('portal-restore').click();
    await expect.poll(() => admin.page.getByTestId('portal-restore').count(), POLL).toBe(0);

    expect(visitor.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
    await visitor.context.close();
    await admin.context.close();
  });

  it('shows the open data to a signed-in user, in Chinese and English', async () => {
    const { page, context, errors } = await demo.signedIn('demo-viewer');
    await page.goto(`${demo.url}/open-data`);
    await page.getByTestId('indicator-preview').waitFor();
    expect(await page.getByRole('button', { name: /登\s*录/ }).count()).toBe(0);
    await page.getByTestId('columns-observations').click();
    await page.getByTestId('open-data-columns').getByText('quarter', { exact: true }).waitFor();
    await page.getByTestId('columns-indicators').click();
    await page.getByTestId('open-data-columns').getByText('latest_value', { exact: true }).waitFor();
    const [evaluation] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-evaluation.json').click()]);
    const document = JSON.parse(await readFile((await evaluation.path())!, 'utf8')) as { year: number; indicators: unknown[] };
    expect(document.indicators.length).toBeGreaterThan(0);
    expect(document.year).toBeGreaterThanOrEqual(2025);
    await settle(page);
    await screenshot(page, 'open-data-zh');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Indicators at a glance (preview)').waitFor();
    await settle(page);
    await screenshot(page, 'open-data-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
