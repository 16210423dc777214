/**
 * Matching a file's header to a record kind's fields: by key, Chinese or English label, or
 * any alias, compared as header keys (see name-key.ts), so a template's `营业收入（万元）`
 * and a hand-made `营业收入` both find `revenue`. Missing required columns and a field
 * matched twice are errors; columns the kind does not know are ignored with a warning.
 */
import type { FieldSpec, RecordKind } from '../records/field-spec.ts';
import { cellRef } from './cell-ref.ts';
import type { ImportIssue } from './import-issue.ts';
import { headerKey } from './name-key.ts';

export interface HeaderSource {
  file: string;
  sheet: string | null;
  headers: readonly string[];
  /** The header's row in the file (1 unless a title row or blank lines come first). */
  headerRow?: number;
}

export interface HeaderLayout {
  /** Column index (0-based) of each field found, by field key. */
  columns: ReadonlyMap<string, number>;
  issues: ImportIssue[];
}

const namesByKind = new WeakMap<RecordKind, Map<string, FieldSpec>>();

/** Every header key a kind accepts; throws if two fields claim the same one (a mistake in the kind's definition). */
export function acceptedHeaders(kind: RecordKind): Map<string, FieldSpec> {
  let names = namesByKind.get(kind);
  if (names) return names;
  names = new Map();
  for (const field of kind.fields) {
    for (const name of [field.key, field.label.zh, field.label.en, ...field.aliases]) {
      const key = headerKey(name);
      const other = names.get(key);
      if (other && other !== field) throw new Error(`record kind ${kind.id}: the header ${JSON.stringify(name)} matches both ${other.key} and ${field.key}`);
      names.set(key, field);
    }
  }
  namesByKind.set(kind, names);
  return names;
}

export function matchHeader(kind: RecordKind, source: HeaderSource): HeaderLayout {
  const names = acceptedHeaders(kind);
  const row = source.headerRow ?? 1;
  const columns = new Map<string, number>();
  const issues: ImportIssue[] = [];
  const issue = (severity: ImportIssue['severity'], code: string, index: number | null, field: FieldSpec | null, message: ImportIssue['message'], expected: ImportIssue['expected'] = null): void => {
    const column = index === null ? null : (source.headers[index] ?? null);
    issues.push({
      severity,
      code,
      file: source.file,
      sheet: source.sheet,
      row,
      column,
      field: field?.key ?? null,
      value: column,
      expected,
      message,
      ...(index === null ? {} : { cell: cellRef(index, row) }),
    });
  };

  source.headers.forEach((header, index) => {
    if (header.trim() === '') return;
    const field = names.get(headerKey(header));
    const ref = cellRef(index, row);
    if (!field) {
      issue('warning', 'unknown_column', index, null, {
        zh: `表头“${header}”列（${ref}）不是${kind.name.zh}的字段，将被忽略`,
        en: `column ${header} (${ref}) is not a field of ${kind.name.en} and is ignored`,
      });
      return;
    }
    const first = columns.get(field.key);
    if (first !== undefined) {
      issue('error', 'duplicate_column', index, field, {
        zh: `表头“${header}”列（${ref}）与“${source.headers[first]}”列（${cellRef(first, row)}）都是“${field.label.zh}”，请删除其中一列`,
        en: `columns ${header} (${ref}) and ${source.headers[first]} (${cellRef(first, row)}) are both ${field.label.en}; remove one of them`,
      });
      return;
    }
    columns.set(field.key, index);
  });

  for (const field of kind.fields) {
    if (!field.required || columns.has(field.key)) continue;
    const accepted = [...new Set([field.label.zh, field.key, ...field.aliases])];
    issue(
      'error',
      'missing_column',
      null,
      field,
      {
        zh: `表头缺少必填列“${field.label.zh}”（也可写作：${accepted.join('、')}）`,
        en: `the header has no ${field.label.en} column (any of: ${accepted.join(', ')})`,
      },
      { zh: `“${field.label.zh}”列`, en: `a ${field.label.en} column` },
    );
  }
  return { columns, issues };
}
