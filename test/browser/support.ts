/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Browser tests drive Debian's Chromium (playwright-core, no downloaded browser) against
 * the real server: the built web app (dist/web) and the API on a fresh demo database,
 * listening on a free loopback port. Every page's console errors and uncaught exceptions
 * are collected, so a test can say that no page logged one.
 *
 * A describe block gets both with `withDemoBrowser()`, and its pages with `open()` or
 * `signedIn(username)`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

export interface DemoServerOptions {
  /** Demo enterprises in the registry (600 unless told). */
  enterprises?: number;
  publicPortal?: boolean;
}

/** The server as `npm start` runs it: demo data and demo accounts on a fresh SQLite store. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
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

export interface PageOptions {
  width?: number;
  height?: number;
  /** The language the web app starts in (its remembered choice); the app's default otherwise. */
  lang?: 'zh' | 'en';
}

/** A new browser context (its own cookies) and page, at 1440×900 unless told otherwise. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<TrackedPage> {
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

export interface LogInOptions {
  /** The demo accounts' password (`<username>-2026`) unless told. */
  password?: string;
  /** A path to land on straight from the login page (its `next`), not through the home page. */
  next?: string;
}

export async function logIn(page: Page, baseUrl: string, username: string, options: LogInOptions = {}): Promise<void> {
  const { next } = options;
  await page.goto(next ? `${baseUrl}/login?next=${encodeURIComponent(next)}` : `${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(options.password ?? `${username}-2026`);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => (next ? url.pathname === next : !url.pathname.startsWith('/login')));
}

/** A describe block's demo server and Chromium: started before its first test, closed after its last. */
export interface DemoBrowser {
  readonly server: DemoServer;
  readonly browser: Browser;
  /** The server's address, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** A page with a context (cookies) of its own, signed in to nobody. */
  open(options?: PageOptions): Promise<TrackedPage>;
  /** A page with a context of its own, signed in as `username`. */
  signedIn(username: string, options?: PageOptions & LogInOptions): Promise<TrackedPage>;
}

export interface DemoBrowserOptions extends DemoServerOptions {
  /** The file's own data, written once the demo data is in (before the tests, before Chromium starts). */
  prepare?: (server: DemoServer) => Promise<void>;
}

/**
 * Registers the beforeAll that starts a demo server and Chromium and the afterAll that closes
 * both: call it in a describe block. The handle's getters throw until beforeAll has run.
 */
export function withDemoBrowser(options: DemoBrowserOptions = {}): DemoBrowser {
  const { prepare, ...serverOptions } = options;
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  // No timeout of its own: the browser project's hookTimeout (vitest.config.ts) allows for the demo data.
  beforeAll(async () => {
    server = await startDemoServer(serverOptions);
    await prepare?.(server);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} has not started: use it in a test or a hook after withDemoBrowser's beforeAll`);
    return value;
  };
  const handle: DemoBrowser = {
    get server() {
      return started(server, 'The demo server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    get url() {
      return started(server, 'The demo server').url;
    },
    open: (pageOptions) => openPage(handle.browser, pageOptions),
    async signedIn(username, { password, next, ...pageOptions } = {}) {
      const tracked = await openPage(handle.browser, pageOptions);
      await logIn(tracked.page, handle.url, username, { password, next });
      return tracked;
    },
  };
  return handle;
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
