import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/open-database.ts';
import { hainanPlan } from './support.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-users-cli-'));
const previous = process.env.PLANSIGHT_DATABASE_URL;

beforeAll(() => {
  process.env.PLANSIGHT_DATABASE_URL = join(dir, 'plansight.db');
});
afterAll(() => {
  if (previous === undefined) delete process.env.PLANSIGHT_DATABASE_URL;
  else process.env.PLANSIGHT_DATABASE_URL = previous;
  rmSync(dir, { recursive: true, force: true });
});

/** What the printed secret lets one do against an API over the same database. */
async function withApi<T>(run: (inject: Awaited<ReturnType<typeof buildApp>>['inject']) => Promise<T>): Promise<T> {
  const store = await openStore();
  const app = await buildApp({ store, plan: await hainanPlan(), config: { log: { level: 'silent' } } });
  try {
    return await run(app.inject.bind(app));
  } finally {
    await app.close();
    await store.close();
  }
}

const printed = (stdout: string, label: RegExp) => label.exec(stdout)?.[1] ?? '';

describe('plansight users (embedded SQLite)', () => {
  let adminPassword = '';

  it('users add: creates an administrator with a generated password, printed once', async () => {
    const run = await runCli('users', 'add', 'Root', '--role', 'admin', '--display-name', '系统管理员');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('account created: root (admin), id 1');
    adminPassword = printed(run.stdout, /password: (\S+)/);
    expect(adminPassword).toMatch(/^[\w-]{16}$/);
    expect(run.stdout).toContain('shown this once');
    const login = await withApi((inject) => inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: adminPassword } }));
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({ username: 'root', displayName: '系统管理员', role: 'admin' });
  });

  it('users add: a region officer for several regions, a park officer, an enterprise account', async () => {
    const region = await runCli('users', 'add', 'hk', '--role', 'region-officer', '--region', '460100', '460200', '--password', 'a long enough password');
    expect(region.code, region.stderr).toBe(0);
    expect(region.stdout).toContain('region-officer 460100,460200');
    expect(region.stdout).not.toContain('shown this once');
    expect((await runCli('users', 'add', 'yp', '--role', 'park-officer', '--park', 'yangpu')).code).toBe(0);
  });

  it('users add: refuses a scope that does not fit the role, a taken name and an unknown role', async () => {
    const noRegion = await runCli('users', 'add', 'nobody', '--role', 'region-officer');
    expect(noRegion.code).toBe(3);
    expect(noRegion.stderr).toContain('regions');
    expect(noRegion.stderr).toContain('at least one region code');
    const taken = await runCli('users', 'add', 'HK', '--role', 'viewer');
    expect(taken.code).toBe(3);
    expect(taken.stderr).toMatch(/Already exists.*username/);
    const role = await runCli('users', 'add', 'x2', '--role', 'king');
    expect(role.code).toBe(2);
    const badPark = await runCli('users', 'add', 'x3', '--role', 'park-officer', '--park', 'atlantis');
    expect(badPark.stderr).toContain('parkId = "atlantis"');
  });

  it('users list: every account with role and scope', async () => {
    const run = await runCli('users', 'list');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/root\s.*admin/);
    expect(run.stdout).toMatch(/hk\s.*region-officer\s.*460100,460200/);
    expect(run.stdout).toMatch(/yp\s.*park-officer\s.*yangpu/);
  });

  it('users passwd: a new generated password, printed once; the old one stops working', async () => {
    const run = await runCli('users', 'passwd', 'root');
    expect(run.code, run.stderr).toBe(0);
    const fresh = printed(run.stdout, /new password: (\S+)/);
    expect(fresh).not.toBe(adminPassword);
    await withApi(async (inject) => {
      expect((await inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: adminPassword } })).statusCode).toBe(401);
      expect((await inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: fresh } })).statusCode).toBe(200);
    });
    expect((await runCli('users', 'passwd', 'ghost')).code).toBe(3);
  });

  it('users token: prints a token once, which then authenticates with its scope', async () => {
    const run = await runCli('users', 'token', 'root', '--name', 'nightly sync', '--scope', 'read', '--expires-days', '30');
    expect(run.code, run.stderr).toBe(0);
    const token = printed(run.stdout, /token: (psk_\S+)/);
    expect(token).toMatch(/^psk_/);
    expect(run.stdout).toContain('(read)');
    await withApi(async (inject) => {
      const headers = { authorization: `Bearer ${token}` };
      expect((await inject({ method: 'GET', url: '/api/users', headers })).statusCode).toBe(200);
      expect((await inject({ method: 'POST', url: '/api/users', headers, payload: { username: 'x', role: 'viewer' } })).statusCode).toBe(403);
    });
    expect((await runCli('users', 'token', 'root', '--name', 'x', '--scope', 'admin')).code).toBe(2);
  });
});
