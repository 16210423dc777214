/**
 * Importing a file into the store, all or nothing. One streaming pass, so a million rows
 * fit in bounded memory: rows are validated (and checked against the store) batch by
 * batch and written inside one transaction; the first invalid row rolls the transaction
 * back and the rest of the file is only validated, so every error is reported and nothing
 * is written — as after a crash or a kill mid-way, which the transaction also undoes.
 * A dry run writes nothing and reports what would change.
 */
import type { ImportIssue } from '../ingest/import-issue.ts';
import { importContext } from '../ingest/import-context.ts';
import { createRowValidator } from '../ingest/row-validator.ts';
import { openTableSource, type TableSource } from '../ingest/table-source.ts';
import type { Plan } from '../plan/derive.ts';
import type { ObservationStatus } from '../records/observation.ts';
import type { RecordKindId } from '../records/record-kinds.ts';
import type { ChangeContext } from '../store/actor.ts';
import type { Db, Store } from '../store/open-database.ts';
import { ensurePlanVersion } from '../store/plan-versions.ts';
import { applyChanges, diffRecords, loadStored, type RecordChange, type SyncCounts } from '../store/record-sync.ts';
import { recordTableFor } from './record-tables.ts';
import { storeIssues, type CheckedRow } from './store-checks.ts';

export interface ImportRequest {
  store: Store;
  plan: Plan;
  kind: RecordKindId;
  path: string;
  /** The name shown in messages and kept as the origin (defaults to the path). */
  displayName?: string;
  dryRun: boolean;
  ctx: ChangeContext;
  /** Status given to new observations. */
  status?: ObservationStatus;
  isDemo?: boolean;
  onProgress?(progress: { phase: 'validate' | 'write'; rows: number }): void;
  /** Report at most this many errors (the count of all is still given). */
  maxIssues?: number;
}

export interface ImportChangeSample {
  type: 'insert' | 'update';
  key: string;
  row: number;
  changes: Record<string, [unknown, unknown]>;
}

export type ImportOutcome =
  | { ok: false; file: string; kind: RecordKindId; rowsRead: number; errorCount: number; issues: ImportIssue[] }
  | {
      ok: true;
      file: string;
      kind: RecordKindId;
      dryRun: boolean;
      rowsRead: number;
      counts: SyncCounts;
      /** The first changes, for a preview. */
      sample: ImportChangeSample[];
      warnings: ImportIssue[];
    };

const BATCH = 1000;
const SAMPLE = 20;

interface ValidRow extends CheckedRow {
  record: unknown;
}

/** Streams the valid rows of a source in batches; issues go to `report`. */
async function* validBatches(source: TableSource, request: ImportRequest, report: (issue: ImportIssue) => void): AsyncGenerator<ValidRow[]> {
  const validator = createRowValidator(request.kind, source, importContext(request.plan));
  for (const issue of validator.headerIssues) report(issue);
  if (validator.headerIssues.some((i) => i.severity === 'error')) return;
  let batch: ValidRow[] = [];
  for await (const row of source.rows) {
    const result = validator.validate(row);
    if (result === null) continue;
    if ('issues' in result) {
      for (const issue of result.issues) report(issue);
      continue;
    }
    for (const warning of result.warnings ?? []) report(warning);
    batch.push({ row: row.row, sheet: row.sheet, record: result.record });
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

export async function importRecords(request: ImportRequest): Promise<ImportOutcome> {
  const file = request.displayName ?? request.path;
  const maxIssues = request.maxIssues ?? 1000;
  const issues: ImportIssue[] = [];
  let errorCount = 0;
  const report = (issue: ImportIssue) => {
    if (issue.severity === 'error') errorCount++;
    if (issues.length < maxIssues) issues.push(issue);
  };

  // One pass: each batch is validated, checked against the store and — while no row so far
  // had an error — compared and written, all inside one transaction. The first error rolls
  // the transaction back (releasing the write lock at once); the rest of the file is then
  // only validated, so that every error is reported.
  let rowsRead = 0;
  const source = await openTableSource(request.path, file);
  const batches = validBatches(source, request, report)[Symbol.asyncIterator]();
  const counts: SyncCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const sample: ImportChangeSample[] = [];
  const validated = async (db: Db, batch: ValidRow[]) => {
    rowsRead += batch.length;
    for (const issue of await storeIssues(db, request.kind, file, batch)) report(issue);
    request.onProgress?.({ phase: 'validate', rows: rowsRead });
  };
  const write = async (db: Db): Promise<void> => {
    const planVersionId = request.dryRun ? 0 : (await ensurePlanVersion(db, request.plan, request.ctx.at)).id;
    const table = recordTableFor(request.kind, {
      plan: request.plan,
      planVersionId,
      isDemo: request.isDemo ?? false,
      status: request.status ?? 'approved',
      originFile: file,
    });
    const ctx = { ...request.ctx, origin: request.ctx.origin || `import:${file}` };
    for (let next = await batches.next(); !next.done; next = await batches.next()) {
      const batch = next.value;
      await validated(db, batch);
      if (errorCount > 0) throw new RollBack();
      const records = batch.map((b) => b.record as never);
      const changes = diffRecords(table, records, await loadStored(db, table, records));
      collectSample(changes, batch, sample);
      if (request.dryRun) {
        for (const change of changes) counts[change.type === 'insert' ? 'inserted' : change.type === 'update' ? 'updated' : 'unchanged']++;
      } else {
        const done = await applyChanges(db, table, changes, ctx);
        counts.inserted += done.inserted;
        counts.updated += done.updated;
        counts.unchanged += done.unchanged;
      }
      request.onProgress?.({ phase: 'write', rows: rowsRead });
    }
    // Header errors end the rows before any batch: nothing to roll back, but nothing written either.
    if (errorCount > 0) throw new RollBack();
  };
  try {
    if (request.dryRun) await write(request.store.db);
    else await request.store.db.transaction().execute(write);
  } catch (error) {
    if (!(error instanceof RollBack)) {
      await batches.return?.(undefined);
      throw error;
    }
    // Validate the rest, outside the transaction: every error is reported, nothing is written.
    for (let next = await batches.next(); !next.done; next = await batches.next()) await validated(request.store.db, next.value);
    return { ok: false, file, kind: request.kind, rowsRead, errorCount, issues };
  }
  return { ok: true, file, kind: request.kind, dryRun: request.dryRun, rowsRead, counts, sample, warnings: issues };
}

/** Thrown inside the write transaction at the first error, to roll it back. */
class RollBack extends Error {}

function collectSample(changes: RecordChange<never>[], batch: ValidRow[], sample: ImportChangeSample[]): void {
  changes.forEach((change, n) => {
    if (sample.length >= SAMPLE || change.type === 'unchanged') return;
    sample.push({
      type: change.type,
      key: change.key,
      row: batch[n]!.row,
      changes: change.type === 'update' ? change.changes : {},
    });
  });
}
