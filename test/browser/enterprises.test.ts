/// <reference lib="dom" />
/**
 * Enterprises in a real Chromium: the registry searched (by the server), one enterprise with
 * its cultivation checklist (criteria, values, thresholds) and policy matches; the tier funnel
 * with every tier and the enterprises behind a count; the policy book with its examples
 * labelled; an enterprise account landing on its own page; a park officer seeing its park's.
 * Screenshots of every page and tab in Chinese and English; no page may log a console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, settle, withDemoBrowser, type DemoServer } from './support.ts';

const OWN_CREDIT_CODE_OF = async (server: DemoServer): Promise<string> =>
  (await server.store.db.selectFrom('users').select('creditCode').where('username', '=', 'demo-enterprise').executeTakeFirstOrThrow()).creditCode!;

const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr.ant-table-row');

/** "共 600 家企业（…）", "600 enterprises (…)" → 600. */
async function total(page: Page): Promise<number> {
  const text = (await page.getByTestId('enterprise-total').textContent()) ?? '';
  return Number(/(\d+)/.exec(text.replace(/,/g, ''))?.[1] ?? Number.NaN);
}

describe('enterprises', () => {
  const demo = withDemoBrowser();

  it('searches the registry and opens an enterprise: checklist with criteria, policy matches — in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, context, errors } = await demo.signedIn('demo-analyst', { lang });
      await page.goto(`${demo.url}/enterprises`);
      await rows(page, 'enterprise-table').first().waitFor();
      const all = await total(page);
      expect(all).toBe(600);
      await settle(page, 300);
      await screenshot(page, `enterprises-table-${lang}`);

      // Search by part of a name: the server answers with fewer rows, the search kept in the URL.
      const name = (await page.getByTestId('enterprise-link').nth(3).textContent())!;
      const part = name.slice(2, 6);
      await page.getByTestId('enterprise-search').locator('input').fill(part);
      await page.getByTestId('enterprise-search').locator('input').press('Enter');
      await page.waitForURL(new RegExp(`q=${encodeURIComponent(part)}`));
      await expect.poll(() => total(page)).toBeLessThan(all);
      await page.getByTestId('enterprise-link').filter({ hasText: name }).waitFor();
      for (const link of await page.getByTestId('enterprise-link').allTextContents()) expect(link).toContain(part);

      await page.getByTestId('enterprise-link').filter({ hasText: name }).click();
      await page.waitForURL(/\/enterprises\/[0-9A-Z]{18}/);
      await page.getByTestId('enterprise-identity').waitFor();
      await rows(page, 'annual-table').first().waitFor();
      await page.getByTestId('tier-checklist').waitFor();
      // Every tier with a rule set is listed; the one opened shows its criteria, values and thresholds.
      for (const tier of ['hte', 'tech-sme', 'innovative-sme', 'srdi-sme', 'little-giant']) await page.getByTestId(`tier-${tier}`).waitFor();
      const opened = page.locator('[data-testid^="criteria-"]').first();
      await opened.waitFor();
      expect(await opened.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(3);
      expect(await opened.locator('[data-outcome]').count()).toBeGreaterThan(0);
      // Opening another tier shows its own checklist and the rule set's document.
      await page.getByTestId('tier-little-giant').click();
      await page.getByTestId('criteria-little-giant').waitFor();
      await page.getByTestId('assessment-little-giant').getByText('工信部企业〔2026〕2号').waitFor();
      await page.getByTestId('policy-matches').waitFor();
      expect(await page.locator('[data-testid^="policy-match-"]').count()).toBeGreaterThan(0);
      await settle(page);
      await screenshot(page, `enterprises-enterprise-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it('shows the tier funnel with every tier, the plan’s targets, and the enterprises behind a count — in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, context, errors } = await demo.signedIn('demo-analyst', { lang });
      await page.goto(`${demo.url}/enterprises?tab=funnel&year=2028`);
      await rows(page, 'pipeline-tiers').first().waitFor();
      expect(await rows(page, 'pipeline-tiers').count()).toBe(6);
      for (const target of ['above-size-hte', 'srdi-sme-cumulative', 'little-giant-cumulative']) await page.getByTestId(`target-${target}`).waitFor();
      expect(await page.getByTestId('target-above-size-hte').textContent()).toContain('600');
      await page.getByTestId('pipeline-funnel').locator('canvas').waitFor();
      await rows(page, 'breakdown-table').first().waitFor();

      // A near-miss count opens the list behind it, each enterprise linked to its page.
      await page.getByTestId('count-srdi-sme-near-miss').click();
      await page.waitForURL(/list=near-miss/);
      const expected = Number(await page.getByTestId('count-srdi-sme-near-miss').textContent());
      // The list's total is the count clicked (the candidates' list shown before it has another).
      await expect.poll(async () => (await page.getByTestId('members-total').textContent()) ?? '').toMatch(new RegExp(`\\b${expected}\\b`));
      expect(await page.getByTestId('members-heading').textContent()).toMatch(lang === 'zh' ? /差一项/ : /Near misses/);
      expect(await page.getByTestId('member-link').count()).toBe(Math.min(20, expected));
      await settle(page);
      await screenshot(page, `enterprises-funnel-${lang}`);
      await page.getByTestId('member-link').first().click();
      await page.waitForURL(/\/enterprises\/[0-9A-Z]{18}/);
      await page.getByTestId('tier-checklist').waitFor();

      await page.goto(`${demo.url}/enterprises?tab=policies&year=2028`);
      await page.getByTestId('policy-examples').waitFor();
      await expect.poll(() => page.getByTestId('policy-counts').count()).toBe(await page.getByTestId('policy-card').count());
      expect(await page.getByTestId('policy-card').count()).toBeGreaterThanOrEqual(10);
      expect(await page.getByTestId('policy-card').first().textContent()).toMatch(lang === 'zh' ? /示例/ : /example/i);
      await settle(page, 300);
      await screenshot(page, `enterprises-policies-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it('takes an enterprise account to its own page', async () => {
    const code = await OWN_CREDIT_CODE_OF(demo.server);
    for (const lang of ['zh', 'en'] as const) {
      const { page, context, errors } = await demo.signedIn('demo-enterprise', { lang });
      await page.goto(`${demo.url}/enterprises`);
      await page.waitForURL(new RegExp(`/enterprises/${code}$`));
      await page.getByTestId('tier-checklist').waitFor();
      await page.getByTestId('policy-matches').waitFor();
      await settle(page);
      await screenshot(page, `enterprises-own-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('shows a park officer its park’s enterprises and the policy book, no funnel', async () => {
    const { page, context, errors } = await demo.signedIn('demo-yangpu');
    await page.goto(`${demo.url}/enterprises`);
    await rows(page, 'enterprise-table').first().waitFor();
    expect(await total(page)).toBeLessThan(600);
    expect(await page.getByRole('tab', { name: '梯度培育' }).count()).toBe(0);
    await page.getByRole('tab', { name: '政策清单' }).click();
    await page.getByTestId('policy-card').first().waitFor();
    expect(await page.getByTestId('policy-counts').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
