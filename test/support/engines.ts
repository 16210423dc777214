/**
 * Every store test runs on both engines: a fresh SQLite file and a fresh PostgreSQL
 * database on the real server that .ci/run starts (PLANSIGHT_TEST_PG_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Engine } from '../../src/store/engine.ts';
import { openStore, type Store } from '../../src/store/open-database.ts';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export function postgresAdminUrl(): string {
  return process.env.PLANSIGHT_TEST_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
}

let counter = 0;

export interface TestDatabase {
  engine: Engine;
  url: string;
  drop(): Promise<void>;
}

/** An empty database of the engine (not yet migrated). */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  counter++;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'plansight-store-'));
    return { engine, url: join(dir, 'test.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `plansight_test_${process.pid}_${Date.now().toString(36)}_${counter}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestStore extends Store {
  dispose(): Promise<void>;
}

export async function freshStore(engine: Engine): Promise<TestStore> {
  const database = await createTestDatabase(engine);
  const store = await openStore({ url: database.url });
  return {
    ...store,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
}
