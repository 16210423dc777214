/// <reference lib="dom" />
/**
 * Driving and waiting on the web app's widgets the way a person would: a table's rows, an
 * antd Select's list, the toasts, an ECharts canvas. Each waits for the widget to be done (a list closed,
 * a toast gone, a chart drawn): on a slow, shared machine the next step must not start early.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * How long a test waits for the page to reach the state it expects. Generous: CI runs on two
 * cores shared with a database server and the test runner, and a wait ends as soon as the
 * state is reached, so only a failing test pays for it.
 */
export const POLL = { timeout: 30_000 };
const CHART_POLL = POLL;

/** The rows of the table with this test id that hold every one of these texts. */
export function tableRow(page: Page, testId: string, ...texts: string[]): Locator {
  let locator = page.getByTestId(testId).locator('tbody tr');
  for (const text of texts) locator = locator.filter({ hasText: text });
  return locator;
}

export interface ChooseOptions {
  /** Typed into the select's search first, for long lists. */
  type?: string;
  /** A multiple select stays open after a pick: the caller closes it (Escape). */
  multiple?: boolean;
}

/**
 * Opens an antd Select by clicking `trigger`, picks the first option with this text and,
 * for a single select, waits for the list to close: until it has, it covers the next control.
 */
export async function chooseOption(page: Page, trigger: Locator, option: string | RegExp, options: ChooseOptions = {}): Promise<void> {
  await trigger.click();
  if (options.type) await page.keyboard.type(options.type);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  if (!options.multiple) await selectListsClosed(page);
}

/** No antd Select list is open, nor still closing (its animation covers the next control). */
export async function selectListsClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').length === 0, null, POLL);
}

/** Waits for the toasts to go, so a screenshot in the other language shows none in this one. */
export async function noToasts(page: Page): Promise<void> {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** The chart is drawn: ECharts' canvas is there and has a size. */
export async function chartDrawn(page: Page, testId: string): Promise<void> {
  const canvas = page.getByTestId(testId).locator('canvas').first();
  await canvas.waitFor();
  await expect.poll(async () => (await canvas.boundingBox())?.height ?? 0, CHART_POLL).toBeGreaterThan(200);
}
