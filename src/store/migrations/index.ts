/**
 * Every migration, in order. Kysely does not tell a migration which engine it runs on, so
 * the provider closes over the engine and passes it in.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Engine } from '../engine.ts';
import * as initial from './0001-initial.ts';
import * as accounts from './0002-accounts.ts';
import * as uploads from './0003-uploads.ts';
import * as settings from './0004-settings.ts';
import * as dataVersions from './0005-data-versions.ts';
import * as registryCountIndexes from './0006-registry-count-indexes.ts';

type EngineMigration = { up(db: Kysely<unknown>, engine: Engine): Promise<void> };

const migrations: Record<string, EngineMigration> = {
  '0001-initial': initial,
  '0002-accounts': accounts,
  '0003-uploads': uploads,
  '0004-settings': settings,
  '0005-data-versions': dataVersions,
  '0006-registry-count-indexes': registryCountIndexes,
};

export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(migrations)) {
        out[name] = { up: (db) => migration.up(db, engine) };
      }
      return out;
    },
  };
}
