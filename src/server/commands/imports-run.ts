/**
 * Importing an uploaded file through the API, in two requests. The preview runs the import
 * as a dry run (every row validated, nothing written), checks that every row is the
 * caller's to enter, and keeps the file; the commit checks again and imports it for real —
 * one transaction, all or nothing — then deletes it. New observations from officers arrive
 * `submitted` (they still go through approval); from province-level accounts `approved`.
 *
 * `importRecords` reads a path, so each run writes the bytes to a private temporary
 * directory, removed afterwards whatever happens.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { importRecords, type ImportOutcome } from '../../commands/import-records.ts';
import { ImportFileError } from '../../ingest/import-issue.ts';
import type { ObservationStatus } from '../../records/observation.ts';
import type { RecordKindId } from '../../records/record-kinds.ts';
import type { UploadRow } from '../../store/database-schema.ts';
import type { UserActor } from '../policy/actor.ts';
import type { ServerContext } from '../server-context.ts';
import { invalidFile, kindNotAllowed, MAX_DETAILS, rowsLocked, rowsOutOfScope } from './imports-errors.ts';
import { checkImportScope, importScopeOf, mayImportKind, type ImportScope } from './imports-scope.ts';
import { deleteUpload, saveUpload } from './imports-uploads.ts';

type Deps = Pick<ServerContext, 'store' | 'plan' | 'now'>;
export type ImportSuccess = Extract<ImportOutcome, { ok: true }>;

/** The caller's import scope for this kind, or 403. */
export function requireImportScope(actor: UserActor, kind: RecordKindId): ImportScope {
  const scope = importScopeOf(actor);
  if (scope === null || !mayImportKind(scope, kind)) throw kindNotAllowed(kind);
  return scope;
}

async function withTempFile<T>(filename: string, bytes: Buffer, run: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'plansight-upload-'));
  try {
    // Our own name, with the checked extension: the uploaded name never touches the file system.
    const path = join(dir, `upload${extname(filename).toLowerCase()}`);
    await writeFile(path, bytes, { mode: 0o600 });
    return await run(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Run {
  kind: RecordKindId;
  filename: string;
  scope: ImportScope;
  actor: UserActor;
  dryRun: boolean;
}

/** The import itself, refused as a whole (422, 403, 409) when a row is invalid or not the caller's. */
async function runImport(deps: Deps, run: Run, path: string): Promise<ImportSuccess> {
  const { kind, filename: file, scope } = run;
  if (scope.kind === 'all') return runChecked(deps, run, path, run.dryRun);
  // A dry run first: the scope pass reads only rows known to be valid.
  const preview = await runChecked(deps, run, path, true);
  const check = await checkImportScope({ db: deps.store.db, plan: deps.plan, kind, path, file, scope, maxDetails: MAX_DETAILS });
  if (check.outsideCount > 0) throw rowsOutOfScope(file, check.outsideCount, check.outside, scope.kind === 'regions');
  if (check.lockedCount > 0) throw rowsLocked(file, check.lockedCount, check.locked);
  return run.dryRun ? preview : runChecked(deps, run, path, false);
}

async function runChecked(deps: Deps, run: Run, path: string, dryRun: boolean): Promise<ImportSuccess> {
  const status: ObservationStatus = run.scope.kind === 'all' ? 'approved' : 'submitted';
  let outcome: ImportOutcome;
  try {
    outcome = await importRecords({
      store: deps.store,
      plan: deps.plan,
      kind: run.kind,
      path,
      displayName: run.filename,
      dryRun,
      status,
      ctx: { actor: run.actor.user.username, at: deps.now().toISOString(), origin: `import:${run.filename}` },
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw invalidFile(run.filename, 1, [error.issue]);
    throw error;
  }
  if (!outcome.ok) throw invalidFile(outcome.file, outcome.errorCount, outcome.issues);
  return outcome;
}

export interface Preview {
  upload: UploadRow;
  outcome: ImportSuccess;
}

export async function previewImport(deps: Deps, actor: UserActor, kind: RecordKindId, filename: string, bytes: Buffer): Promise<Preview> {
  const scope = requireImportScope(actor, kind);
  const outcome = await withTempFile(filename, bytes, (path) => runImport(deps, { kind, filename, scope, actor, dryRun: true }, path));
  const upload = await saveUpload(deps.store.db, { userId: actor.user.id, kind, filename, bytes }, deps.now());
  return { upload, outcome };
}

export interface Committed {
  outcome: ImportSuccess;
  /** Status given to new observations; null for other kinds. */
  status: ObservationStatus | null;
}

export async function commitImport(deps: Deps, actor: UserActor, upload: UploadRow): Promise<Committed> {
  const kind = upload.kind as RecordKindId;
  // Checked again: the account's role or scope may have changed since the preview.
  const scope = requireImportScope(actor, kind);
  const outcome = await withTempFile(upload.filename, upload.bytes, (path) => runImport(deps, { kind, filename: upload.filename, scope, actor, dryRun: false }, path));
  await deleteUpload(deps.store.db, upload.id);
  return { outcome, status: kind === 'observations' ? (scope.kind === 'all' ? 'approved' : 'submitted') : null };
}
