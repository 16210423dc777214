/**
 * 5. Web: the cockpit's initial JavaScript (gzip) — index.html's module script and
 * modulepreload links, the cockpit route's lazy chunk, and every chunk these import
 * statically — from the app built with web/vite.config.ts; and the time until the cockpit
 * has rendered one card per indicator in headless Chromium on localhost, signed in as
 * demo-analyst. The build goes to a temporary folder (not dist/web, which others may be
 * serving while the bench runs). Chunks are found by reading the built files' import
 * statements (a Vite manifest would need `build.manifest: true` in web/vite.config.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserType } from 'playwright-core';
import type { Plan } from '../src/plan/derive.ts';
import { buildApp } from '../src/server/app.ts';
import { openStore } from '../src/store/open-database.ts';
import { ensureDemoAccounts } from './api.ts';
import { REPO, result, round, runChild, skipped, type BenchResult, type Log } from './lib.ts';

const SIZE_GOAL = 'initial JS ≤ 500 KB gzip';
const RENDER_GOAL = 'measured (no goal)';
const CHROMIUM = '/usr/bin/chromium';

export interface InitialScripts {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
  cockpitChunk: string | null;
}

/** Static imports of a built chunk: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`. */
function staticImports(code: string): string[] {
  const out = new Set<string>();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) out.add(match[1]!);
  return [...out];
}

export function initialScripts(dir: string, cockpitPattern = /^CockpitPage-.*\.js$/): InitialScripts {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const roots = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g)) roots.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)) roots.add(m[1]!);
  const assets = join(dir, 'assets');
  const cockpit = readdirSync(assets).find((f) => cockpitPattern.test(f)) ?? null;
  if (cockpit) roots.add(`assets/${cockpit}`);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const base = file.slice(0, file.lastIndexOf('/') + 1);
    for (const spec of staticImports(code)) queue.push(new URL(spec, `file:///${base}`).pathname.slice(1));
  }
  const files = [...seen].sort().map((file) => {
    const data = readFileSync(join(dir, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data).length };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    cockpitChunk: cockpit,
  };
}

async function buildWeb(log: Log): Promise<{ dir: string; note: string | null }> {
  // Outside the repository: eslint would read the built files inside it.
  const dir = join(tmpdir(), `plansight-bench-web-${process.pid}`);
  log(`web: vite build (web/vite.config.ts → ${dir})`);
  const run = await runChild(join(REPO, 'node_modules', '.bin', 'vite'), ['build', '--config', 'web/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn']);
  if (run.code === 0 && existsSync(join(dir, 'index.html'))) return { dir, note: null };
  const fallback = join(REPO, 'dist', 'web');
  if (existsSync(join(fallback, 'index.html'))) return { dir: fallback, note: `the build failed (${run.stderr.trim().split('\n').slice(-3).join(' / ')}); measured the existing dist/web` };
  throw new Error(`vite build failed: ${run.stderr}`);
}

async function renderTime(plan: Plan, webDir: string, url: string, log: Log, runs: number): Promise<{ ms: number[]; cards: number; skippedReason: string | null }> {
  if (!existsSync(CHROMIUM)) return { ms: [], cards: 0, skippedReason: `Chromium is not installed (${CHROMIUM}): apt-get install -y chromium` };
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { ms: [], cards: 0, skippedReason: 'playwright-core is not installed' };
  }
  await ensureDemoAccounts(url, plan);
  const store = await openStore({ url });
  const app = await buildApp({ store, plan, config: { log: { level: 'warn' } }, webDir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const expected = plan.indicators.length;
  const times: number[] = [];
  let cards = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      try {
        const login = await context.request.post(`${base}/api/auth/login`, { data: { username: 'demo-analyst', password: 'demo-analyst-2026' } });
        if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${base}/`);
        try {
          await page.waitForFunction((n) => document.querySelectorAll('[data-testid="indicator-card"]').length >= n, expected, { timeout: 60_000, polling: 50 });
        } catch {
          cards = await page.locator('[data-testid="indicator-card"]').count();
          return { ms: times, cards, skippedReason: `the cockpit did not show ${expected} [data-testid="indicator-card"] within 60 s (saw ${cards}); the cockpit is still being built` };
        }
        times.push(performance.now() - start);
        cards = await page.locator('[data-testid="indicator-card"]').count();
        log(`web: cockpit rendered ${cards} indicator cards in ${times.at(-1)!.toFixed(0)} ms`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await store.close();
  }
  return { ms: times, cards, skippedReason: null };
}

export async function benchWeb(plan: Plan, options: { url: string; label: string; log: Log; runs: number }): Promise<BenchResult[]> {
  const { log } = options;
  const out: BenchResult[] = [];
  const { dir, note } = await buildWeb(log);
  const scripts = initialScripts(dir);
  out.push(
    result({
      id: 'web.initial-js',
      title: 'Cockpit initial JavaScript (gzip): entry, modulepreloads, cockpit chunk and their static imports',
      ours: { value: round(scripts.gzipBytes / 1000, 0), unit: 'KB gzip' },
      reference: null,
      ratio: null,
      goal: SIZE_GOAL,
      holds: scripts.gzipBytes <= 500_000 && scripts.cockpitChunk !== null,
      details: {
        rawKB: round(scripts.bytes / 1000, 0),
        files: scripts.files.map((f) => `${f.file.replace(/^assets\//, '')} ${round(f.gzipBytes / 1000, 0)}`).join(', '),
        cockpitChunk: scripts.cockpitChunk,
        ...(note ? { note } : {}),
      },
    }),
  );
  const render = await renderTime(plan, dir, options.url, log, options.runs);
  const title = `Cockpit rendered (every indicator card) in headless Chromium, cold cache (${options.label})`;
  if (render.skippedReason) {
    out.push(skipped('web.render', title, RENDER_GOAL, render.skippedReason));
  } else {
    const sorted = [...render.ms].sort((a, b) => a - b);
    out.push(
      result({
        id: 'web.render',
        title,
        ours: { value: round(sorted[Math.floor(sorted.length / 2)]!, 0), unit: 'ms' },
        reference: null,
        ratio: null,
        goal: RENDER_GOAL,
        holds: null,
        details: { runs: render.ms.length, minMs: round(sorted[0]!, 0), maxMs: round(sorted.at(-1)!, 0), cards: render.cards },
      }),
    );
  }
  return out;
}
