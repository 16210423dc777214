/** Where the tests find the plans, fixtures and the plan text (shared/seed beside the repo). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const hainanPlanDir = join(repoRoot, 'plans/hainan-hitech-2026-2030');
export const samplePlanDir = join(repoRoot, 'test/fixtures/sample-city-plan');
export const samplePlanText = join(repoRoot, 'test/fixtures/sample-city-plan.txt');

/** The Hainan plan text. It lives outside the repo (../shared/seed), present on every machine and in CI. */
export function hainanPlanTextPath(): string {
  const seedDir = process.env.PLANSIGHT_SEED_DIR ?? resolve(repoRoot, '../shared/seed');
  if (!existsSync(seedDir)) throw new Error(`the plan text folder ${seedDir} is missing (set PLANSIGHT_SEED_DIR)`);
  const file = readdirSync(seedDir).find((name) => name.endsWith('.txt'));
  if (!file) throw new Error(`no .txt plan text in ${seedDir}`);
  return join(seedDir, file);
}

export function hainanPlanText(): string {
  return readFileSync(hainanPlanTextPath(), 'utf8');
}
