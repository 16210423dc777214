/** `plansight demo seed`: the synthetic demo province, for trying the product and for benchmarks. */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { seedDemo } from '../commands/seed-demo.ts';
import { openStore } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { cliActor, defaultPlanDir } from './defaults.ts';
import type { CliIo } from './io.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';
import type { Clock } from './main.ts';

const positiveInteger = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`${name} must be a whole number, got ${JSON.stringify(value)}`, EXIT.usage);
  return Number(value);
};

export function registerDemoCommands(program: Command, io: CliIo, now: Clock): void {
  const demo = program.command('demo').description('synthetic demo data (演示数据), clearly marked as such');
  demo
    .command('seed')
    .description('write a deterministic demo province mid-plan into the store: observations, enterprises, certifications, projects')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .option('--seed <n>', 'random seed (same seed, same data)')
    .option('--enterprises <n>', 'number of enterprises (default 3000)')
    .option('--no-progress', 'no progress bar')
    .action(async (options: { plan: string; seed?: string; enterprises?: string; progress: boolean }) => {
      const plan = await loadPlanOrExplain(options.plan);
      const seed = positiveInteger('--seed', options.seed);
      const enterprises = positiveInteger('--enterprises', options.enterprises);
      const store = await openStore();
      const bar = options.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ format: ' enterprises |{bar}| {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      try {
        const outcome = await seedDemo({
          store,
          plan,
          options: { ...(seed === undefined ? {} : { seed }), ...(enterprises === undefined ? {} : { enterprises }) },
          ctx: { actor: cliActor(), at: now().toISOString(), origin: 'demo' },
          onProgress: ({ enterprises: done, total }) => {
            if (bar && bar.getTotal() !== total) bar.start(total, 0);
            bar?.update(done);
          },
        });
        bar?.stop();
        const s = outcome.summary;
        io.out(`演示数据（虚构，非官方统计）已写入 / demo data (synthetic, not official statistics) written — seed ${s.seed}`);
        for (const [kind, c] of Object.entries(outcome.counts)) {
          io.out(`  ${kind.padEnd(15)} ${String(c.inserted).padStart(8)} new  ${String(c.updated).padStart(8)} changed  ${String(c.unchanged).padStart(8)} unchanged`);
        }
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
