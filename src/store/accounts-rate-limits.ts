/**
 * Fixed-window counters in the database, so that every app instance sharing one PostgreSQL
 * counts the same login attempts. One atomic upsert per hit: a new window starts when the
 * previous one has ended.
 */
import { sql } from 'kysely';
import type { Db } from './open-database.ts';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  windowEndsAt: string;
}

export async function countHit(db: Db, key: string, at: Date, windowMs: number): Promise<WindowCount> {
  const now = at.toISOString();
  const nextEnd = new Date(at.getTime() + windowMs).toISOString();
  const ended = sql<boolean>`${sql.ref('rateLimits.windowEndsAt')} <= ${now}`;
  const row = await db
    .insertInto('rateLimits')
    .values({ key, hits: 1, windowEndsAt: nextEnd })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when ${ended} then 1 else ${sql.ref('rateLimits.hits')} + 1 end`,
        windowEndsAt: sql<string>`case when ${ended} then ${nextEnd} else ${sql.ref('rateLimits.windowEndsAt')} end`,
      }),
    )
    .returning(['hits', 'windowEndsAt'])
    .executeTakeFirstOrThrow();
  // A new window for this key: a good moment to drop windows that ended long ago.
  if (row.hits === 1) await db.deleteFrom('rateLimits').where('windowEndsAt', '<', new Date(at.getTime() - 3_600_000).toISOString()).execute();
  return { hits: Number(row.hits), windowEndsAt: row.windowEndsAt };
}

/** The current count without counting a hit. */
export async function peekHits(db: Db, key: string, at: Date): Promise<WindowCount> {
  const row = await db.selectFrom('rateLimits').select(['hits', 'windowEndsAt']).where('key', '=', key).executeTakeFirst();
  if (!row || row.windowEndsAt <= at.toISOString()) return { hits: 0, windowEndsAt: at.toISOString() };
  return { hits: Number(row.hits), windowEndsAt: row.windowEndsAt };
}
