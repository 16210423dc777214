/**
 * Settings changed at run time: one row per key, the value as JSON text, with who set it
 * and when. Every change is also appended to the history (entity `setting`), by default with
 * the old and new value; a caller storing something large (the boundaries) gives a summary
 * of the change instead.
 */
import type { ChangeContext } from './actor.ts';
import { appendHistory, type FieldChanges } from './history.ts';
import type { Db } from './open-database.ts';

/** The keys in use: a key not listed here is not read by anything. */
export const SETTING_KEYS = {
  /** boolean: anonymous readers may see the plan and published data (overrides PLANSIGHT_PUBLIC_PORTAL). */
  publicPortal: 'public-portal',
  /** The uploaded region boundaries: a normalised GeoJSON FeatureCollection. */
  boundaries: 'boundaries',
  /** What GET /api/settings says about them, kept apart so that it is read without the geometry. */
  boundariesSummary: 'boundaries-summary',
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

export interface StoredSetting<T> {
  value: T;
  updatedBy: string;
  updatedAt: string;
}

/** The raw row: the value still JSON text (served as is where parsing would be wasted work). */
export async function readSettingText(db: Db, key: SettingKey): Promise<StoredSetting<string> | null> {
  const row = await db.selectFrom('settings').select(['value', 'updatedBy', 'updatedAt']).where('key', '=', key).executeTakeFirst();
  return row ?? null;
}

export async function readSetting<T>(db: Db, key: SettingKey): Promise<StoredSetting<T> | null> {
  const row = await readSettingText(db, key);
  return row === null ? null : { ...row, value: JSON.parse(row.value) as T };
}

export interface SettingWrite {
  key: SettingKey;
  value: unknown;
  /** What the history records; by default the old and new value. */
  history?: FieldChanges;
}

/** Sets the keys, all or nothing, and records each change in the history. */
export async function writeSettings(db: Db, writes: readonly SettingWrite[], change: ChangeContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const write of writes) {
      const value = JSON.stringify(write.value);
      let changes = write.history;
      if (changes === undefined) {
        const old = await readSettingText(trx, write.key);
        changes = { value: [old === null ? null : (JSON.parse(old.value) as unknown), write.value] };
      }
      await trx
        .insertInto('settings')
        .values({ key: write.key, value, updatedBy: change.actor, updatedAt: change.at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedBy: change.actor, updatedAt: change.at }))
        .execute();
      await appendHistory(trx, [{ entity: 'setting', entityKey: write.key, action: 'set', changes }], change);
    }
  });
}

/** Removes the keys (back to their defaults); false when none of them was set. */
export async function deleteSettings(db: Db, keys: readonly SettingKey[], change: ChangeContext, history: FieldChanges = {}): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('settings').where('key', 'in', [...keys]).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await appendHistory(trx, keys.map((key) => ({ entity: 'setting', entityKey: key, action: 'delete', changes: history })), change);
    return true;
  });
}
