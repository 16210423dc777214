import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressStatuses } from '../../src/evaluation/statuses.ts';
import { hainanPlanDir, repoRoot } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';

const sampleCsv = join(repoRoot, 'examples/observations/hainan-sample.csv');
const evaluate = (...args: string[]) => runCli('evaluate', '--plan', hainanPlanDir, ...args);

interface IndicatorJson {
  id: string;
  name: { zh: string };
  unit: string;
  baseline: { year: number; value: number; source: string } | null;
  latest: { year: number; value: number } | null;
  target: { year: number; value: number | null; kind: string };
  completionPct: number | null;
  timeElapsedPct: number | null;
  cagrActualPct: number | null;
  cagrRequiredPct: number | null;
  ratio: number | null;
  status: string;
  schedule: string;
  requiredGrowthPct: number | null;
  projection: { year: number; value: number; low: number | null; high: number | null; likelyMet: boolean } | null;
  explanation: { zh: string; en: string };
}

describe('plansight evaluate', () => {
  it('evaluates the Hainan plan on the sample observations, as JSON with the agreed field names', async () => {
    const run = await evaluate('--observations', sampleCsv, '--year', '2027', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      year: number;
      indicators: IndicatorJson[];
      summary: { byStatus: Record<string, number>; byCategory: { id: string; byStatus: Record<string, number> }[]; byTier: { id: string; byStatus: Record<string, number> }[] };
    };
    expect(json.year).toBe(2027);
    expect(json.indicators).toHaveLength(26);

    const digital = json.indicators.find((i) => i.id === 'digital-economy-revenue')!;
    expect(digital).toMatchObject({
      id: 'digital-economy-revenue',
      name: { zh: '数字经济核心产业营收' },
      unit: '100m-cny',
      baseline: { year: 2025, value: 2611.68, source: 'derived' },
      latest: { year: 2027, value: 3000 },
      target: { year: 2030, value: 4000, kind: 'at_least' },
      completionPct: 27.97,
      timeElapsedPct: 40,
      cagrActualPct: 7.18,
      cagrRequiredPct: 8.9,
      ratio: 0.806,
      status: 'fair',
      schedule: 'behind',
      requiredGrowthPct: 10.06,
      projection: { year: 2030, likelyMet: false },
    });
    expect(Object.keys(digital.projection!)).toEqual(expect.arrayContaining(['year', 'value', 'low', 'high', 'likelyMet']));
    expect(digital.explanation.zh.startsWith('2027年数字经济核心产业营收3000亿元，年均增长7.2%，低于实现目标所需的8.9%，需加快。')).toBe(true);
    expect(digital.explanation.en.startsWith('Digital economy core industries revenue stood at CNY 300 billion in 2027')).toBe(true);

    const lowAltitude = json.indicators.find((i) => i.id === 'low-altitude-revenue')!;
    expect(lowAltitude).toMatchObject({ baseline: null, latest: null, projection: null, status: 'no_baseline' });
    const share = json.indicators.find((i) => i.id === 'hitech-value-added-share')!;
    // 1380 / 8950 × 100, from the numerator and denominator rows.
    expect(share.latest).toEqual({ year: 2027, value: 15.419, origin: 'computed', pending: false });

    // The sample is made to show every status.
    for (const status of progressStatuses) expect(json.summary.byStatus[status], status).toBeGreaterThan(0);
    const total = Object.values(json.summary.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(26);
    expect(json.summary.byCategory.map((c) => c.id)).toEqual(['scale', 'cluster', 'innovation', 'green', 'market']);
    expect(json.summary.byTier.map((t) => t.id)).toEqual(['t1000', 't500', 't100', 'future']);
    expect(json.summary.byTier[0]!.byStatus).toMatchObject({ fair: 1, limited: 1, deterioration: 1 });
  });

  it('prints tables in Chinese by default, in English with --lang en', async () => {
    const zh = await evaluate('--observations', sampleCsv, '--year', '2027');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('海南省“十五五”高新技术产业发展规划 — 2027年评估');
    expect(zh.stdout).toMatch(/数字经济核心产业营收\s*│ 亿元 │ 2611\.68 \(推算\)\s*│ 3000 \(2027\)/);
    expect(zh.stdout).toContain('未完成下达目标');
    expect(zh.stdout).toContain('4个市县合计2930，与全省3000相差-2.3%');
    const en = await evaluate('--observations', sampleCsv, '--year', '2027', '--lang', 'en');
    expect(en.stdout).toContain('behind schedule');
    expect(en.stdout).toContain('Digital economy core industries revenue stood at CNY 300 billion in 2027');
  });

  it('a bad CSV: every bad row named by row and column, nothing evaluated, a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plansight-evaluate-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'indicator,region,year,value\ngdp,,2026,8500\ngdp,,2027,八千\n数字经济,,2027,3000\n');
    const run = await evaluate('--observations', file, '--year', '2027', '--lang', 'en');
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('has 2 error(s); nothing was read');
    expect(run.stderr).toContain('row 3, column value (D3): expected a number ≥ 0 (100 million yuan), got "八千"');
    expect(run.stderr).toContain('row 4, column indicator (A4): expected an indicator or statistic id of plan hainan-hitech-2026-2030, or its exact Chinese name, got "数字经济"');
    const zh = await evaluate('--observations', file, '--year', '2027');
    expect(zh.code).toBe(3);
    expect(zh.stderr).toContain('第3行“value”列（D3）：应为不小于0的数字（单位：亿元），实际为“八千”');
  });

  it('usage errors exit 2; a missing file exits 3', async () => {
    expect((await evaluate('--observations', sampleCsv)).code).toBe(2);
    expect((await evaluate('--observations', sampleCsv, '--year', '27')).code).toBe(2);
    expect((await evaluate('--observations', sampleCsv, '--year', '2027', '--format', 'xml')).code).toBe(2);
    const missing = await evaluate('--observations', join(repoRoot, 'no-such.csv'), '--year', '2027');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read the observations file');
  });
});
