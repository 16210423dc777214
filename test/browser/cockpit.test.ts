/// <reference lib="dom" />
/**
 * The cockpit (总览) and the big screen (大屏) in a real Chromium: a card for every indicator
 * of the plan, the headline targets and the alerts; the mid-term report downloaded as Word;
 * a card opening its indicator; the big screen filling 1920×1080 without scrolling; an
 * anonymous reader of the public portal without the internal alerts and the report; both
 * languages photographed; no console error anywhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csrfOf, getJson, lastDataYear } from './api.ts';
import { screenshot, settle, withDemoBrowser } from './support.ts';

describe('the cockpit and the big screen', () => {
  const demo = withDemoBrowser({ enterprises: 100 });

  it('shows a card for every indicator, the headline targets and the alerts, in both languages', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    const indicators = (await getJson<{ items: { id: string }[] }>(page, '/api/plan/indicators')).items;

    // The default year first: every card is there whatever the year.
    await page.goto(demo.url);
    await page.getByTestId('indicator-card').first().waitFor();
    await expect(page.getByTestId('indicator-card').count()).resolves.toBe(indicators.length);

    const year = await lastDataYear(page);
    await page.goto(`${demo.url}/?year=${year}`);
    await page.getByTestId('indicator-card').first().waitFor();
    const cards = await page.getByTestId('indicator-card').evaluateAll((links) => links.map((a) => a.getAttribute('data-indicator')));
    expect(cards.sort()).toEqual(indicators.map((i) => i.id).sort());
    await expect(page.getByTestId('headline-card').count()).resolves.toBe(2);
    await expect(page.getByTestId('headline-card').first().textContent()).resolves.toContain('高新技术产业营收');
    await expect(page.getByTestId('status-chart').count()).resolves.toBe(1);
    await expect(page.getByTestId('schedule-chart').count()).resolves.toBe(1);
    await expect(page.getByTestId('poles-map').count()).resolves.toBe(1);
    await expect(page.getByTestId('industry-strip').textContent()).resolves.toContain('千亿级产业集群');
    // The alerts: indicators behind or deteriorating from the evaluation, and the internal tabs.
    await expect(page.getByTestId('alert-indicator').count()).resolves.toBeGreaterThan(0);
    const alerts = page.getByTestId('alerts-panel');
    await expect(alerts.getByRole('tab', { name: /逾期报送/ }).count()).resolves.toBe(1);
    await alerts.getByRole('tab', { name: /项目滞后/ }).click();
    await page.getByTestId('alert-project').first().waitFor();
    await settle(page);
    await screenshot(page, 'cockpit-zh');

    // A keyboard user reaches the cards: each is a link to its indicator.
    const first = page.getByTestId('indicator-card').first();
    await first.focus();
    await expect(first.evaluate((a) => a === document.activeElement && a.getAttribute('href'))).resolves.toMatch(/^\/indicators\/[a-z0-9-]+\?year=\d{4}$/);

    await page.getByTestId('lang-switch').click();
    await page.getByText('All indicators (').waitFor();
    await settle(page);
    await screenshot(page, 'cockpit-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the mid-term report as Word and opens an indicator from its card', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    const year = await lastDataYear(page);
    await page.goto(`${demo.url}/?year=${year}`);
    await page.getByTestId('indicator-card').first().waitFor();

    // A report takes seconds to tens of seconds (charts, the Word package), hence the long limits.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 150_000 }),
      page.getByTestId('report-button').click({ timeout: 150_000 }),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    // A Word document is a zip: it starts with "PK", and a whole report is far from empty.
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(100_000);
    await expect(page.getByTestId('report-button').isEnabled()).resolves.toBe(true);

    await page.locator('[data-testid="indicator-card"][data-indicator="digital-economy-revenue"]').click();
    await page.waitForURL(/\/indicators\/digital-economy-revenue\?year=\d{4}$/);
    await page.getByTestId('indicator-chart').waitFor();
    await expect(page.getByTestId('plan-quote').first().textContent()).resolves.toContain('数字经济核心产业营收力争突破4000亿元');
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('fills a 1920×1080 screen without scrolling, in both languages', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst', { width: 1920, height: 1080 });
    const indicators = (await getJson<{ items: unknown[] }>(page, '/api/plan/indicators')).items;
    const year = await lastDataYear(page);
    await page.goto(`${demo.url}/big-screen?year=${year}`);
    await page.getByTestId('bigscreen-tile').first().waitFor();
    await expect(page.getByTestId('bigscreen-tile').count()).resolves.toBe(indicators.length);
    await expect(page.getByTestId('big-headline').count()).resolves.toBe(2);
    await expect(page.getByTestId('alerts-ticker').count()).resolves.toBe(1);
    await expect(page.getByTestId('last-refreshed').textContent()).resolves.toMatch(/数据刷新于 \d{2}:\d{2}:\d{2}/);
    await expect(page.getByTestId('fullscreen-button').isVisible()).resolves.toBe(true);
    await settle(page, 1500);
    const fits = () =>
      page.evaluate(() => {
        const root = document.querySelector('[data-testid="big-screen"]')!;
        const overflowing = Array.from(root.querySelectorAll('.big-screen-panel')).filter((panel) => panel.getBoundingClientRect().bottom > window.innerHeight + 1);
        return {
          scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
          root: [root.scrollWidth, root.scrollHeight],
          overflowing: overflowing.length,
        };
      });
    await expect(fits()).resolves.toEqual({ scroll: [1920, 1080], root: [1920, 1080], overflowing: 0 });
    await screenshot(page, 'big-screen-zh');

    await page.getByRole('button', { name: /Switch to|切换为英文/ }).click();
    await page.getByText('All indicators').waitFor();
    await settle(page, 1500);
    await expect(fits()).resolves.toEqual({ scroll: [1920, 1080], root: [1920, 1080], overflowing: 0 });
    await screenshot(page, 'big-screen-en');

    await page.getByTestId('big-screen-back').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows anonymous readers of the public portal the published cockpit, without internal alerts or the report', async () => {
    const admin = await demo.signedIn('demo-admin');
    const switched = await admin.page.request.put(`${demo.url}/api/settings/public-portal`, {
      headers: { 'x-csrf-token': await csrfOf(admin.page, demo.url) },
      data: { enabled: true },
    });
    expect(switched.status()).toBe(200);

    const visitor = await demo.open();
    await visitor.page.goto(demo.url);
    await visitor.page.getByTestId('indicator-card').first().waitFor();
    const indicators = (await getJson<{ items: unknown[] }>(visitor.page, '/api/plan/indicators')).items;
    await expect(visitor.page.getByTestId('indicator-card').count()).resolves.toBe(indicators.length);
    await expect(visitor.page.getByTestId('report-button').count()).resolves.toBe(0);
    await expect(visitor.page.getByTestId('pending-switch').count()).resolves.toBe(0);
    const alerts = visitor.page.getByTestId('alerts-panel');
    await expect(alerts.getByRole('tab', { name: /逾期报送/ }).count()).resolves.toBe(0);
    await expect(alerts.getByRole('tab', { name: /项目滞后/ }).count()).resolves.toBe(0);
    await settle(visitor.page);
    await screenshot(visitor.page, 'cockpit-public-zh');
    expect(visitor.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
    await visitor.context.close();
    await admin.context.close();
  });
});

