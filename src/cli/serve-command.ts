/**
 * `plansight serve`: the HTTP API on the embedded store (or PLANSIGHT_DATABASE_URL). With
 * --demo, the first start on an empty store writes the synthetic demo province and one
 * account per role, and prints their (public, demo-only) passwords. Stops gracefully on
 * SIGTERM or SIGINT: in-flight requests finish, then the store closes.
 */
import type { Command } from 'commander';
import { DEMO_USERNAMES, demoPassword, type DemoAccount } from '../server/commands/demo-accounts.ts';
import { serverConfigFromEnv } from '../server/config.ts';
import { countUsers, findUserByUsername } from '../store/accounts-users.ts';
import { openStore, type Store } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { cliActor, defaultPlanDir } from './defaults.ts';
import type { CliIo } from './io.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';
import type { Clock } from './main.ts';
import { newTable } from './table.ts';

interface ServeOptions {
  port: string;
  host: string;
  plan: string;
  demo?: boolean;
  demoEnterprises: string;
}

function wholeNumber(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max) throw new CliError(`${name} must be a whole number up to ${max}, got ${JSON.stringify(value)}`, EXIT.usage);
  return Number(value);
}

function printDemoAccounts(io: CliIo, accounts: readonly DemoAccount[]): void {
  io.out('演示账户（密码公开，仅限演示数据库使用）/ demo accounts (public passwords: for demo databases only)');
  const table = newTable(['username', 'password', 'role', 'scope']);
  for (const a of accounts) table.push([a.username, a.password, a.role, a.scope]);
  io.out(table.toString());
  io.out('警告：请勿在真实数据库上使用这些账户 / warning: never use these accounts on a real database');
}

/** Demo accounts still present on a demo database started again: their passwords are public anyway. */
async function remainingDemoAccounts(store: Store): Promise<DemoAccount[]> {
  const out: DemoAccount[] = [];
  for (const username of DEMO_USERNAMES) {
    const user = await findUserByUsername(store.db, username);
    if (user) out.push({ username, password: `${demoPassword(username)} (unless changed)`, role: user.role, scope: user.regions.join(',') || user.parkId || user.creditCode || '' });
  }
  return out;
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

export function registerServeCommand(program: Command, io: CliIo, now: Clock): void {
  program
    .command('serve')
    .description('serve the HTTP API (docs at /api/docs); PLANSIGHT_PUBLIC_PORTAL=1 opens the public portal')
    .option('--port <n>', 'port to listen on (0: any free port)', process.env.PLANSIGHT_PORT ?? '8080')
    .option('--host <address>', 'address to listen on (0.0.0.0: every interface)', process.env.PLANSIGHT_HOST ?? '127.0.0.1')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .option('--demo', 'on an empty store, write the demo province and one demo account per role')
    .option('--demo-enterprises <n>', 'enterprises in the demo province', '3000')
    .action(async (options: ServeOptions) => {
      const port = wholeNumber('--port', options.port, 65535);
      const enterprises = wholeNumber('--demo-enterprises', options.demoEnterprises, 1_000_000);
      const config = serverConfigFromEnv();
      const plan = await loadPlanOrExplain(options.plan);
      const store = await openStore();
      // Loaded here: the other commands need not pay for Fastify and its plugins.
      const { buildApp } = await import('../server/app.ts');
      const { prepareDemo } = await import('../server/commands/prepare-demo.ts');
      let app: Awaited<ReturnType<typeof buildApp>> | undefined;
      try {
        if (options.demo) {
          const change = { actor: cliActor(), at: now().toISOString(), origin: 'demo' };
          io.out('准备演示数据库… / preparing the demo database…');
          const demo = await prepareDemo({ store, plan, enterprises, change });
          if (demo.prepared) {
            io.out(`演示数据（虚构，非官方统计）已写入 / demo data (synthetic, not official statistics) written: ${enterprises} enterprises`);
            printDemoAccounts(io, demo.accounts);
          } else {
            const remaining = await remainingDemoAccounts(store);
            if (remaining.length > 0) printDemoAccounts(io, remaining);
            else io.out('数据库非空，未写入演示数据 / the store is not empty: no demo data written');
          }
        }
        if ((await countUsers(store.db)) === 0) {
          io.out('尚无账户：plansight users add <username> --role admin / no accounts yet: create an administrator with `plansight users add <username> --role admin`');
        }
        const { DEFAULT_WEB_DIR, webAppAvailable } = await import('../server/web-app.ts');
        const webDir = webAppAvailable(DEFAULT_WEB_DIR) ? DEFAULT_WEB_DIR : null;
        app = await buildApp({ store, plan, now, config, webDir });
        const address = await app.listen({ port, host: options.host });
        io.out(`Plansight API: ${address}/api  (docs ${address}/api/docs)`);
        io.out(webDir ? `Plansight web: ${address}/` : 'no web app built (npm run build:web): API only');
        const signal = await untilSignal();
        io.out(`${signal}: shutting down`);
      } finally {
        await app?.close();
        await store.close();
      }
      io.out('stopped');
    });
}
