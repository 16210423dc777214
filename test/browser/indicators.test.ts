/// <reference lib="dom" />
/**
 * The indicator list and the indicator page in a real Chromium: every indicator in the
 * table, filters from the address and the name search; one indicator with its chart, its
 * verdict and the method behind it, the plan's own sentence, the regions and every value
 * recorded; a ratio's numerator; an assigned target's years; both languages photographed,
 * no console error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, logIn, openPage, screenshot, settle, startDemoServer, type DemoServer } from './support.ts';

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const response = await fetch(p);
    if (!response.ok) throw new Error(`${p}: HTTP ${response.status}`);
    return response.json();
  }, path) as Promise<T>;
}

/** The last year with data: the latest value of any indicator when evaluating the target year. */
async function lastDataYear(page: Page): Promise<number> {
  const settings = await getJson<{ plan: { targetYear: number } }>(page, '/api/settings');
  const evaluation = await getJson<{ indicators: EvaluationRow[] }>(page, `/api/evaluation?year=${settings.plan.targetYear}`);
  return Math.max(...evaluation.indicators.map((i) => i.latest?.year ?? 0));
}

interface EvaluationRow {
  id: string;
  schedule: string;
  latest: { year: number } | null;
}

describe('the indicator pages', () => {
  let server: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startDemoServer({ enterprises: 100 });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists every indicator, filters by schedule and finds one by name, in both languages', async () => {
    const { page, context, errors } = await openPage(browser);
    await logIn(page, server.url, 'demo-analyst');
    const year = await lastDataYear(page);
    const evaluation = await getJson<{ indicators: EvaluationRow[] }>(page, `/api/evaluation?year=${year}`);

    await page.goto(`${server.url}/indicators?year=${year}`);
    await page.getByTestId('indicator-link').first().waitFor();
    await expect(page.getByTestId('indicator-link').count()).resolves.toBe(evaluation.indicators.length);
    await settle(page);
    await screenshot(page, 'indicators-list-zh');

    // The cockpit links here with a filter in the address.
    const behind = evaluation.indicators.filter((i) => i.schedule === 'behind').length;
    expect(behind).toBeGreaterThan(0);
    await page.goto(`${server.url}/indicators?year=${year}&schedule=behind`);
    await page.getByTestId('indicator-link').first().waitFor();
    await expect(page.getByTestId('indicator-link').count()).resolves.toBe(behind);

    await page.goto(`${server.url}/indicators?year=${year}`);
    await page.getByTestId('indicator-search').locator('input').fill('营收');
    await expect.poll(() => page.getByTestId('indicator-link').count()).toBeLessThan(evaluation.indicators.length);
    const names = await page.getByTestId('indicator-link').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => name.includes('营收'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('营收');

    await page.goto(`${server.url}/indicators?year=${year}`);
    await page.getByTestId('lang-switch').click();
    await page.getByText(`Evaluation of ${year}:`).waitFor();
    await settle(page);
    await screenshot(page, 'indicators-list-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an indicator: chart, verdict, method, the plan’s sentence, regions and values', async () => {
    const { page, context, errors } = await openPage(browser);
    await logIn(page, server.url, 'demo-analyst');
    const year = await lastDataYear(page);
    await page.goto(`${server.url}/indicators/hitech-revenue?year=${year}`);
    await page.getByTestId('indicator-chart').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('高新技术产业营收');
    await expect(page.getByTestId('plan-quote').first().textContent()).resolves.toContain('营收规模突破1万亿元');
    await expect(page.getByTestId('explanation').textContent()).resolves.toMatch(/高新技术产业营收.*亿元/);
    await expect(page.getByTestId('verdict').locator('[data-status]').count()).resolves.toBe(1);
    await expect(page.getByTestId('verdict').locator('[data-schedule]').count()).resolves.toBe(1);
    await expect(page.getByTestId('key-figures').textContent()).resolves.toContain('80%区间');

    // The breakdown by region names the regions, not their codes.
    const regions = page.getByTestId('regional-table').locator('tbody tr.ant-table-row');
    await expect(regions.count()).resolves.toBeGreaterThan(10);
    await expect(page.getByTestId('regional-table').textContent()).resolves.toContain('海口市');
    await expect(page.getByTestId('regional-table').textContent()).resolves.not.toMatch(/4601\d\d/);

    // Every value recorded, with who entered and approved it.
    const history = page.getByTestId('value-history');
    await history.locator('tbody tr.ant-table-row').first().waitFor();
    await expect(history.textContent()).resolves.toContain('已审核');
    await expect(history.textContent()).resolves.toContain('海南省');

    // How it is computed, with this plan's thresholds.
    await page.getByTestId('method-button').click();
    const drawer = page.getByTestId('method-drawer');
    await drawer.getByText('docs/methodology.md').first().waitFor();
    await expect(drawer.textContent()).resolves.toContain('R ≥ 0.95');
    await settle(page, 600);
    await screenshot(page, 'indicator-method-zh');
    await page.keyboard.press('Escape');
    await settle(page);
    await screenshot(page, 'indicator-zh');

    await page.getByTestId('lang-switch').click();
    await page.locator('h1', { hasText: 'High-tech industry revenue' }).waitFor();
    await settle(page);
    await screenshot(page, 'indicator-en');
    await page.getByTestId('lang-switch').click();
    await page.locator('h1', { hasText: '高新技术产业营收' }).waitFor();

    // A ratio: its own values are computed; its numerator's are recorded.
    await page.goto(`${server.url}/indicators/hitech-value-added-share?year=${year}`);
    await page.getByTestId('indicator-chart').waitFor();
    await page.locator('.ant-segmented').getByText('高新技术产业增加值', { exact: true }).click();
    await page.getByTestId('value-history').locator('tbody tr.ant-table-row').first().waitFor();

    // An assigned target (完成下达目标): its years met or not met.
    await page.goto(`${server.url}/indicators/energy-intensity-reduction?year=${year}`);
    await page.getByTestId('assigned-years').locator('tbody tr.ant-table-row').first().waitFor();
    await expect(page.getByTestId('assigned-years').locator('[data-assigned]').count()).resolves.toBeGreaterThan(0);
    await settle(page);
    await screenshot(page, 'indicator-assigned-zh');

    // An unknown indicator is a 404 with the API's words.
    await page.goto(`${server.url}/indicators/no-such-indicator`);
    await page.getByText('404').first().waitFor();
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });
});
