import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../src/plan/analyse-plan.ts';
import type { PlanFile } from '../../src/plan/plan-files.ts';
import { readPlanFiles, loadPlan, PlanLoadError } from '../../src/plan/read-plan-folder.ts';
import { samplePlanDir, samplePlanText } from '../support/paths.ts';

/** The fixture plan's files with one text replacement applied to one of them. */
async function sampleWith(file: string, from: string | RegExp, to: string): Promise<PlanFile[]> {
  const files = await readPlanFiles(samplePlanDir);
  const target = files.find((f) => f.name === file);
  if (!target) throw new Error(`no ${file}`);
  const changed = target.text.replace(from, to);
  if (changed === target.text) throw new Error(`replacement did not apply to ${file}`);
  return files.map((f) => (f.name === file ? { ...f, text: changed } : f));
}

function errorsOf(files: PlanFile[]) {
  return analysePlan(files).issues.filter((i) => i.severity === 'error');
}

describe('a second, made-up plan loads through the same code', () => {
  it('loads with its own units, tiers, period and a decreasing indicator', async () => {
    const plan = await loadPlan(samplePlanDir);
    expect(plan.id).toBe('xinghe-city-2026-2028');
    expect(plan.targetYear).toBe(2028);
    expect(plan.tiers.map((t) => t.id)).toEqual(['major', 'emerging']);
    const intensity = plan.indicators.find((i) => i.id === 'energy-intensity')!;
    expect(intensity.direction).toBe('decrease');
    expect(intensity.requiredGrowthPct!).toBeLessThan(0);
    const revenue = plan.indicators.find((i) => i.id === 'digital-revenue')!;
    expect(revenue.baseline!.value).toBeCloseTo(300 / 1.12 ** 3, 1);
    expect(plan.settings.evaluation).toMatchObject({ scheduleTolerancePct: 3, baselineDeviationPct: 5 });
    expect(plan.settings.evaluation.sdgThresholds).toEqual({ onTrack: 0.95, fair: 0.5, limited: -0.1 });
  });

  it('passes its quote check against its own text', async () => {
    const analysis = analysePlan(await readPlanFiles(samplePlanDir), { text: readFileSync(samplePlanText, 'utf8') });
    expect(analysis.issues.filter((i) => i.severity !== 'note')).toEqual([]);
  });

  it('reports the planner findings: derived baseline, implied growth, overlapping clusters', async () => {
    const analysis = analysePlan(await readPlanFiles(samplePlanDir));
    const codes = analysis.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['baseline_derived', 'implied_growth', 'clusters_sum', 'tier_counts']));
    const sum = analysis.issues.find((i) => i.code === 'clusters_sum')!;
    expect(sum.message.en).toContain('add up to 320, more than the total target 300');
    expect(sum.message.zh).toContain('合计 320');
  });
});

describe('findings warn without stopping the plan from loading', () => {
  it('a cluster target outside its tier band', async () => {
    const files = await sampleWith('targets.yaml', 'target: { value: 200, kind: reach }', 'target: { value: 50, kind: reach }');
    const analysis = analysePlan(files);
    expect(analysis.plan).toBeDefined();
    const warning = analysis.issues.find((i) => i.code === 'tier_fit')!;
    expect(warning).toMatchObject({ severity: 'warning', file: 'layout.yaml', path: 'clusters[0].tier' });
    expect(warning.message.en).toContain('the target 50 is outside the range of tier major (100 to —)');
  });

  it('a stated baseline whose growth does not reproduce the target', async () => {
    const files = await sampleWith('targets.yaml', '    direction: decrease\n', '    direction: decrease\n    annualGrowthPct: -2\n');
    const warning = analysePlan(files).issues.find((i) => i.code === 'growth_reproduces_target')!;
    // 0.62 × 0.98³ = 0.5835…, 16.71 % above the target 0.5.
    expect(warning).toMatchObject({ severity: 'warning', file: 'targets.yaml', line: 15 });
    expect(warning.message.en).toContain('gives 0.58, not matching the target 0.5 (16.71% off)');
  });
});

describe('a broken plan file gets an error naming file, line and field', () => {
  it('a wrong type', async () => {
    const files = await sampleWith('targets.yaml', 'target: { value: 300, kind: reach }', 'target: { value: lots, kind: reach }');
    const [error, ...rest] = errorsOf(files);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'targets.yaml', line: 7, path: 'indicators[0].target.value', code: 'schema' });
    expect(error!.message.en).toContain('expected number');
    expect(error!.message.en).toContain('"lots"');
  });

  it('a missing required field points at the item that lacks it', async () => {
    const files = await sampleWith('targets.yaml', '    category: green\n    unit: tce-per-10k-cny\n', '    unit: tce-per-10k-cny\n');
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'targets.yaml', line: 10, path: 'indicators[1].category' });
    expect(error!.message.en).toMatch(/missing required field indicators\[1\]\.category/);
  });

  it('an unknown key', async () => {
    const files = await sampleWith('targets.yaml', '    direction: decrease\n', '    direction: decrease\n    directon: up\n');
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'targets.yaml', line: 15, path: 'indicators[1].directon' });
    expect(error!.message.en).toContain('unknown key(s) in indicators[1]: directon');
  });

  it('a value outside its enumeration', async () => {
    const files = await sampleWith('layout.yaml', 'stage: planned', 'stage: dreaming');
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'layout.yaml', line: 48, path: 'projects[2].stage' });
    expect(error!.message.en).toContain('"planned" | "advancing" | "construction" | "operating"');
  });

  it('a broken reference', async () => {
    const files = await sampleWith('layout.yaml', 'segmentId: devices', 'segmentId: recycled-plastics');
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'layout.yaml', line: 47, path: 'projects[1].segmentId', code: 'unknown_reference' });
    expect(error!.message.en).toContain('segment of cluster "electronics"');
  });

  it('YAML syntax', async () => {
    const files = await sampleWith('plan.yaml', 'baseYear: 2025', 'baseYear: [2025');
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'plan.yaml', code: 'yaml_syntax' });
    expect(error!.line).toBeGreaterThanOrEqual(5);
  });

  it('a section defined twice, or unknown', async () => {
    const twice = await sampleWith('layout.yaml', /^tiers:/m, 'units: []\ntiers:');
    // Files are read in name order: the second definition (plan.yaml) is the one reported.
    const [duplicate] = errorsOf(twice);
    expect(duplicate).toMatchObject({ file: 'plan.yaml', line: 12, code: 'duplicate_section', path: 'units' });
    expect(duplicate!.message.en).toContain('already defined in layout.yaml');
    const unknown = await sampleWith('layout.yaml', /^tiers:/m, 'tires: []\ntiers:');
    expect(errorsOf(unknown)[0]).toMatchObject({ file: 'layout.yaml', line: 2, code: 'unknown_section' });
  });

  it('a quote that is not in the text', async () => {
    const files = await sampleWith('targets.yaml', 'quote: 研发经费投入强度达到3%', 'quote: 研发经费投入强度达到4%');
    const analysis = analysePlan(files, { text: readFileSync(samplePlanText, 'utf8') });
    const [error] = analysis.issues.filter((i) => i.severity === 'error');
    expect(error).toMatchObject({ file: 'targets.yaml', code: 'quote_not_found', path: 'indicators[2].source.quote' });
  });

  it('loadPlan refuses a broken plan with every error attached', async () => {
    await expect(loadPlan(`${samplePlanDir}/does-not-exist`)).rejects.toBeInstanceOf(PlanLoadError);
  });
});
