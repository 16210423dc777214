/**
 * What "save" and "submit" send for the entry form: a new draft for a value typed where none
 * is stored, a change for a stored draft or returned value whose value or note differ, and
 * then (to submit) the submission of every draft or returned value of the form. Also the API's
 * refusal placed on the field it names. Pure.
 */
import { ApiError } from '../../api/client.ts';
import type { Text } from '../../api/text.ts';
import type { EntryRow } from './entry-rows.ts';
import { checkValue } from './series.ts';

export interface RowInputValues {
  value?: string | undefined;
  note?: string | undefined;
}

export type EntryWrite =
  | { op: 'create'; row: EntryRow; value: number; note: string | null }
  | { op: 'update'; row: EntryRow; id: number; change: { value?: number; note?: string | null } };

function noteOf(note: string | undefined): string | null {
  const trimmed = (note ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** The writes the typed values need; rows left empty and unchanged rows need none. Values must have passed checkValue. */
export function plannedWrites(rows: readonly EntryRow[], values: Record<string, RowInputValues | undefined>): EntryWrite[] {
  const writes: EntryWrite[] = [];
  for (const row of rows) {
    if (!row.editable) continue;
    const typed = values[row.key] ?? {};
    const check = checkValue(typed.value ?? '', row.series);
    const note = noteOf(typed.note);
    if (check.kind !== 'ok') continue;
    if (row.existing === null) {
      writes.push({ op: 'create', row, value: check.value, note });
      continue;
    }
    const change: { value?: number; note?: string | null } = {};
    if (check.value !== row.existing.value) change.value = check.value;
    if (note !== (row.existing.note ?? null)) change.note = note;
    if (Object.keys(change).length > 0) writes.push({ op: 'update', row, id: row.existing.id, change });
  }
  return writes;
}

/** Rows the submission needs a value for: on the calendar, editable, and empty. */
export function missingRequired(rows: readonly EntryRow[], values: Record<string, RowInputValues | undefined>): EntryRow[] {
  return rows.filter((row) => row.editable && row.calendar !== null && checkValue(values[row.key]?.value ?? '', row.series).kind === 'empty');
}

/** Rows with a note but no value: a note alone is not a value. */
export function notesWithoutValue(rows: readonly EntryRow[], values: Record<string, RowInputValues | undefined>): EntryRow[] {
  return rows.filter((row) => row.editable && noteOf(values[row.key]?.note) !== null && checkValue(values[row.key]?.value ?? '', row.series).kind === 'empty');
}

export interface FieldError {
  field: 'value' | 'note';
  message: string;
}

/**
 * The API's refusal as field errors: a detail naming `note` goes under the note, anything
 * else (the value, the period, a conflict with a stored value, a refusal for the region)
 * under the value, in the reader's language, with what was expected.
 */
export function fieldErrorsOf(error: unknown, pick: (t: Text) => string): FieldError[] {
  if (!(error instanceof ApiError)) return [{ field: 'value', message: error instanceof Error ? error.message : String(error) }];
  const summary = error.text;
  const placed = error.details
    .filter((d) => d.expected !== undefined || d.message !== undefined)
    .map<FieldError>((d) => {
      const field = d.field === 'note' ? 'note' : 'value';
      if (d.message) return { field, message: pick(d.message) };
      const expected = d.expected!;
      return { field, message: pick({ zh: `${summary.zh}：应为${expected.zh}`, en: `${summary.en}: expected ${expected.en}` }) };
    });
  return placed.length > 0 ? placed : [{ field: 'value', message: pick(summary) }];
}
