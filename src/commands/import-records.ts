/**
 * Importing a file into the store, all or nothing. Two passes over the file, both
 * streaming so a million rows fit in bounded memory: the first validates every row (and
 * checks against the store); only if no row has an error does the second write, in one
 * transaction — so an invalid row, a crash or a kill mid-way leaves the store as it was.
 * A dry run stops before writing and reports what would change.
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
async function* validBatches(source: TableSource, request: ImportRequest, report: (issue: ImportIssue) => void, firstPass: boolean): AsyncGenerator<ValidRow[]> {
  const validator = createRowValidator(request.kind, source, importContext(request.plan), { trackDuplicates: firstPass });
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

  // Pass 1: validate everything, write nothing.
  let rowsRead = 0;
  const first = await openTableSource(request.path, file);
  for await (const batch of validBatches(first, request, report, true)) {
    rowsRead += batch.length;
    for (const issue of await storeIssues(request.store.db, request.kind, file, batch)) report(issue);
    request.onProgress?.({ phase: 'validate', rows: rowsRead });
  }
  if (errorCount > 0) return { ok: false, file, kind: request.kind, rowsRead, errorCount, issues };

  // Pass 2: the same rows again, written in one transaction (or only compared, for a dry run).
  const counts: SyncCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const sample: ImportChangeSample[] = [];
  const write = async (db: Db) => {
    const planVersionId = request.dryRun ? 0 : (await ensurePlanVersion(db, request.plan, request.ctx.at)).id;
    const table = recordTableFor(request.kind, {
      plan: request.plan,
      planVersionId,
      isDemo: request.isDemo ?? false,
      status: request.status ?? 'approved',
      originFile: file,
    });
    const second = await openTableSource(request.path, file);
    let written = 0;
    for await (const batch of validBatches(second, request, () => {}, false)) {
      const records = batch.map((b) => b.record as never);
      const changes = diffRecords(table, records, await loadStored(db, table, records));
      collectSample(changes, batch, sample);
      if (request.dryRun) {
        for (const change of changes) counts[change.type === 'insert' ? 'inserted' : change.type === 'update' ? 'updated' : 'unchanged']++;
      } else {
        const done = await applyChanges(db, table, changes, { ...request.ctx, origin: request.ctx.origin || `import:${file}` });
        counts.inserted += done.inserted;
        counts.updated += done.updated;
        counts.unchanged += done.unchanged;
      }
      written += batch.length;
      request.onProgress?.({ phase: 'write', rows: written });
    }
  };
  if (request.dryRun) await write(request.store.db);
  else await request.store.db.transaction().execute(write);
  return { ok: true, file, kind: request.kind, dryRun: request.dryRun, rowsRead, counts, sample, warnings: issues };
}

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
