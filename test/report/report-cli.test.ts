/** `plansight report midterm` end to end on a demo store (HTML: the quick format; Word and PDF have their own tests). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { REPORT_TODAY, REPORT_YEAR, seededStore, type SeededStore } from './report-fixture.ts';

describe('plansight report midterm', () => {
  let s: SeededStore;
  let dir: string;
  beforeAll(async () => {
    s = await seededStore('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'plansight-report-cli-'));
    vi.stubEnv('PLANSIGHT_DATABASE_URL', s.store.url);
  }, 120_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await s?.store.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the report from the store and says it holds demo data', async () => {
    const file = join(dir, 'midterm.html');
    const run = await runCli('report', 'midterm', '--year', String(REPORT_YEAR), '--format', 'html', '--today', REPORT_TODAY, '-o', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stderr).toContain('演示数据');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('中期评估报告');
    expect(html).toContain('2029年5月1日');
  });

  it('writes English with --lang en', async () => {
    const file = join(dir, 'midterm-en.html');
    const run = await runCli('report', 'midterm', '--year', String(REPORT_YEAR), '--lang', 'en', '--format', 'html', '--today', REPORT_TODAY, '-o', file);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Mid-term Evaluation Report');
  });

  it('refuses a bad format, year or day with a usage error', async () => {
    const out = join(dir, 'x');
    for (const args of [
      ['--year', '2028', '--format', 'odt'],
      ['--year', '28', '--format', 'html'],
      ['--year', '2028', '--format', 'html', '--today', '1 May 2029'],
    ]) {
      const run = await runCli('report', 'midterm', ...args, '-o', out);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--format|--year|--today/);
    }
  });
});
