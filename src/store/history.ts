/**
 * The history of every stored value: each change appended with who, when, why and the old
 * and new value of each field that changed. Nothing is ever updated or deleted here.
 */
import { insertRows } from './bulk-insert.ts';
import type { Db } from './open-database.ts';
import type { ChangeContext } from './actor.ts';
import type { HistoryRow } from './database-schema.ts';

export type FieldChanges = Record<string, [old: unknown, new: unknown]>;

export interface HistoryEntry {
  entity: string;
  entityKey: string;
  action: string;
  changes: FieldChanges;
}

export async function appendHistory(db: Db, entries: readonly HistoryEntry[], ctx: ChangeContext): Promise<void> {
  const rows = entries.map((entry) => ({
    entity: entry.entity,
    entityKey: entry.entityKey,
    action: entry.action,
    changes: JSON.stringify(entry.changes),
    actor: ctx.actor,
    at: ctx.at,
    reason: ctx.reason ?? null,
    origin: ctx.origin,
  }));
  // Batched under both engines' bound-parameter limits.
  await insertRows(db, 'history', rows);
}

export interface HistoryItem extends Omit<HistoryRow, 'changes'> {
  changes: FieldChanges;
}

export async function historyOf(db: Db, entity: string, entityKey: string): Promise<HistoryItem[]> {
  const rows = await db
    .selectFrom('history')
    .selectAll()
    .where('entity', '=', entity)
    .where('entityKey', '=', entityKey)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as FieldChanges }));
}
