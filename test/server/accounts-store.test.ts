import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from '../../src/server/auth/secrets.ts';
import { createApiToken } from '../../src/server/commands/create-token.ts';
import { createUser } from '../../src/server/commands/create-user.ts';
import { prepareDemo } from '../../src/server/commands/prepare-demo.ts';
import { countHit } from '../../src/store/accounts-rate-limits.ts';
import { insertSession } from '../../src/store/accounts-sessions.ts';
import { backupStore, restoreStore } from '../../src/store/backup.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';
import { hainanPlan } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-accounts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function addAccount(store: TestStore, username: string) {
  const { user } = await createUser({ db: store.db, plan: await hainanPlan(), change: changeContext() }, { username, role: 'viewer', password: 'a long enough password' });
  await insertSession(store.db, { tokenHash: hashSecret(newSecret()), userId: user.id, csrfToken: newSecret(), expiresAt: '2099-01-01T00:00:00.000Z' }, changeContext().at);
  await createApiToken({ db: store.db, change: changeContext() }, user.id, { name: `${username}'s token` });
  return user;
}

for (const engine of ENGINES) {
  describe(`accounts in the store on ${engine}`, () => {
    let store: TestStore;
    beforeEach(async () => {
      store = await freshStore(engine);
    });
    afterEach(async () => store.dispose());

    it('counts hits in fixed windows, atomically under concurrency', async () => {
      const at = new Date('2027-01-01T00:00:00.000Z');
      const hits = await Promise.all(Array.from({ length: 10 }, () => countHit(store.db, 'k', at, 60_000)));
      expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(hits[0]!.windowEndsAt).toBe('2027-01-01T00:01:00.000Z');
      const later = await countHit(store.db, 'k', new Date('2027-01-01T00:01:00.000Z'), 60_000);
      expect(later).toEqual({ hits: 1, windowEndsAt: '2027-01-01T00:02:00.000Z' });
      expect((await countHit(store.db, 'other', at, 60_000)).hits).toBe(1);
    });

    it('backs up users and API tokens but not sessions; a restore ends every session', async () => {
      const source = store;
      await addAccount(source, 'ann');
      const target = await freshStore(engine);
      try {
        await addAccount(target, 'ben');
        const file = join(dir, `${engine}-accounts-backup`);
        await backupStore(source, file);
        const counts = await restoreStore(target, file);
        expect(counts).toMatchObject({ users: 1, api_tokens: 1 });
        expect(counts).not.toHaveProperty('sessions');
        expect((await target.db.selectFrom('users').select('username').execute()).map((u) => u.username)).toEqual(['ann']);
        expect(await target.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
        // The serial keys carry on after the restored rows.
        const next = await addAccount(target, 'cat');
        expect(next.id).toBe(2);
      } finally {
        await target.dispose();
      }
    });

    it('prepares a demo database once: demo data and one account per role, then never again', async () => {
      const plan = await hainanPlan();
      const first = await prepareDemo({ store, plan, enterprises: 60, change: changeContext() });
      if (!first.prepared) throw new Error('the empty store was not prepared');
      expect(first.accounts.map((a) => a.role)).toEqual(['admin', 'province-analyst', 'region-officer', 'park-officer', 'enterprise', 'viewer']);
      const enterprise = first.accounts.find((a) => a.role === 'enterprise')!;
      const row = await store.db.selectFrom('enterprises').select(['regionCode', 'isDemo']).where('creditCode', '=', enterprise.scope).executeTakeFirstOrThrow();
      expect(row).toEqual({ regionCode: '460100', isDemo: 1 });
      const second = await prepareDemo({ store, plan, enterprises: 60, change: changeContext() });
      expect(second).toEqual({ prepared: false, reason: 'not-empty' });
    });
  });
}
