/** `plansight db …`: migrate, check, back up and restore the store. */
import type { Command } from 'commander';
import { backupStore, restoreStore } from '../store/backup.ts';
import { checkStoreIntegrity, integrityOk } from '../store/integrity-check.ts';
import { connect, migrateToLatest, openStore, storeConfigFromEnv } from '../store/open-database.ts';
import { EXIT } from './cli-error.ts';
import type { CliIo } from './io.ts';

export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program
    .command('db')
    .description('the data store: SQLite by default (./data/plansight.db), PostgreSQL with PLANSIGHT_DATABASE_URL=postgres://…');

  db.command('migrate')
    .description('bring the database schema up to date (also done on every start)')
    .action(async () => {
      const store = connect(storeConfigFromEnv());
      try {
        const applied = await migrateToLatest(store);
        io.out(applied.length === 0 ? 'schema already up to date' : `applied: ${applied.join(', ')}`);
      } finally {
        await store.close();
      }
    });

  db.command('check')
    .description('check that the stored data is sound after a crash or a restore (SQLite integrity_check; PostgreSQL amcheck); exit 1 on a problem')
    .action(async () => {
      const store = connect(storeConfigFromEnv());
      try {
        const report = await checkStoreIntegrity(store);
        io.out(`checked (${report.engine}): ${report.checked.join('; ') || 'nothing'}`);
        for (const skipped of report.skipped) io.err(`not checked: ${skipped}`);
        for (const problem of report.problems) io.err(`problem: ${problem}`);
        io.out(integrityOk(report) ? 'ok: no problem found' : `${report.problems.length} problem(s), ${report.skipped.length} check(s) not run`);
        if (!integrityOk(report)) io.setExitCode(EXIT.failed);
      } finally {
        await store.close();
      }
    });

  db.command('backup')
    .description('back up the store to a file (SQLite: online backup; PostgreSQL: logical export, gzip JSON lines)')
    .argument('<file>', 'where to write the backup')
    .action(async (file: string) => {
      const store = await openStore();
      try {
        const kind = await backupStore(store, file);
        io.out(`backup written to ${file} (${kind === 'sqlite' ? 'SQLite online backup' : 'logical export'})`);
      } finally {
        await store.close();
      }
    });

  db.command('restore')
    .description('replace the store’s data with a backup (all or nothing)')
    .argument('<file>', 'a backup written by `plansight db backup`')
    .action(async (file: string) => {
      const store = await openStore();
      try {
        const counts = await restoreStore(store, file);
        io.out(`restored: ${Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', ')}`);
      } finally {
        await store.close();
      }
    });
}
