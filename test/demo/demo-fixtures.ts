/** Plans and the default demo data the demo tests share; generated once per test file. */
import { generateDemo, type DemoData } from '../../src/demo/generate-demo.ts';
import type { DemoOptionsInput } from '../../src/demo/demo-options.ts';
import type { DemoEnterprise } from '../../src/demo/demo-enterprises.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { loadPlan } from '../../src/plan/read-plan-folder.ts';
import { hainanPlanDir, samplePlanDir } from '../support/paths.ts';

export const hainan: Plan = await loadPlan(hainanPlanDir);
export const samplePlan: Plan = await loadPlan(samplePlanDir);

export function demoOf(plan: Plan, options: DemoOptionsInput = {}): DemoData {
  return generateDemo(plan, options);
}

/** All enterprises of a demo, collected (only for small runs). */
export function collect(demo: DemoData): DemoEnterprise[] {
  return [...demo.enterprises()];
}

/** Compound annual growth (fraction) between two values `years` apart. */
export function cagr(from: number, to: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

/** Whole hundredths, to compare sums of two-decimal amounts without float noise. */
export function fen(value: number): number {
  return Math.round(value * 100);
}
