/**
 * The embedded store's durability settings: WAL (readers never block the writer; a crash
 * mid-transaction leaves the last commit intact) and synchronous = FULL (a commit is on disk
 * before it is acknowledged, so it survives a power loss too). docs/security.md says why.
 */
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/engines.ts';
import { openStore } from '../../src/store/open-database.ts';

describe('the SQLite store', () => {
  it('writes ahead (WAL), syncs every commit (FULL) and enforces foreign keys', async () => {
    const database = await createTestDatabase('sqlite');
    const store = await openStore({ url: database.url });
    try {
      expect(store.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.sqlite!.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
      expect(store.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
