/// <reference lib="dom" />
/**
 * Administration in a real Chromium against the demo server: create a region officer (its
 * password shown once), the API's validation messages under the form's fields, a lockout
 * and the password reset that lifts it, API tokens for a user and one's own, and the region
 * boundaries upload — a refused file with its problems listed, then the made-up fixture
 * with its matched regions. Every tab in Chinese and English, looked at as screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { screenshot, settle, withDemoBrowser } from './support.ts';
import { chooseOption, noToasts, POLL } from './widgets.ts';

const FIXTURES = join(repoRoot, 'test/fixtures/boundaries');

/** Confirms the open Popconfirm (not one still fading out from before), and waits for it to close. */
async function confirm(page: Page): Promise<void> {
  const open = page.locator('.ant-popover:not(.ant-popover-hidden) .ant-popconfirm-buttons');
  await open.last().locator('.ant-btn-primary').click();
  await expect.poll(() => open.count(), POLL).toBe(0);
}

/** Reads the value shown once, then closes the dialog. */
async function readSecret(page: Page): Promise<string> {
  const field = page.getByTestId('secret-value');
  await field.waitFor();
  const value = await field.inputValue();
  await page.getByTestId('secret-done').click();
  await field.waitFor({ state: 'detached' });
  return value;
}

const fieldError = (page: Page, id: string) => page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');

describe('administration', () => {
  const demo = withDemoBrowser({ enterprises: 100 });

  it('creates a region officer, mirrors the API’s validation, resets a locked password', async () => {
    const { page, context, errors } = await demo.signedIn('demo-admin');
    await page.goto(`${demo.url}/admin`);
    await page.getByTestId('users-table').waitFor();

    // A region officer for two regions; the generated password is shown once.
    await page.getByTestId('create-user').click();
    await page.locator('#user-username').fill('test-officer');
    await page.locator('#user-displayName').fill('测试三亚填报员');
    await chooseOption(page, page.locator('#user-role'), '市县填报人员');
    await chooseOption(page, page.locator('#user-regions'), '三亚市', { multiple: true });
    await chooseOption(page, page.locator('#user-regions'), '海口市', { multiple: true });
    await page.keyboard.press('Escape');
    await page.locator('#user-form-save').click();
    const password = await readSecret(page);
    expect(password.length).toBeGreaterThanOrEqual(10);
    const row = page.locator('tr', { hasText: 'test-officer' });
    await expect.poll(() => row.textContent(), POLL).toMatch(/市县填报人员.*三亚市.*海口市|市县填报人员.*海口市.*三亚市/);

    // The new account logs in with it.
    const officer = await demo.signedIn('test-officer', { password });
    await officer.context.close();

    // The API's messages under the fields: a username it refuses, then an invalid credit code.
    await page.getByTestId('create-user').click();
    await page.locator('#user-username').fill('Bad name!');
    await chooseOption(page, page.locator('#user-role'), '企业用户');
    await page.locator('#user-creditCode').fill('91460000MA5TXXXX0Z');
    await page.locator('#user-form-save').click();
    await expect.poll(() => fieldError(page, 'user-username').count(), POLL).toBeGreaterThan(0);
    await page.locator('#user-username').fill('test-firm');
    await page.locator('#user-form-save').click();
    await expect.poll(() => fieldError(page, 'user-creditCode').textContent(), POLL).toMatch(/有效的统一社会信用代码/);
    await settle(page, 400);
    await screenshot(page, 'admin-user-form-errors-zh');
    await page.getByRole('dialog').locator('.ant-modal-close').click();

    // Five wrong passwords lock demo-viewer; the table says so; a reset lifts it.
    for (let i = 0; i < 5; i++) {
      await fetch(`${demo.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-viewer', password: 'wrong password' }) });
    }
    await page.reload();
    await page.getByTestId('locked-demo-viewer').waitFor();
    await settle(page, 400);
    await screenshot(page, 'admin-users-zh');
    await page.getByTestId('reset-demo-viewer').click();
    await confirm(page);
    const reset = await readSecret(page);
    await expect.poll(() => page.getByTestId('locked-demo-viewer').count(), POLL).toBe(0);
    const viewer = await demo.signedIn('demo-viewer', { password: reset });
    await viewer.context.close();

    // Disable and enable again.
    await page.getByTestId('toggle-test-officer').click();
    await confirm(page);
    await expect.poll(() => row.textContent(), POLL).toMatch(/已停用/);
    await page.getByTestId('toggle-test-officer').click();
    await confirm(page);
    await expect.poll(() => row.textContent(), POLL).toMatch(/正常/);

    // Edit: the officer moves to a third region.
    await page.getByTestId('edit-test-officer').click();
    await chooseOption(page, page.locator('#user-regions'), '儋州市', { multiple: true });
    await page.keyboard.press('Escape');
    await page.locator('#user-form-save').click();
    await expect.poll(() => row.textContent(), POLL).toMatch(/儋州市/);

    // The forms and the table in English.
    await noToasts(page);
    await page.getByTestId('lang-switch').click();
    await page.getByText('New user').waitFor();
    await page.getByTestId('create-user').click();
    await chooseOption(page, page.locator('#user-role'), 'Park officer');
    await settle(page, 400);
    await screenshot(page, 'admin-user-form-en');
    await page.getByRole('dialog').locator('.ant-modal-close').click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await settle(page, 400);
    await screenshot(page, 'admin-users-en');

    expect(errors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
    await context.close();
  });

  it('creates API tokens for a user and for oneself, shown once, and revokes them', async () => {
    const { page, context, errors } = await demo.signedIn('demo-admin');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
    await page.goto(`${demo.url}/admin?tab=tokens`);
    await page.getByTestId('token-form').waitFor();

    await chooseOption(page, page.locator('#token-user'), 'demo-haikou');
    await page.locator('#token-name').fill('海口数据导入脚本');
    await page.getByTestId('token-form').getByText('读写').click();
    await page.getByTestId('token-create').click();
    await page.getByTestId('secret-value').waitFor();
    // The clipboard answers only the focused page, and on a busy machine the focus may not have
    // arrived when the button is clicked: the page then says the copy failed, and a person
    // clicks again — as the test does, until the button says it copied.
    await expect
      .poll(async () => {
        await page.bringToFront();
        await page.getByTestId('secret-copy').click();
        return page.getByTestId('secret-copy').textContent();
      }, { ...POLL, interval: 1000 })
      .toMatch(/已复制/);
    const token = await readSecret(page);
    expect(token).toMatch(/^psk_/);
    const tokenRow = page.locator('tr', { hasText: '海口数据导入脚本' });
    await expect.poll(() => tokenRow.textContent(), POLL).toMatch(/demo-haikou.*读写.*有效/);

    // The token works, as demo-haikou.
    const read = await fetch(`${demo.url}/api/plan`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    await settle(page, 400);
    await screenshot(page, 'admin-tokens-zh');

    await tokenRow.locator('[data-testid^="revoke-"]').click();
    await confirm(page);
    await expect.poll(() => tokenRow.count(), POLL).toBe(0);
    expect((await fetch(`${demo.url}/api/plan`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    await noToasts(page);
    await page.getByTestId('lang-switch').click();
    await page.getByText('New token for a user').waitFor();
    await page.getByText('Show revoked and expired tokens').click();
    await settle(page, 400);
    await screenshot(page, 'admin-tokens-en');

    // My tokens: any signed-in user's own.
    const analyst = await demo.signedIn('demo-analyst');
    await analyst.page.goto(`${demo.url}/account/tokens`);
    await analyst.page.locator('#token-name').fill('周报脚本');
    await analyst.page.getByTestId('token-create').click();
    expect(await readSecret(analyst.page)).toMatch(/^psk_/);
    const mine = analyst.page.locator('tr', { hasText: '周报脚本' });
    await expect.poll(() => mine.textContent(), POLL).toMatch(/读取.*有效/);
    await analyst.page.locator('#token-name').fill('数据看板');
    await analyst.page.getByTestId('token-create').click();
    await readSecret(analyst.page);
    await settle(analyst.page, 400);
    await screenshot(analyst.page, 'account-tokens-zh');
    await mine.locator('[data-testid^="revoke-"]').click();
    await confirm(analyst.page);
    await expect.poll(() => mine.count(), POLL).toBe(0);
    await noToasts(analyst.page);
    await analyst.page.getByTestId('lang-switch').click();
    await analyst.page.getByText('My API tokens').waitFor();
    await settle(analyst.page, 400);
    await screenshot(analyst.page, 'account-tokens-en');
    expect(analyst.errors).toEqual([]);
    await analyst.context.close();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('uploads region boundaries: lists a refused file’s problems, shows the matched regions, deletes', async () => {
    const { page, context, errors } = await demo.signedIn('demo-admin');
    await page.goto(`${demo.url}/admin?tab=boundaries`);
    await page.getByTestId('boundary-none').waitFor();
    const fileInput = page.getByTestId('boundary-upload').locator('input[type=file]');

    // Features 1 and 2 match no region: the whole file is refused, each problem listed.
    await fileInput.setInputFiles(join(FIXTURES, 'unmatched-feature.geojson'));
    const problems = page.getByTestId('boundary-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toMatch(/#1/);
    expect(text).toMatch(/Atlantis/);
    expect(text).toMatch(/#2/);
    expect(text).toMatch(/海南省/);
    await settle(page, 400);
    await screenshot(page, 'admin-boundaries-errors-zh');

    // Wrong geometry: the feature's name comes from the file the browser holds.
    await fileInput.setInputFiles(join(FIXTURES, 'wrong-geometry.geojson'));
    await expect.poll(() => problems.textContent(), POLL).toMatch(/geometry/);

    // The made-up fixture: five regions matched by code, English name, 12-digit code and Chinese name.
    await fileInput.setInputFiles(join(FIXTURES, 'made-up-hainan.geojson'));
    const matched = page.getByTestId('boundary-matched');
    await matched.waitFor();
    await expect.poll(async () => (await matched.locator('[data-code]').evaluateAll((tags) => tags.map((t) => t.getAttribute('data-code')))).sort(), POLL).toEqual(
      ['460100', '460200', '460400', '469002', '469005'],
    );
    expect(await problems.count()).toBe(0);
    expect(await matched.textContent()).toMatch(/海口市.*三亚市.*儋州市/);
    await page.getByTestId('boundary-preview').waitFor();
    await settle(page);
    await screenshot(page, 'admin-boundaries-zh');

    await noToasts(page);
    await page.getByTestId('lang-switch').click();
    await page.getByText('Current boundaries').waitFor();
    await settle(page);
    await screenshot(page, 'admin-boundaries-en');
    await page.goto(`${demo.url}/admin?tab=portal`);
    await page.getByTestId('portal-switch').waitFor();
    await screenshot(page, 'admin-portal-en');

    await page.goto(`${demo.url}/admin?tab=boundaries`);
    await page.getByTestId('boundary-delete').click();
    await confirm(page);
    await page.getByTestId('boundary-none').waitFor();

    // Refused uploads answer 400: the console names the failed request, nothing else.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    await context.close();
  });
});
