/// <reference lib="dom" />
/**
 * The spatial layout in a real Chromium against the demo server, as a province analyst: the
 * map of 19 regions with the three poles and the ranked table beside it, the measure changed,
 * a region opened from the table with its pole, parks, indicators, ranks, tiers and projects;
 * then, with made-up boundaries uploaded through the API by an administrator, the outlines
 * drawn under the points. Each page in Chinese and English, as screenshots, no console error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { csrfOf } from './api.ts';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { chartDrawn, chooseOption, POLL } from './widgets.ts';

const YEAR = 2027;
const FIXTURE = join(repoRoot, 'test/fixtures/boundaries/made-up-hainan.geojson');

/** The region table's rows as shown: rank, region (with its pole), value (with the status, for indicators). */
async function tableRows(page: Page): Promise<string[][]> {
  return page.getByTestId('region-values').locator('tbody tr.ant-table-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
  );
}

/** Pixels of the outlines' fill colour (#f0f4f9) on the map's canvases: none without outlines. */
function outlinePixels(page: Page): Promise<number> {
  return page
    .getByTestId('region-map')
    .locator('canvas')
    .evaluateAll((canvases: HTMLCanvasElement[]) => {
      let n = 0;
      for (const canvas of canvases) {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 0; i < data.length; i += 4) if (data[i] === 0xf0 && data[i + 1] === 0xf4 && data[i + 2] === 0xf9) n++;
      }
      return n;
    });
}

describe('the spatial layout', () => {
  const demo = withDemoBrowser();

  it('maps the 19 regions and the poles, changes the measure, opens a region from the table', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    await page.goto(`${demo.url}/map?year=${YEAR}`);
    await chartDrawn(page, 'region-map');
    await expect.poll(async () => (await tableRows(page)).length, POLL).toBe(19);
    const revenue = await tableRows(page);
    expect(revenue[0]![0]).toBe('1');
    expect(revenue[0]![1]).toBe('海口市海口经济圈核心');
    // No outlines uploaded: the map says how they would come.
    expect(await page.getByTestId('outlines-note').textContent()).toContain('尚未上传市县边界');
    expect(await page.getByTestId('poles').textContent()).toContain('儋洋经济圈');
    await settle(page);
    expect(await outlinePixels(page)).toBe(0);
    await screenshot(page, 'map-zh');

    // Another measure: the registry's enterprise count.
    await chooseOption(page, page.getByTestId('measure-select'), '企业库企业数', { type: '企业库企业数' });
    await page.waitForURL(/measure=enterprises/);
    await expect.poll(async () => (await tableRows(page))[0]?.[2] ?? '', POLL).toMatch(/^\d[\d,]*$/);
    expect(await tableRows(page)).not.toEqual(revenue);
    await chartDrawn(page, 'region-map');
    await settle(page);
    await screenshot(page, 'map-enterprises-zh');

    await page.getByTestId('lang-switch').click();
    await page.getByText('Regions and the three poles').waitFor();
    await settle(page);
    await screenshot(page, 'map-en');

    // A region from the table: Wenchang, radiated by the Haikou pole, with three parks.
    await page.getByTestId('region-values').getByRole('link', { name: 'Wenchang', exact: true }).click();
    await page.waitForURL(new RegExp(`/map/regions/469005\\?year=${YEAR}`));
    await page.getByTestId('region-indicators').waitFor();
    expect(await page.getByTestId('region-pole').textContent()).toBe('Radiated by the Haikou pole');
    expect(await page.getByTestId('region-place').textContent()).toContain('Wenchang International Aerospace City');
    expect(await page.getByTestId('region-indicators').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(20);
    expect(await page.getByTestId('region-indicators').textContent()).toMatch(/\d+ \/ 19/);
    await chartDrawn(page, 'compare-chart');
    await expect.poll(async () => page.getByTestId('region-tiers').textContent(), POLL).not.toContain('…');
    expect(await page.getByTestId('region-projects').locator('tbody a[href^="/projects/"]').count()).toBeGreaterThan(0);
    await settle(page);
    await screenshot(page, 'map-region-en');
    await page.getByTestId('lang-switch').click();
    await page.getByText('与其他市县比较').waitFor();
    expect(await page.getByTestId('region-pole').textContent()).toBe('海口经济圈辐射带动的市县');
    await settle(page);
    await screenshot(page, 'map-region-zh');
    await page.goto(`${demo.url}/map/regions/460000`);
    await page.getByText('规划中没有这个市县：460000').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the outlines an administrator uploaded under the points', async () => {
    const { page, context, errors } = await demo.signedIn('demo-admin');
    const uploaded = await page.request.put(`${demo.url}/api/boundaries`, {
      headers: { 'x-csrf-token': await csrfOf(page, demo.url), 'content-type': 'application/json' },
      data: readFileSync(FIXTURE, 'utf8'),
    });
    expect(uploaded.status(), await uploaded.text()).toBe(200);

    const fetched = page.waitForResponse((r) => r.url().endsWith('/api/boundaries') && r.status() === 200);
    await page.goto(`${demo.url}/map?year=${YEAR}`);
    await fetched;
    await chartDrawn(page, 'region-map');
    await expect.poll(async () => page.getByTestId('outlines-note').textContent(), POLL).toContain('made-up-hainan');
    // Outlines are drawn: the map's canvas holds the outline's fill colour, which the point-only map never uses.
    await expect.poll(() => outlinePixels(page), POLL).toBeGreaterThan(500);
    await settle(page);
    await screenshot(page, 'map-outlines-zh');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Outlines from the file “made-up-hainan”', { exact: false }).waitFor();
    await settle(page);
    await screenshot(page, 'map-outlines-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
