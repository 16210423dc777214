/** Where the CLI looks when not told: the default plan and the store from the environment. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `--plan`, else PLANSIGHT_PLAN, else the Hainan plan shipped with Plansight. */
export function defaultPlanDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PLANSIGHT_PLAN?.trim() || join(packageRoot, 'plans/hainan-hitech-2026-2030');
}

/** Who the CLI acts as in the history: the operating-system user, prefixed so it is told apart from web accounts. */
export function cliActor(env: NodeJS.ProcessEnv = process.env): string {
  return `cli:${env.USER ?? env.USERNAME ?? 'operator'}`;
}
