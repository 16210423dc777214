/** An import's preview and result as the API shows them: counts, a sample of changes, warnings. */
import type { z } from 'zod';
import type { ImportIssue } from '../../ingest/import-issue.ts';
import type { RecordKindId } from '../../records/record-kinds.ts';
import type { UploadRow } from '../../store/database-schema.ts';
import { MAX_DETAILS } from '../commands/imports-errors.ts';
import type { Committed, ImportSuccess } from '../commands/imports-run.ts';
import type { importCommitSchema, importIssueSchema, importPreviewSchema } from '../schemas/imports-schemas.ts';

export function presentIssue(issue: ImportIssue): z.infer<typeof importIssueSchema> {
  return {
    code: issue.code,
    file: issue.file,
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    field: issue.field,
    value: issue.value,
    expected: issue.expected,
    message: issue.message,
  };
}

function summary(id: string, outcome: ImportSuccess) {
  const warnings = outcome.warnings.filter((w) => w.severity === 'warning');
  return {
    id,
    kind: outcome.kind as RecordKindId,
    file: outcome.file,
    rowsRead: outcome.rowsRead,
    counts: { inserted: outcome.counts.inserted, updated: outcome.counts.updated, unchanged: outcome.counts.unchanged },
    warnings: warnings.slice(0, MAX_DETAILS).map(presentIssue),
    warningCount: warnings.length,
  };
}

export function presentPreview(upload: UploadRow, outcome: ImportSuccess): z.infer<typeof importPreviewSchema> {
  return {
    ...summary(upload.id, outcome),
    size: upload.size,
    sample: outcome.sample.map((s) => ({
      type: s.type,
      key: s.key,
      row: s.row,
      changes: Object.entries(s.changes).map(([field, [old, value]]) => ({ field, old, new: value })),
    })),
    createdAt: upload.createdAt,
    expiresAt: upload.expiresAt,
  };
}

export function presentCommit(id: string, committed: Committed): z.infer<typeof importCommitSchema> {
  return { ...summary(id, committed.outcome), status: committed.status };
}
