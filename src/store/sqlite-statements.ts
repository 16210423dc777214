/**
 * A better-sqlite3 database as Kysely's SQLite dialect sees it, with its prepared
 * statements kept by SQL text and reused. Kysely prepares every query anew; each prepared
 * statement holds native memory that is freed only when V8 collects its wrapper, which V8
 * does late because it does not see that memory — a million-row import grew by hundreds of
 * megabytes that way, and spent a good part of its time preparing the same statements.
 * The most recently used statements are kept; SQLite re-prepares a kept one by itself when
 * the schema changes (migrations).
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const KEEP = 100;

export function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= KEEP) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement as unknown as SqliteStatement;
    },
    close(): void {
      statements.clear();
      database.close();
    },
  };
}
