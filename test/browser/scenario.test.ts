/// <reference lib="dom" />
/**
 * The scenario page in a real Chromium against the demo server: the sliders start from the
 * server's defaults, typing a growth or moving a slider re-runs the scenario and changes the
 * projected total, the presets relabel every line, reset brings the defaults back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { chooseOption, POLL } from './widgets.ts';

/** The scenario re-runs ~300 ms after a change; a slow machine needs a few seconds more. */

/** The projected total as the page shows it, once it differs from `before` (the re-run is debounced). */
async function totalAfterChange(page: Page, before: string): Promise<string> {
  const total = page.getByTestId('scenario-total').locator('.ant-statistic-content');
  await expect.poll(async () => total.textContent(), POLL).not.toBe(before);
  return (await total.textContent()) ?? '';
}

async function totalNow(page: Page): Promise<string> {
  const total = page.getByTestId('scenario-total').locator('.ant-statistic-content');
  await total.waitFor();
  return (await total.textContent()) ?? '';
}

describe('the scenario page', () => {
  const demo = withDemoBrowser({ enterprises: 100 });

  it('re-projects the total when a growth is typed or a slider moved, labels each line, resets', async () => {
    const { page, context, errors } = await demo.signedIn('demo-analyst');
    await page.goto(`${demo.url}/scenario`);
    await page.getByTestId('scenario-total').waitFor();
    await settle(page);

    // The defaults: every cluster on its growth so far, the total with the clusters' sum.
    const digital = page.getByTestId('growth-digital-economy');
    await expect(digital.locator('[data-assumption]').getAttribute('data-assumption')).resolves.toBe('actual');
    await expect(page.getByTestId('scenario-total').locator('[data-assumption]').getAttribute('data-assumption')).resolves.toBe('clusters');
    const defaultTotal = await totalNow(page);
    expect(defaultTotal).toMatch(/亿元/);
    await screenshot(page, 'scenario-page-zh');

    // Typing a growth: the line becomes "custom" and the total moves.
    const input = page.getByTestId('growth-input-digital-economy');
    await input.fill('25');
    await input.press('Tab');
    const typedTotal = await totalAfterChange(page, defaultTotal);
    await expect.poll(() => digital.locator('[data-assumption]').getAttribute('data-assumption'), POLL).toBe('manual');
    await expect(page.getByTestId('scenario-reset').textContent()).resolves.toMatch(/1/);

    // Moving a slider with the keyboard (its handle is a labelled slider).
    const handle = page.getByRole('slider', { name: /石油化工新材料/ });
    await handle.focus();
    for (let i = 0; i < 10; i++) await handle.press('ArrowRight');
    const slidTotal = await totalAfterChange(page, typedTotal);
    expect(slidTotal).not.toBe(defaultTotal);

    // All to required growth: every cluster reaches its target exactly.
    await page.getByTestId('scenario-all-required').click();
    await expect.poll(() => page.getByTestId('scenario-assumptions').locator('[data-assumption="requiredFromLatest"]').count(), POLL).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId('growth-digital-economy').locator('[data-met]').getAttribute('data-met'), POLL).toBe('true');
    await expect.poll(() => page.getByTestId('targets-missed').locator('li').count(), POLL).toBeLessThan(8);

    // A GDP share driven by the total.
    await settle(page, 500);
    const share = page.getByTestId('share-hitech-value-added-share');
    await chooseOption(page, share.getByRole('combobox'), /^营收总量$/);
    await expect.poll(() => share.locator('.ant-select').textContent(), POLL).toBe('营收总量');
    await expect.poll(() => share.locator('[data-assumption]').getAttribute('data-assumption'), POLL).toBe('driver');
    await settle(page, 800);
    await screenshot(page, 'scenario-required-zh');

    // Reset: the defaults again.
    await page.getByTestId('scenario-reset').click();
    await expect.poll(() => totalNow(page), POLL).toBe(defaultTotal);
    await expect.poll(() => digital.locator('[data-assumption]').getAttribute('data-assumption'), POLL).toBe('actual');

    // English.
    await page.getByTestId('lang-switch').click();
    await page.getByText('Growth assumptions (% a year)').waitFor();
    await settle(page);
    await screenshot(page, 'scenario-page-en');
    expect(await page.getByTestId('scenario-method').textContent()).toMatch(/start value × \(1 \+ growth a year\)/);

    expect(errors).toEqual([]);
    await context.close();
  });
});
