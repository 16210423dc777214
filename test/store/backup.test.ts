import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { backupStore, restoreStore, writeLogicalBackup } from '../../src/store/backup.ts';
import type { Db } from '../../src/store/open-database.ts';
import { applyChanges, diffRecords, loadStored } from '../../src/store/record-sync.ts';
import { certificationTable, enterpriseAnnualTable, enterpriseTable } from '../../src/store/tables/enterprise-tables.ts';
import { changeContext } from '../support/clock.ts';
import { snapshot } from '../support/snapshot.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';

async function seed(db: Db, count: number) {
  const enterprises = Array.from({ length: count }, (_, i) => ({
    creditCode: withCheckChar(`914601${String(i).padStart(11, '0')}`),
    name: `测试企业${i}有限公司`,
    regionCode: '460100',
    parkId: null,
    clusters: ['digital-economy'],
    segments: [],
    foundedOn: '2020-01-01',
    sizeClass: 'small' as const,
    listed: i % 50 === 0,
  }));
  const annual = enterprises.map((e, i) => ({
    creditCode: e.creditCode, year: 2026, revenue: 1000 + i * 0.5, mainBusinessRevenue: 900, rdExpense: 40.25, rdExpenseDomestic: 40,
    staff: 50, rdStaff: 8, stStaff: 10, totalAssets: 2000, totalLiabilities: 800, netAssets: 1200, netProfit: i % 7 === 0 ? -12.5 : 80,
    highTechRevenue: null, ipClass1: 1, ipClass2: 3, equityFinancing: 0, nicheYears: 4, nicheMarketSharePct: 2.5, strategicEmerging: i % 2 === 0,
  }));
  const certifications = enterprises.slice(0, 10).map((e) => ({ creditCode: e.creditCode, kind: 'hte' as const, certificateNo: 'GR2025460000', issuedOn: '2025-12-01', expiresOn: '2028-11-30' }));
  await db.transaction().execute(async (trx) => {
    for (const [table, records] of [
      [enterpriseTable(), enterprises],
      [enterpriseAnnualTable(), annual],
      [certificationTable(), certifications],
    ] as const) {
      const t = table as ReturnType<typeof enterpriseTable>;
      const r = records as never[];
      await applyChanges(trx, t, diffRecords(t, r, await loadStored(trx, t, r)), changeContext());
    }
  });
}

for (const engine of ENGINES) {
  describe(`backup and restore on ${engine}`, () => {
    let source: TestStore;
    let target: TestStore;
    const dir = mkdtempSync(join(tmpdir(), 'plansight-backup-'));
    beforeEach(async () => {
      source = await freshStore(engine);
      target = await freshStore(engine);
    });
    afterEach(async () => {
      await source.dispose();
      await target.dispose();
    });

    it('a round trip gives identical data, replacing what the target held', async () => {
      await seed(source.db, 1200);
      await seed(target.db, 3); // must disappear
      const file = join(dir, `${engine}-backup`);
      expect(await backupStore(source, file)).toBe(engine === 'sqlite' ? 'sqlite' : 'logical');
      const counts = await restoreStore(target, file);
      expect(counts).toMatchObject({ enterprises: 1200, enterprise_annual: 1200, certifications: 10, history: 2410 });
      expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
    });

    it('a logical backup restores into the other engine, and a bad file changes nothing', async () => {
      const other = await freshStore(engine === 'sqlite' ? 'postgres' : 'sqlite');
      try {
        await seed(source.db, 20);
        const file = join(dir, `${engine}-logical.jsonl.gz`);
        await writeLogicalBackup(source, file);
        await seed(other.db, 5);
        const before = await snapshot(other.db);
        await expect(restoreStore(other, join(dir, 'missing'))).rejects.toThrow();
        // A backup cut off half-way fails mid-restore: the transaction leaves the data as before.
        const truncated = join(dir, `${engine}-truncated.jsonl.gz`);
        const bytes = readFileSync(file);
        writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
        await expect(restoreStore(other, truncated)).rejects.toThrow();
        expect(await snapshot(other.db)).toEqual(before);
        await restoreStore(other, file);
        expect(await snapshot(other.db)).toEqual(await snapshot(source.db));
      } finally {
        await other.dispose();
      }
    });
  });
}

describe('a backup made before a later migration', () => {
  for (const engine of ENGINES) {
    it(`restores into ${engine}, leaving the tables it does not hold (accounts) as they are`, async () => {
      const { Migrator } = await import('kysely');
      const { connect } = await import('../../src/store/open-database.ts');
      const { migrationProvider } = await import('../../src/store/migrations/index.ts');
      const { insertUser } = await import('../../src/store/accounts-users.ts');
      const old = join(mkdtempSync(join(tmpdir(), 'plansight-old-')), 'old.db');
      const source = connect({ url: old });
      const migrated = await new Migrator({ db: source.db, provider: migrationProvider('sqlite') }).migrateTo('0001-initial');
      expect(migrated.error).toBeUndefined();
      await seed(source.db, 3);
      await source.close();

      const target = await freshStore(engine);
      try {
        await insertUser(target.db, { username: 'operator', displayName: 'Operator', passwordHash: 'x', role: 'admin', regions: [], parkId: null, creditCode: null }, '2027-01-01T00:00:00.000Z');
        const counts = await restoreStore(target, old);
        expect(counts).toMatchObject({ enterprises: 3 });
        const users = await target.db.selectFrom('users').select('username').execute();
        expect(users).toEqual([{ username: 'operator' }]);
      } finally {
        await target.dispose();
      }
    });
  }
});
