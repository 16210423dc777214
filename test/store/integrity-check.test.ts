import { openSync, readFileSync, writeSync, closeSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStoreIntegrity, integrityOk } from '../../src/store/integrity-check.ts';
import { connect, openStore } from '../../src/store/open-database.ts';
import { createTestDatabase, ENGINES, freshStore, type TestStore } from '../support/engines.ts';

const AT = '2026-11-29T00:00:00.000Z';

async function addEnterprises(store: TestStore, count: number): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    creditCode: `91460100MA5T${String(i).padStart(6, '0')}`,
    name: `企业${i}`,
    regionCode: '460100',
    parkId: null,
    clusters: '[]',
    segments: '[]',
    foundedOn: null,
    sizeClass: null,
    listed: 0,
    isDemo: 0,
    updatedBy: 'test',
    updatedAt: AT,
  }));
  for (let i = 0; i < rows.length; i += 200) await store.db.insertInto('enterprises').values(rows.slice(i, i + 200)).execute();
}

for (const engine of ENGINES) {
  describe(`the store's integrity check on ${engine}`, () => {
    let store: TestStore;
    beforeEach(async () => {
      store = await freshStore(engine);
      await addEnterprises(store, 50);
    });
    afterEach(async () => store.dispose());

    it('passes a sound store and says what it checked', async () => {
      const report = await checkStoreIntegrity(store);
      expect(report.problems).toEqual([]);
      expect(report.skipped).toEqual([]);
      expect(integrityOk(report)).toBe(true);
      if (engine === 'sqlite') expect(report.checked).toEqual(['integrity_check', 'foreign_key_check']);
      else {
        expect(report.checked[0]).toMatch(/^\d+ tables \(verify_heapam\)$/);
        expect(report.checked[1]).toMatch(/^\d+ B-tree indexes \(bt_index_check, heapallindexed\)$/);
        expect(Number(/^(\d+)/.exec(report.checked[1]!)![1])).toBeGreaterThan(10);
      }
    });

    it('finds a row whose foreign key points at nothing', async () => {
      // Written past the engine's own guard, as a damaged file or a bad restore could leave it.
      if (engine === 'sqlite') {
        await sql`PRAGMA foreign_keys = OFF`.execute(store.db);
        await sql`INSERT INTO enterprise_annual (credit_code, year, updated_by, updated_at) VALUES ('91460100NOWHERE0001', 2025, 'test', ${AT})`.execute(store.db);
        await sql`PRAGMA foreign_keys = ON`.execute(store.db);
      } else {
        await store.db.connection().execute(async (db) => {
          await sql`SET session_replication_role = replica`.execute(db);
          await sql`INSERT INTO enterprise_annual (credit_code, year, updated_by, updated_at) VALUES ('91460100NOWHERE0001', 2025, 'test', ${AT})`.execute(db);
          await sql`SET session_replication_role = DEFAULT`.execute(db);
        });
      }
      const report = await checkStoreIntegrity(store);
      expect(integrityOk(report)).toBe(false);
      expect(report.problems.join('\n')).toMatch(/enterprise_annual.*enterprises/);
    });
  });
}

describe('a damaged SQLite file', () => {
  it('is reported by integrity_check, page by page', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const store = await openStore({ url: database.url });
      await addEnterprises(store as TestStore, 2000);
      await store.close();
      // Overwrite the region index's root page with junk: the index no longer makes sense.
      const raw = new SQLite(database.url);
      raw.pragma('journal_mode = DELETE');
      const pageSize = raw.pragma('page_size', { simple: true }) as number;
      const root = (raw.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'enterprises_by_region'`).get() as { rootpage: number }).rootpage;
      raw.close();
      const fd = openSync(database.url, 'r+');
      writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
      closeSync(fd);
      expect(readFileSync(database.url).length).toBeGreaterThan(root * pageSize - 1);

      const damaged = connect({ url: database.url });
      try {
        const report = await checkStoreIntegrity(damaged);
        expect(integrityOk(report)).toBe(false);
        expect(report.problems.length).toBeGreaterThan(0);
      } finally {
        await damaged.close();
      }
    } finally {
      await database.drop();
    }
  });
});
