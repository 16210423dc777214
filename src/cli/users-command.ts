/**
 * `plansight users …`: accounts of the web app and the API, for the operator at the
 * machine — the first administrator is made here. Passwords and tokens are printed once and
 * never stored in the clear; without --password one is generated.
 */
import type { Command } from 'commander';
import { createApiToken } from '../server/commands/create-token.ts';
import { createUser } from '../server/commands/create-user.ts';
import { updateUser } from '../server/commands/update-user.ts';
import { translateDatabaseError } from '../server/database-errors.ts';
import { ApiError } from '../server/errors.ts';
import { ROLES, TOKEN_SCOPES, isRole, type TokenScope } from '../store/accounts-roles.ts';
import { findUserByUsername, listUsers, type UserRecord } from '../store/accounts-users.ts';
import type { ChangeContext } from '../store/actor.ts';
import { openStore, type Store } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { cliActor, defaultPlanDir } from './defaults.ts';
import type { CliIo } from './io.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';
import type { Clock } from './main.ts';
import { newTable } from './table.ts';

/** A refusal of the shared commands (bad scope, taken username…) as one readable CLI error. */
function cliErrorOf(error: unknown): unknown {
  const apiError = error instanceof ApiError ? error : translateDatabaseError(error);
  if (!apiError) return error;
  const details = apiError.details.map((d) => {
    const where = d.field ?? '';
    const value = d.value === undefined ? '' : ` = ${JSON.stringify(d.value)}`;
    const expected = d.expected ? `: ${d.expected.zh} / ${d.expected.en}` : '';
    return `\n  ${where}${value}${expected}`;
  });
  const exitCode = apiError.status < 500 ? EXIT.invalidInput : EXIT.failed;
  return new CliError(`${apiError.text.zh} / ${apiError.text.en}${details.join('')}`, exitCode);
}

async function withStore<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await run(store);
  } catch (error) {
    throw cliErrorOf(error);
  } finally {
    await store.close();
  }
}

function cliChange(now: Clock): ChangeContext {
  return { actor: cliActor(), at: now().toISOString(), origin: 'cli' };
}

async function existingUser(store: Store, username: string): Promise<UserRecord> {
  const user = await findUserByUsername(store.db, username.trim().toLowerCase());
  if (!user) throw new CliError(`没有用户 ${username} / no user ${JSON.stringify(username)}`, EXIT.invalidInput);
  return user;
}

function scopeOf(user: UserRecord): string {
  return user.regions.join(',') || user.parkId || user.creditCode || '';
}

function printOnce(io: CliIo, label: string, secret: string): void {
  io.out(`${label}: ${secret}`);
  io.out('  仅显示这一次，请妥善保存 / shown this once: keep it safe');
}

interface AddOptions {
  role: string;
  region?: string[];
  park?: string;
  creditCode?: string;
  password?: string;
  displayName?: string;
  plan: string;
}

export function registerUsersCommands(program: Command, io: CliIo, now: Clock): void {
  const users = program.command('users').description('accounts of the web app and the API (账户)');

  users
    .command('add')
    .description('create an account; without --password a password is generated and printed once')
    .argument('<username>', 'login name (letters, digits, . _ -)')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--region <code...>', 'region code(s), for a region-officer')
    .option('--park <id>', 'park id, for a park-officer')
    .option('--credit-code <code>', 'unified social credit code, for an enterprise account')
    .option('--password <password>', 'the password (visible in the shell history: prefer the generated one)')
    .option('--display-name <name>', 'the name shown in the app')
    .option('--plan <dir>', 'the plan folder (regions and parks are checked against it)', defaultPlanDir())
    .action(async (username: string, options: AddOptions) => {
      if (!isRole(options.role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(options.role)}`, EXIT.usage);
      const role = options.role;
      const plan = await loadPlanOrExplain(options.plan);
      const created = await withStore((store) =>
        createUser(
          { db: store.db, plan, change: cliChange(now) },
          {
            username,
            role,
            regions: options.region ?? [],
            parkId: options.park ?? null,
            creditCode: options.creditCode ?? null,
            ...(options.password === undefined ? {} : { password: options.password }),
            ...(options.displayName === undefined ? {} : { displayName: options.displayName }),
          },
        ),
      );
      const scope = scopeOf(created.user);
      io.out(`账户已创建 / account created: ${created.user.username} (${created.user.role}${scope ? ` ${scope}` : ''}), id ${created.user.id}`);
      if (created.generatedPassword !== null) printOnce(io, '密码 / password', created.generatedPassword);
    });

  users
    .command('list')
    .description('every account: role, scope, disabled or locked')
    .action(async () => {
      const all = await withStore((store) => listUsers(store.db));
      const at = now().toISOString();
      const table = newTable(['id', 'username', 'role', 'scope', 'state', 'created']);
      for (const user of all) {
        const state = user.disabled ? 'disabled' : user.lockedUntil !== null && user.lockedUntil > at ? `locked until ${user.lockedUntil}` : 'active';
        table.push([user.id, user.username, user.role, scopeOf(user), state, user.createdAt]);
      }
      io.out(all.length === 0 ? '尚无账户 / no accounts yet: plansight users add <username> --role admin' : table.toString());
    });

  users
    .command('passwd')
    .description('set a new password (generated unless --password); ends the user’s sessions and lifts a lockout')
    .argument('<username>')
    .option('--password <password>', 'the new password (visible in the shell history: prefer the generated one)')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .action(async (username: string, options: { password?: string; plan: string }) => {
      const plan = await loadPlanOrExplain(options.plan);
      const updated = await withStore(async (store) => {
        const user = await existingUser(store, username);
        return updateUser({ db: store.db, plan, change: cliChange(now) }, user.id, options.password === undefined ? { resetPassword: true } : { password: options.password });
      });
      io.out(`密码已更新 / password changed: ${updated.user.username}`);
      if (updated.generatedPassword !== null) printOnce(io, '新密码 / new password', updated.generatedPassword);
    });

  users
    .command('token')
    .description('create an API token for a user; it is printed once')
    .argument('<username>')
    .requiredOption('--name <name>', 'what the token is for, e.g. the machine using it')
    .option('--scope <scope>', `${TOKEN_SCOPES.join(' | ')} (write includes read)`, 'read')
    .option('--expires-days <n>', 'days until it expires (default: never)')
    .action(async (username: string, options: { name: string; scope: string; expiresDays?: string }) => {
      if (!(TOKEN_SCOPES as readonly string[]).includes(options.scope)) throw new CliError(`--scope must be read or write, got ${JSON.stringify(options.scope)}`, EXIT.usage);
      if (options.expiresDays !== undefined && !/^\d+$/.test(options.expiresDays)) throw new CliError(`--expires-days must be a whole number, got ${JSON.stringify(options.expiresDays)}`, EXIT.usage);
      const created = await withStore(async (store) => {
        const user = await existingUser(store, username);
        return createApiToken({ db: store.db, change: cliChange(now) }, user.id, {
          name: options.name,
          scopes: [options.scope as TokenScope],
          ...(options.expiresDays === undefined ? {} : { expiresInDays: Number(options.expiresDays) }),
        });
      });
      io.out(`API 令牌已创建 / API token created: id ${created.apiToken.id} for ${username} (${created.apiToken.scopes.join(', ')})${created.apiToken.expiresAt ? `, expires ${created.apiToken.expiresAt}` : ''}`);
      printOnce(io, '令牌 / token', created.token);
    });
}
