/// <reference lib="dom" />
/**
 * The data page (数据填报) in a real Chromium against the demo server — the issue's
 * acceptance flows:
 *  (a) the Haikou officer finds an overdue calendar item, enters and submits the values
 *      (a required one refused first, in the browser); the analyst sees them in the queue
 *      with the change against last year, returns one with a reason and approves the other;
 *      the officer reads the reason, corrects and resubmits; the analyst approves it; the
 *      evaluation then holds the new values;
 *  (b) an Excel file with errors lists each with its row and column, cannot be committed,
 *      and writes nothing; a clean file is previewed, committed, and what was written shown;
 *  (c) a non-number in the form is refused under the field, without a request.
 * Every tab is photographed in Chinese and English; no page logs a console error other
 * than the deliberate refusals asserted in the page.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csrfOf } from './api.ts';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { tableRow } from './widgets.ts';

const HAIKOU = '460100';
/** Demo data ends in 2028: 2029 and 2030 have no Haikou values yet. */
const YEAR = '2029';

/** Signed in straight into the data page (the login page's `next`), not through the other pages. */
const DATA_PAGE = { lang: 'zh', next: '/data' } as const;

async function observationCount(page: Page, base: string): Promise<number> {
  const response = await page.request.get(`${base}/api/observations?pageSize=1`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('数据');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Photographs the page in Chinese, then in English, and switches back. */
async function bothLanguages(page: Page, name: string): Promise<void> {
  await settle(page, 600);
  await screenshot(page, `${name}-zh`);
  await page.getByTestId('lang-switch').click();
  await page.locator('nav').getByText('Overview').waitFor();
  await settle(page, 600);
  await screenshot(page, `${name}-en`);
  await page.getByTestId('lang-switch').click();
  await page.locator('nav').getByText('总览').waitFor();
}

describe('the data page', () => {
  const demo = withDemoBrowser({ enterprises: 200 });

  it('(a) an officer submits, the analyst returns and approves, the evaluation holds the new value', async () => {
    const analyst = await demo.signedIn('demo-analyst', DATA_PAGE);
    const officer = await demo.signedIn('demo-haikou', DATA_PAGE);

    // The province asks Haikou for two 2029 values: one due yesterday (overdue), one later.
    const today = ((await (await analyst.page.request.get(`${demo.url}/api/calendar`)).json()) as { today: string }).today;
    const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const csrf = await csrfOf(analyst.page, demo.url);
    const calendarCsv = `指标,市县,报告期,截止日期\n高新技术产业营收,${HAIKOU},${YEAR},${day(-1)}\n地区生产总值,${HAIKOU},${YEAR},${day(30)}\n`;
    const uploaded = await analyst.page.request.post(`${demo.url}/api/imports?kind=calendar`, {
      headers: { 'x-csrf-token': csrf },
      multipart: { file: { name: 'calendar.csv', mimeType: 'text/csv', buffer: Buffer.from(calendarCsv) } },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    const committed = await analyst.page.request.post(`${demo.url}/api/imports/${((await uploaded.json()) as { id: string }).id}/commit`, { headers: { 'x-csrf-token': csrf } });
    expect(committed.status(), await committed.text()).toBe(200);

    // The officer's calendar opens on what is overdue, in words and with an icon.
    const page = officer.page;
    await page.goto(`${demo.url}/data`);
    const overdue = tableRow(page, 'data-tab-calendar', '高新技术产业营收');
    await overdue.waitFor();
    expect(await overdue.locator('[data-state="overdue"]').textContent()).toContain('逾期 1 天');
    expect(await page.getByTestId('tab-calendar').textContent()).toContain('1');
    await bothLanguages(page, 'data-calendar');

    // Its link opens the form on Haikou and 2029, listing the calendar's two series.
    await overdue.getByTestId('calendar-entry-link').click();
    await page.waitForURL(/tab=entry/);
    const hitech = page.getByTestId('value-hitech-revenue~actual');
    await hitech.waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe(YEAR);
    expect(await page.getByTestId('entry-table').locator('tbody tr').count()).toBe(2);
    const hitechRow = page.locator('tr[data-row-key="hitech-revenue~actual"]');
    expect(await hitechRow.textContent()).toContain('2,635.11 亿元'); // Haikou's 2028 value, beside the field.
    await hitech.fill('2900');
    await hitechRow.getByTestId('value-change').waitFor();
    expect(await hitechRow.getByTestId('value-change').textContent()).toContain('+264.89');

    // Submitting without the other calendar value is refused in the browser, under that field.
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/api/observations')) writes.push(`${request.method()} ${request.url()}`);
    });
    await page.getByTestId('entry-submit').click();
    const gdpRow = page.locator('tr[data-row-key="gdp~actual"]');
    await gdpRow.locator('.ant-form-item-explain-error').waitFor();
    expect(await gdpRow.locator('.ant-form-item-explain-error').textContent()).toContain('报送前请填写此项');
    expect(writes).toEqual([]);

    await page.getByTestId('value-gdp~actual').fill('2,100');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('entry-outcome').waitFor();
    expect(await page.getByTestId('entry-outcome').textContent()).toMatch(/已保存 2 项.*已报送 2 项/);
    await hitechRow.locator('[data-status="submitted"]').waitFor();
    expect(writes.filter((w) => w.startsWith('POST')).length).toBe(4); // two drafts, two submissions
    await bothLanguages(page, 'data-entry');

    // The calendar counts it as done now.
    await page.getByTestId('tab-calendar').click();
    await page.getByText('已报 2').first().waitFor();

    // The analyst's queue: both values, each against Haikou's approved 2028 value.
    const review = analyst.page;
    await review.goto(`${demo.url}/data?tab=review`);
    const queued = tableRow(review, 'review-table', '高新技术产业营收', '海口市');
    await queued.waitFor();
    const change = await queued.getByTestId('value-change').textContent();
    expect(change).toContain('2,635.11 亿元 → 2,900 亿元');
    expect(change).toContain('+10.1%');
    expect(await tableRow(review, 'review-table', '地区生产总值', '海口市').count()).toBe(1);
    expect(await queued.textContent()).toContain('demo-haikou');
    await bothLanguages(review, 'data-review');

    // History: who entered and submitted it.
    await queued.getByRole('button', { name: '查看修改记录' }).click();
    const drawer = review.getByTestId('history-drawer');
    await drawer.getByText('报送').first().waitFor();
    expect(await drawer.textContent()).toMatch(/录入.*demo-haikou/);
    await settle(review, 600);
    await screenshot(review, 'data-history-zh');
    await drawer.getByRole('button', { name: /close|关闭/i }).click();

    // Return GDP with a reason (required: an empty one is refused in the dialog), approve the revenue.
    await tableRow(review, 'review-table', '地区生产总值').getByTestId('review-return').click();
    const dialog = review.getByRole('dialog');
    await dialog.getByRole('button', { name: /^退\s?回$/ }).click();
    await dialog.getByText('请填写原因').waitFor();
    await review.getByTestId('reason-input').fill('与统计公报不一致，请核实');
    await dialog.getByRole('button', { name: /^退\s?回$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await queued.getByTestId('review-approve').click();
    await review.getByTestId('review-empty').waitFor();

    // The officer sees the reason among its submissions, corrects the value and submits it again.
    await page.goto(`${demo.url}/data?tab=mine`);
    const returned = tableRow(page, 'mine-table', '地区生产总值');
    await returned.waitFor();
    expect(await returned.getByTestId('mine-return-reason').textContent()).toContain('与统计公报不一致，请核实');
    await bothLanguages(page, 'data-mine');
    await returned.getByRole('link', { name: /修改/ }).click();
    await page.waitForURL(/tab=entry/);
    expect(await gdpRow.getByTestId('return-reason').textContent()).toContain('与统计公报不一致');
    await page.getByTestId('value-gdp~actual').fill('2080');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('entry-outcome').waitFor();
    await gdpRow.locator('[data-status="submitted"]').waitFor();

    // The analyst approves it with the bulk action.
    await review.goto(`${demo.url}/data?tab=review`);
    const again = tableRow(review, 'review-table', '地区生产总值');
    await again.waitFor();
    await again.locator('input[type="checkbox"]').check();
    await review.getByTestId('review-bulk').click();
    await review.getByRole('tooltip').getByRole('button', { name: '审核通过' }).click();
    await review.getByTestId('review-empty').waitFor();

    // The evaluation of 2029 holds both values for Haikou.
    const evaluation = (await (await review.request.get(`${demo.url}/api/evaluation?year=${YEAR}`)).json()) as {
      regional: { id: string; region: string; latest: { year: number; value: number } | null }[];
    };
    const haikou = (id: string) => evaluation.regional.find((r) => r.id === id && r.region === HAIKOU);
    expect(haikou('hitech-revenue')?.latest).toMatchObject({ year: 2029, value: 2900 });
    const approved = (await (await review.request.get(`${demo.url}/api/observations?indicator=gdp&region=${HAIKOU}&period=${YEAR}`)).json()) as { items: { value: number; status: string }[] };
    expect(approved.items).toMatchObject([{ value: 2080, status: 'approved' }]);

    // Reopening is offered to the analyst for approved values.
    await review.goto(`${demo.url}/data?tab=review&view=approved`);
    await review.getByTestId('approved-table').waitFor();
    await screenshot(review, 'data-review-approved-zh');

    expect(officer.errors).toEqual([]);
    expect(analyst.errors).toEqual([]);
    await officer.context.close();
    await analyst.context.close();
  });

  it('(b) an Excel file with errors shows each error, cannot be committed and writes nothing; a clean one is imported', async () => {
    const { page, context, errors } = await demo.signedIn('demo-haikou', DATA_PAGE);
    await page.goto(`${demo.url}/data?tab=import`);
    const before = await observationCount(page, demo.url);

    // The template of observations, pre-filled for Haikou.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const input = page.locator('.ant-upload-drag input[type="file"]');
    await input.waitFor({ state: 'attached' });

    const bad = await xlsx([
      ['指标', '市县', '年份', '数值'],
      ['高新技术产业营收', '999999', 2030, 100],
      ['高新技术产业营收', HAIKOU, 2030, '很多'],
      ['地区生产总值', HAIKOU, 2030, 2200],
    ]);
    await input.setInputFiles({ name: 'errors.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await page.getByTestId('import-refused').waitFor();
    const issues = page.getByTestId('import-issues').locator('tbody tr');
    expect(await issues.count()).toBe(2);
    expect(await issues.nth(0).textContent()).toMatch(/^2市县999999.*规划中没有这个市县/);
    expect(await issues.nth(1).textContent()).toMatch(/^3数值很多.*不小于0的数字/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-commit-reason').textContent()).toContain('不能导入');
    await bothLanguages(page, 'data-import');

    // A file without a required column: the header's problem, on row 1.
    const missing = await xlsx([
      ['指标', '市县', '年份'],
      ['高新技术产业营收', HAIKOU, 2030],
    ]);
    await input.setInputFiles({ name: 'missing.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: missing });
    await page.getByTestId('import-issues').getByText('表头缺少必填列“数值”', { exact: false }).waitFor();
    expect(await page.getByTestId('import-issues').locator('tbody tr').first().textContent()).toMatch(/^1/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(await observationCount(page, demo.url)).toBe(before);

    // A clean file: previewed (one new value), nothing written until committed; then what was written.
    const clean = await xlsx([
      ['指标', '市县', '年份', '数值', '备注'],
      ['数字经济核心产业营收', HAIKOU, 2030, 1400.5, '导入测试'],
    ]);
    await input.setInputFiles({ name: 'clean.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: clean });
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toMatch(/新增1修改0不变0/);
    expect(await observationCount(page, demo.url)).toBe(before);
    await screenshot(page, 'data-import-preview-zh');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-committed').waitFor();
    expect(await page.getByTestId('import-committed').textContent()).toMatch(/新数据状态：已报送.*新增1/);
    expect(await observationCount(page, demo.url)).toBe(before + 1);
    await screenshot(page, 'data-import-committed-zh');

    // The refusals of the bad files were the API's 422 answers, shown above; nothing else failed.
    expect(errors.filter((e) => !e.includes('422'))).toEqual([]);
    await context.close();
  });

  it('(c) a non-number, a fraction of a count and a negative amount are refused under the field, without a request', async () => {
    const { page, context, errors } = await demo.signedIn('demo-haikou', DATA_PAGE);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(`${demo.url}/data?tab=entry&place=${HAIKOU}&period=2030`);
    const field = page.getByTestId('value-hitech-revenue~actual');
    await field.waitFor();
    const errorOf = (key: string) => page.locator(`tr[data-row-key="${key}"] .ant-form-item-explain-error`);

    await field.fill('abc');
    await errorOf('hitech-revenue~actual').waitFor();
    expect(await errorOf('hitech-revenue~actual').textContent()).toBe('请输入不小于0的数字（单位：亿元）');
    await field.fill('-5');
    await expect.poll(() => errorOf('hitech-revenue~actual').textContent()).toContain('超出范围');
    await page.getByTestId('value-green-factories~actual').fill('2.5');
    await expect.poll(() => errorOf('green-factories~actual').textContent()).toContain('应为整数');
    await page.getByTestId('entry-save').click();
    await page.waitForTimeout(300);
    expect(sent).toEqual([]);

    // Corrected, the errors go away; the change on last year follows the typing.
    await field.fill('3,100');
    await errorOf('hitech-revenue~actual').waitFor({ state: 'detached' });
    await page.getByTestId('value-green-factories~actual').fill('14');
    await errorOf('green-factories~actual').waitFor({ state: 'detached' });
    expect(await page.locator('tr[data-row-key="hitech-revenue~actual"]').getByTestId('value-change').textContent()).toMatch(/\+/);
    await bothLanguages(page, 'data-entry-form');

    // The analyst sees the same form read-only, with the reason.
    const reader = await demo.signedIn('demo-analyst', DATA_PAGE);
    await reader.page.goto(`${demo.url}/data?tab=entry&place=${HAIKOU}&period=2028`);
    await reader.page.getByTestId('entry-read-only').waitFor();
    expect(await reader.page.getByTestId('entry-table').locator('input').count()).toBe(0);
    // The stored values arrive after the form (their own request): wait for them.
    await expect.poll(() => reader.page.getByTestId('entry-stored-value').count(), { timeout: 15_000 }).toBeGreaterThan(10);
    await screenshot(reader.page, 'data-entry-readonly-zh');

    expect(errors).toEqual([]);
    expect(reader.errors).toEqual([]);
    await reader.context.close();
    await context.close();
  });
});
