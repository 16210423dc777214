import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnterpriseInput } from '../../src/records/enterprise.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import { historyOf } from '../../src/store/history.ts';
import { applyChanges, diffRecords, loadStored } from '../../src/store/record-sync.ts';
import { enterpriseTable } from '../../src/store/tables/enterprise-tables.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';

function enterprise(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    creditCode: withCheckChar('91460100MA5T00001'),
    name: '海南星海芯电子科技有限公司',
    regionCode: '460100',
    parkId: null,
    clusters: ['digital-economy'],
    segments: ['de-electronics'],
    foundedOn: '2019-05-20',
    sizeClass: 'small',
    listed: false,
    ...overrides,
  };
}

for (const engine of ENGINES) {
  describe(`record sync on ${engine}`, () => {
    let store: TestStore;
    beforeEach(async () => {
      store = await freshStore(engine);
    });
    afterEach(async () => {
      await store.dispose();
    });

    async function sync(records: EnterpriseInput[], at: string) {
      const table = enterpriseTable();
      return store.db.transaction().execute(async (trx) => {
        const stored = await loadStored(trx, table, records);
        return applyChanges(trx, table, diffRecords(table, records, stored), changeContext({ at }));
      });
    }

    it('inserts, then changes nothing on the same records, then updates with field history', async () => {
      const first = enterprise();
      const second = enterprise({ creditCode: withCheckChar('91460200MA5T00002'), name: '三亚深蓝海工装备有限公司', regionCode: '460200' });
      expect(await sync([first, second], '2027-01-01T00:00:00.000Z')).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
      expect(await sync([first, second], '2027-01-02T00:00:00.000Z')).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
      const renamed = { ...first, name: '海南星海芯半导体有限公司', listed: true };
      expect(await sync([renamed, second], '2027-01-03T00:00:00.000Z')).toEqual({ inserted: 0, updated: 1, unchanged: 1 });

      const row = await store.db.selectFrom('enterprises').selectAll().where('creditCode', '=', first.creditCode).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: '海南星海芯半导体有限公司', listed: 1, updatedAt: '2027-01-03T00:00:00.000Z' });
      const history = await historyOf(store.db, 'enterprise', first.creditCode);
      expect(history.map((h) => h.action)).toEqual(['create', 'update']);
      expect(history[1]!.changes).toEqual({ name: ['海南星海芯电子科技有限公司', '海南星海芯半导体有限公司'], listed: [0, 1] });
      expect(history[1]).toMatchObject({ actor: 'tester', at: '2027-01-03T00:00:00.000Z', origin: 'test' });
    });

    it('a failed transaction leaves nothing behind', async () => {
      const table = enterpriseTable();
      await expect(
        store.db.transaction().execute(async (trx) => {
          await applyChanges(trx, table, diffRecords(table, [enterprise()], new Map()), changeContext());
          throw new Error('crash after the write');
        }),
      ).rejects.toThrow('crash after the write');
      expect(await store.db.selectFrom('enterprises').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 0 });
      expect(await store.db.selectFrom('history').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 0 });
    });
  });
}
