/**
 * Killing an import mid-write (SIGKILL: no cleanup, no rollback by the process) must leave
 * the store exactly as before and intact (the engine's integrity check: SQLite
 * integrity_check, PostgreSQL amcheck): the write is one transaction, and both engines
 * recover an unfinished transaction by discarding it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { checkStoreIntegrity } from '../../src/store/integrity-check.ts';
import { openStore, type Db } from '../../src/store/open-database.ts';
import { DATA_TABLES } from '../../src/store/table-order.ts';
import { createTestDatabase, ENGINES } from '../support/engines.ts';
import { repoRoot } from '../support/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-crash-'));
const ROWS = 120_000;

function enterprisesCsv(name: string, from: number, count: number): string {
  const lines = ['credit_code,name,region,clusters'];
  for (let i = from; i < from + count; i++) {
    lines.push(`${withCheckChar(`9146010${String(i).padStart(10, '0')}`)},测试企业${i}有限公司,460100,digital-economy`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function snapshot(db: Db) {
  const out: Record<string, number> = {};
  for (const info of DATA_TABLES) {
    out[info.sqlName] = (await db.selectFrom(info.table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  }
  const names = await db.selectFrom('enterprises').select(['creditCode', 'name']).orderBy('creditCode').execute();
  return { counts: out, names };
}

function runImport(url: string, file: string) {
  return spawn(process.execPath, [join(repoRoot, 'bin/plansight.js'), 'import', 'enterprises', file, '--no-progress'], {
    cwd: dir,
    env: { ...process.env, PLANSIGHT_DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves once the import holds uncommitted writes: the WAL grows (SQLite) or a write lock is held (PostgreSQL). */
async function midWrite(engine: string, url: string, deadline: number): Promise<boolean> {
  if (engine === 'sqlite') {
    const wal = `${url}-wal`;
    const start = existsSync(wal) ? statSync(wal).size : 0;
    while (Date.now() < deadline) {
      if (existsSync(wal) && statSync(wal).size > start + 256 * 1024) return true;
      await sleep(20);
    }
    return false;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    while (Date.now() < deadline) {
      const { rows } = await client.query(
        `select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'enterprises' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()`,
      );
      if (rows[0].n > 0) return true;
      await sleep(20);
    }
    return false;
  } finally {
    await client.end();
  }
}

for (const engine of ENGINES) {
  describe(`an import killed mid-write on ${engine}`, () => {
    it('leaves the store exactly as before, intact, and usable', async () => {
      const database = await createTestDatabase(engine);
      try {
        const seed = runImport(database.url, enterprisesCsv(`seed-${engine}.csv`, 0, 50));
        expect(await new Promise((resolve) => seed.on('exit', resolve))).toBe(0);
        const store = await openStore({ url: database.url });
        const before = await snapshot(store.db);
        await store.close();
        expect(before.counts.enterprises).toBe(50);

        const big = enterprisesCsv(`big-${engine}.csv`, 1000, ROWS);
        for (let drill = 0; drill < 2; drill++) {
          const child = runImport(database.url, big);
          const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
          const caught = await midWrite(engine, database.url, Date.now() + 60_000);
          expect(caught, 'the import never started writing').toBe(true);
          await sleep(Math.floor(Math.random() * 200));
          child.kill('SIGKILL');
          expect(await exited).toBeNull();

          const after = await openStore({ url: database.url });
          // SQLite integrity_check; PostgreSQL amcheck (heap and every B-tree index) and foreign keys.
          expect(await checkStoreIntegrity(after)).toMatchObject({ problems: [], skipped: [] });
          expect(await snapshot(after.db)).toEqual(before);
          await after.close();
        }

        const next = runImport(database.url, enterprisesCsv(`after-${engine}.csv`, 500, 10));
        expect(await new Promise((resolve) => next.on('exit', resolve))).toBe(0);
        const final = await openStore({ url: database.url });
        expect((await snapshot(final.db)).counts.enterprises).toBe(60);
        await final.close();
      } finally {
        await database.drop();
      }
    }, 180_000);
  });
}
