/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Browser tests drive Debian's Chromium (playwright-core, no downloaded browser) against
 * the real server: the built web app (dist/web) and the API on a fresh demo database,
 * listening on a free loopback port. Every page's console errors and uncaught exceptions
 * are collected, so a test can say that no page logged one.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.ts';
import { prepareDemo } from '../../src/server/commands/prepare-demo.ts';
import { DEFAULT_WEB_DIR, webAppAvailable } from '../../src/server/web-app.ts';
import { freshStore, type TestStore } from '../support/engines.ts';
import { repoRoot } from '../support/paths.ts';
import { hainanPlan } from '../server/support.ts';

export const CHROMIUM = process.env.PLANSIGHT_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(repoRoot, 'test-output/screenshots');

export interface DemoServer {
  url: string;
  app: FastifyInstance;
  store: TestStore;
  close(): Promise<void>;
}

/** The server as `npm start` runs it: demo data and demo accounts on a fresh SQLite store. */
export async function startDemoServer(options: { enterprises?: number; publicPortal?: boolean } = {}): Promise<DemoServer> {
  // PLANSIGHT_WEB_DIR: a build of one's own (`npx vite build --config web/vite.config.ts --outDir …`).
  const webDir = process.env.PLANSIGHT_WEB_DIR ?? DEFAULT_WEB_DIR;
  if (!webAppAvailable(webDir)) throw new Error(`The web app is not built (${webDir}): run npm run build:web first (npm test does).`);
  const plan = await hainanPlan();
  const store = await freshStore('sqlite');
  const change = { actor: 'cli:browser-test', at: new Date().toISOString(), origin: 'demo' };
  await prepareDemo({ store, plan, enterprises: options.enterprises ?? 600, change });
  const app = await buildApp({ store, plan, webDir, config: { publicPortal: options.publicPortal ?? false, log: { level: 'warn' } } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    app,
    store,
    close: async () => {
      await app.close();
      await store.dispose();
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, with the page's URL at the time. */
  errors: string[];
}

/** A new browser context (its own cookies) and page, at 1440×900 unless told otherwise. */
export async function openPage(browser: Browser, options: { width?: number; height?: number; lang?: 'zh' | 'en' } = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, locale: 'zh-CN' });
  if (options.lang) await context.addInitScript((lang) => localStorage.setItem('plansight.lang', lang), options.lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
  return { page, context, errors };
}

export async function logIn(page: Page, baseUrl: string, username: string, password = `${username}-2026`): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A full-page PNG under test-output/screenshots, for people to look at (not compared). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Waits until no request is in flight and ECharts has drawn (charts animate for ~1 s). */
export async function settle(page: Page, ms = 1200): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(ms);
}
