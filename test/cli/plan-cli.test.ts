import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { planFileJsonSchema, planJsonSchema } from '../../src/plan/json-schema.ts';
import { hainanPlanDir, hainanPlanTextPath, repoRoot, samplePlanDir } from '../support/paths.ts';
import { runCli } from '../support/run-cli.ts';

describe('plansight plan', () => {
  it('check: the Hainan plan against its text has no errors, and exits 0', async () => {
    const run = await runCli('plan', 'check', hainanPlanDir, '--text', hainanPlanTextPath(), '--format', 'json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; issues: { severity: string; code: string }[] };
    expect(report.ok).toBe(true);
    expect(report.issues.filter((i) => i.severity !== 'note')).toEqual([]);
    expect(report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['clusters_sum', 'baseline_derived', 'tier_counts']));
  });

  it('check: a broken plan prints file:line and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plansight-plan-'));
    cpSync(samplePlanDir, dir, { recursive: true });
    const file = join(dir, 'targets.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('unit: tce-per-10k-cny', 'unit: tonnes'));
    const run = await runCli('plan', 'check', dir, '--lang', 'en');
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/targets\.yaml:13:\d+\s+error\s+refers to an unknown unit "tonnes"\s+\(indicators\[1\]\.unit\)/);
    const zh = await runCli('plan', 'check', dir);
    expect(zh.stdout).toContain('引用了不存在的单位“tonnes”');
    const show = await runCli('plan', 'show', dir);
    expect(show.code).toBe(3);
    expect(show.stderr).toContain('targets.yaml:13');
  });

  it('export: the validated plan with derived values, under the agreed field names', async () => {
    const run = await runCli('plan', 'export', hainanPlanDir, '--format', 'json');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({ id: 'hainan-hitech-2026-2030', title: { zh: '海南省“十五五”高新技术产业发展规划' }, baseYear: 2025, targetYear: 2030 });
    const revenue = plan.indicators.find((i: { id: string }) => i.id === 'hitech-revenue');
    expect(revenue).toMatchObject({
      name: { zh: '高新技术产业营收', en: 'High-tech industry revenue' },
      category: 'scale',
      unit: '100m-cny',
      target: { value: 10000, kind: 'at_least' },
      annualGrowthPct: 10,
      direction: 'increase',
      baseline: { year: 2025, value: 6209.21, derived: true },
      source: { ref: '表2-1', quote: '高新技术产业营收' },
    });
    expect(plan.indicators.find((i: { id: string }) => i.id === 'commercial-aerospace-revenue').baseline).toBeNull();
    const cluster = plan.clusters.find((c: { id: string }) => c.id === 'digital-economy');
    expect(cluster).toMatchObject({ tier: 't1000', indicatorId: 'digital-economy-revenue', target: { value: 4000 } });
    expect(cluster.segments[0]).toMatchObject({ id: 'de-electronics', name: { zh: '电子信息制造业' } });
    expect('position' in cluster.segments[0]).toBe(true);
    expect(plan.regions[0]).toEqual(expect.objectContaining({ code: '460100', lng: 110.3255, lat: 20.044 }));
    expect(plan.poles.find((p: { id: string }) => p.id === 'haikou')).toMatchObject({ core: ['460100'] });
    expect(plan.parks.find((p: { id: string }) => p.id === 'yangpu')).toMatchObject({ region: '460400' });
    const project = plan.projects[0];
    for (const field of ['id', 'column', 'clusterId', 'segmentId', 'regions', 'stage']) expect(project).toHaveProperty(field);
    expect(project.name.zh).toBe('先进封装产业基地');
    expect(project.source).toEqual({ ref: '专栏1', quote: '先进封装产业基地' });
  });

  it('show: tables of indicators, the industry system and the poles, in either language', async () => {
    const zh = await runCli('plan', 'show', hainanPlanDir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('规划期 2026–2030');
    expect(zh.stdout).toMatch(/│ 1\s+│ 高新技术产业营收\s+│ 规模目标\s+│ 亿元 │ 6209\.21 \(推算\)\s+│ ≥ 10000/);
    expect(zh.stdout).toMatch(/千亿级产业集群\s+│ 数字经济\s+│ ≥ 4000 亿元/);
    expect(zh.stdout).toMatch(/│ 儋洋 │ 儋州市/);
    const en = await runCli('plan', 'show', hainanPlanDir, '--lang', 'en');
    expect(en.stdout).toContain('Digital economy core industries revenue');
  });

  it('usage errors exit with 2', async () => {
    expect((await runCli('plan', 'export', hainanPlanDir, '--format', 'xml')).code).toBe(2);
    expect((await runCli('no-such-command')).code).toBe(2);
  });
});

describe('the JSON Schema files', () => {
  it('are up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const onDisk = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'schema', name), 'utf8'));
    expect(onDisk('plan.schema.json')).toEqual(planJsonSchema());
    expect(onDisk('plan-file.schema.json')).toEqual(planFileJsonSchema());
    expect(planFileJsonSchema().required).toBeUndefined();
    expect(planJsonSchema().required).toEqual(expect.arrayContaining(['id', 'indicators', 'units']));
  });
});

describe('the installed command', () => {
  it('answers --help through bin/plansight.js', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(repoRoot, 'bin/plansight.js'), '--help']);
    expect(stdout).toContain('Usage: plansight');
    expect(stdout).toContain('plan');
  });
});

describe('docs/data-formats.md', () => {
  it('is up to date with the record kinds (run `npm run docs:formats` after changing them)', async () => {
    const { formatsMarkdown } = await import('../../src/records/format-docs.ts');
    const { recordKinds } = await import('../../src/records/record-kinds.ts');
    expect(readFileSync(join(repoRoot, 'docs/data-formats.md'), 'utf8')).toBe(`${formatsMarkdown(recordKinds)}\n`);
  });
});
