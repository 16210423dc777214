import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupStore, restoreStore, writeLogicalBackup } from '../../src/store/backup.ts';
import { historyOf } from '../../src/store/history.ts';
import { deleteSettings, readSetting, readSettingText, SETTING_KEYS, writeSettings } from '../../src/store/settings.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { snapshot } from '../support/snapshot.ts';

for (const engine of ENGINES) {
  describe(`settings on ${engine}`, () => {
    let store: TestStore;
    beforeEach(async () => {
      store = await freshStore(engine);
    });
    afterEach(async () => store.dispose());

    it('writes, overwrites and deletes a key, each change in the history', async () => {
      expect(await readSetting(store.db, SETTING_KEYS.publicPortal)).toBeNull();
      await writeSettings(store.db, [{ key: SETTING_KEYS.publicPortal, value: true }], { ...changeContext(), actor: 'admin' });
      expect(await readSetting<boolean>(store.db, SETTING_KEYS.publicPortal)).toMatchObject({ value: true, updatedBy: 'admin' });
      await writeSettings(store.db, [{ key: SETTING_KEYS.publicPortal, value: false }], { ...changeContext(), actor: 'root' });
      expect(await readSettingText(store.db, SETTING_KEYS.publicPortal)).toMatchObject({ value: 'false', updatedBy: 'root' });
      expect(await deleteSettings(store.db, [SETTING_KEYS.publicPortal], changeContext())).toBe(true);
      expect(await deleteSettings(store.db, [SETTING_KEYS.publicPortal], changeContext())).toBe(false);
      expect(await readSetting(store.db, SETTING_KEYS.publicPortal)).toBeNull();
      const history = await historyOf(store.db, 'setting', SETTING_KEYS.publicPortal);
      expect(history.map((h) => [h.action, h.changes])).toEqual([
        ['set', { value: [null, true] }],
        ['set', { value: [true, false] }],
        ['delete', {}],
      ]);
    });

    it('are carried by backups, into either engine', async () => {
      const target = await freshStore(engine);
      const other = await freshStore(engine === 'sqlite' ? 'postgres' : 'sqlite');
      try {
        await writeSettings(store.db, [
          { key: SETTING_KEYS.publicPortal, value: true },
          { key: SETTING_KEYS.boundariesSummary, value: { name: 'b.geojson', features: 1, matchedRegions: ['460100'] } },
        ], changeContext());
        await writeSettings(target.db, [{ key: SETTING_KEYS.publicPortal, value: false }], changeContext()); // must be replaced
        const dir = mkdtempSync(join(tmpdir(), 'plansight-settings-'));
        await backupStore(store, join(dir, 'backup'));
        await restoreStore(target, join(dir, 'backup'));
        expect(await snapshot(target.db)).toEqual(await snapshot(store.db));
        expect((await snapshot(target.db)).settings).toHaveLength(2);
        await writeLogicalBackup(store, join(dir, 'logical.jsonl.gz'));
        await restoreStore(other, join(dir, 'logical.jsonl.gz'));
        expect(await readSetting(other.db, SETTING_KEYS.publicPortal)).toMatchObject({ value: true });
      } finally {
        await target.dispose();
        await other.dispose();
      }
    });
  });
}
