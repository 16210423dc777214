/// <reference lib="dom" />
/** The app shell in a real Chromium: login, the menu, the language switch remembered. */
import { describe, expect, it } from 'vitest';
import { logIn, withDemoBrowser } from './support.ts';

describe('the web app shell', () => {
  const demo = withDemoBrowser();

  it('sends an anonymous visitor to the login page, logs in, switches language and back', async () => {
    const { page, context, errors } = await demo.open();
    await page.goto(demo.url);
    await page.waitForURL(/\/login/);
    await expect(page.getByTestId('demo-banner').isVisible()).resolves.toBe(true);
    await logIn(page, demo.url, 'demo-analyst');
    await page.locator('nav').getByText('总览').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.locator('nav').getByText('Overview').waitFor();
    await page.reload();
    await page.locator('nav').getByText('Overview').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.locator('nav').getByText('总览').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the API’s own words for a wrong password', async () => {
    const { page, context, errors } = await demo.open();
    await page.goto(`${demo.url}/login`);
    await page.locator('#username').fill('demo-analyst');
    await page.locator('#password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toMatch(/用户名或密码/);
    // The 401 of a failed login is the answer, not a page error; the console shows the failed request only.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });
});
