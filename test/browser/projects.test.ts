/// <reference lib="dom" />
/**
 * Key projects in a real Chromium: the list filtered (by cluster, kept in the URL), the board
 * by stage, the milestone timeline, one project's page — and a Haikou region officer reporting
 * a year's progress, checked inline first, then seen in the history. Screenshots of every page
 * and tab in Chinese and English; no page may log a console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { chooseOption } from './widgets.ts';

const HAIKOU_PROJECT = 'haikou-drinking-water-base';
const OTHER_PROJECT = 'advanced-packaging-base';

/** "显示 12 / 113 个项目", "12 of 113 projects" → 12. */
async function shownCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('projects-shown').textContent()) ?? '';
  return Number(/(\d+)\s*(?:\/|of)\s*\d+/.exec(text)?.[1] ?? Number.NaN);
}

describe('key projects', () => {
  const demo = withDemoBrowser();

  it('lists, filters by cluster (kept in the URL), shows the board and the timeline, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, context, errors } = await demo.signedIn('demo-analyst', { lang });
      await page.goto(`${demo.url}/projects`);
      await page.getByTestId('projects-table').locator('tbody tr.ant-table-row').first().waitFor();
      const all = await shownCount(page);
      expect(all).toBe(113);
      await settle(page, 300);
      await screenshot(page, `projects-list-${lang}`);

      await chooseOption(page, page.getByTestId('filter-cluster'), lang === 'zh' ? '商业航天' : 'Commercial aerospace');
      await page.waitForURL(/cluster=commercial-aerospace/);
      await expect.poll(() => shownCount(page)).toBeLessThan(all);
      const filtered = await shownCount(page);
      expect(filtered).toBeGreaterThan(0);
      // The table's rows are the filtered projects (one page of them at most).
      expect(await page.getByTestId('projects-table').locator('tbody tr.ant-table-row').count()).toBe(Math.min(filtered, 20));

      await page.getByRole('tab', { name: lang === 'zh' ? '阶段看板' : 'Board by stage' }).click();
      await page.waitForURL(/view=board/);
      await page.getByTestId('board-column-operating').waitFor();
      const cards = await page.getByTestId('board-card').count();
      expect(cards).toBe(filtered);
      for (const stage of ['planned', 'advancing', 'construction', 'operating']) await page.getByTestId(`board-column-${stage}`).waitFor();
      // The filter survives a reload: the view can be shared.
      await page.reload();
      await page.getByTestId('board-column-operating').waitFor();
      expect(await page.getByTestId('board-card').count()).toBe(filtered);
      await settle(page, 300);
      await screenshot(page, `projects-board-${lang}`);

      await page.goto(`${demo.url}/projects?view=timeline`);
      await page.getByTestId('milestone-timeline').locator('canvas').first().waitFor();
      await page.getByTestId('overdue-table').waitFor();
      expect(await page.getByTestId('overdue-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
      await settle(page);
      await screenshot(page, `projects-timeline-${lang}`);

      await page.goto(`${demo.url}/projects/${OTHER_PROJECT}`);
      await page.getByTestId('plan-quote').waitFor();
      await page.getByTestId('progress-table').waitFor();
      await page.getByTestId('history-table').waitFor();
      // An analyst may update every project.
      await page.getByTestId('progress-add').waitFor();
      await settle(page);
      await screenshot(page, `projects-project-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it('lets the Haikou officer report a year’s progress of a Haikou project, checked inline, then seen in the history', async () => {
    const { page, context, errors } = await demo.signedIn('demo-haikou');
    await page.goto(`${demo.url}/projects/${HAIKOU_PROJECT}`);
    await page.getByTestId('progress-table').waitFor();
    await page.getByTestId('progress-add').click();
    await page.getByTestId('progress-form').waitFor();
    await chooseOption(page, page.getByTestId('progress-year'), '2029');
    await chooseOption(page, page.getByTestId('progress-stage'), '投产');
    await page.getByTestId('progress-planned').fill('3.5');
    // Checked before sending: a negative investment is refused under its field.
    await page.getByTestId('progress-completed').fill('-1');
    await page.getByTestId('progress-save').click();
    await page.getByText('投资不能为负数').waitFor();
    await page.getByTestId('progress-completed').fill('2.75');
    await page.getByTestId('progress-note').fill('浏览器测试：2029 年进展');
    await settle(page, 300);
    await screenshot(page, 'projects-progress-form-zh');
    await page.getByTestId('progress-save').click();
    await page.getByTestId('progress-form').waitFor({ state: 'hidden' });
    // The year's row and the history show the change, made by the officer.
    await page.getByTestId('progress-table').getByText('2029', { exact: true }).waitFor();
    const history = page.getByTestId('history-table');
    await history.getByText('demo-haikou').first().waitFor();
    await history.getByText('2029年进展').first().waitFor();
    expect(await history.locator('tbody tr.ant-table-row').first().textContent()).toContain('2.75 亿元');

    // A milestone, added and then marked done.
    await page.getByTestId('milestone-add').click();
    await page.getByTestId('milestone-name').fill('设备安装调试');
    await page.getByTestId('milestone-due').fill('2029-06-30');
    await page.keyboard.press('Enter');
    await page.getByTestId('milestone-save').click();
    await page.getByTestId('milestones-table').getByText('设备安装调试').waitFor();
    await history.getByText('里程碑“设备安装调试”').first().waitFor();
    await settle(page);
    await screenshot(page, 'projects-project-updated-zh');

    // Another region's project: no forms for this officer.
    await page.goto(`${demo.url}/projects/${OTHER_PROJECT}`);
    await page.getByTestId('progress-table').waitFor();
    expect(await page.getByTestId('progress-add').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows a park officer its park’s projects, without forms', async () => {
    const { page, context, errors } = await demo.signedIn('demo-yangpu');
    await page.goto(`${demo.url}/projects`);
    await page.getByTestId('projects-table').locator('tbody tr.ant-table-row').first().waitFor();
    const shown = await shownCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(113);
    await page.getByTestId('project-link').first().click();
    await page.getByTestId('plan-quote').waitFor();
    expect(await page.getByTestId('progress-add').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
