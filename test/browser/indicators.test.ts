/// <reference lib="dom" />
/**
 * The indicator list and the indicator page in a real Chromium: every indicator in the
 * table, filters from the address and the name search; one indicator with its chart, its
 * verdict and the method behind it, the plan's own sentence, the regions and every value
 * recorded; a ratio's numerator; an assigned target's years; both languages photographed,
 * no console error.
 */
import { describe, expect, it } from 'vitest';
import { getJson, lastDataYear } from './api.ts';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { POLL } from './widgets.ts';

interface EvaluationRow {
  id: string;
  schedule: string;
  latest: { year: number } | null;
}

describe('the indicator pages', () => {
  const demo = withDemoBrowser({ enterprises: 100 });

  it('lists every indicator, filters by schedule and finds one by name, in both languages', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    const year = await lastDataYear(page);
    const evaluation = await getJson<{ indicators: EvaluationRow[] }>(page, `/api/evaluation?year=${year}`);

    await page.goto(`${demo.url}/indicators?year=${year}`);
    await page.getByTestId('indicator-link').first().waitFor();
    await expect(page.getByTestId('indicator-link').count()).resolves.toBe(evaluation.indicators.length);
    await settle(page);
    await screenshot(page, 'indicators-list-zh');

    // The cockpit links here with a filter in the address.
    const behind = evaluation.indicators.filter((i) => i.schedule === 'behind').length;
    expect(behind).toBeGreaterThan(0);
    await page.goto(`${demo.url}/indicators?year=${year}&schedule=behind`);
    await page.getByTestId('indicator-link').first().waitFor();
    await expect(page.getByTestId('indicator-link').count()).resolves.toBe(behind);

    await page.goto(`${demo.url}/indicators?year=${year}`);
    await page.getByTestId('indicator-search').locator('input').fill('营收');
    // The list settles on the matching indicators only (it re-renders as the filter applies).
    const matching = async () => {
      const names = await page.getByTestId('indicator-link').allTextContents();
      return names.length > 0 && names.length < evaluation.indicators.length && names.every((name) => name.includes('营收'));
    };
    await expect.poll(matching, POLL).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('营收');

    await page.goto(`${demo.url}/indicators?year=${year}`);
    await page.getByTestId('lang-switch').click();
    await page.getByText(`Evaluation of ${year}:`).waitFor();
    await settle(page);
    await screenshot(page, 'indicators-list-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an indicator: chart, verdict, method, the plan’s sentence, regions and values', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    const year = await lastDataYear(page);
    await page.goto(`${demo.url}/indicators/hitech-revenue?year=${year}`);
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
    await page.goto(`${demo.url}/indicators/hitech-value-added-share?year=${year}`);
    await page.getByTestId('indicator-chart').waitFor();
    await page.locator('.ant-segmented').getByText('高新技术产业增加值', { exact: true }).click();
    await page.getByTestId('value-history').locator('tbody tr.ant-table-row').first().waitFor();

    // An assigned target (完成下达目标): its years met or not met.
    await page.goto(`${demo.url}/indicators/energy-intensity-reduction?year=${year}`);
    await page.getByTestId('assigned-years').locator('tbody tr.ant-table-row').first().waitFor();
    await expect(page.getByTestId('assigned-years').locator('[data-assigned]').count()).resolves.toBeGreaterThan(0);
    await settle(page);
    await screenshot(page, 'indicator-assigned-zh');

    // An unknown indicator is a 404 with the API's words.
    await page.goto(`${demo.url}/indicators/no-such-indicator`);
    await page.getByText('404').first().waitFor();
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });
});
