/**
 * The API's validation errors placed on the form's own fields: each detail names its field
 * by JSON path (`regions.0`, `creditCode`), so the message appears under the field it is
 * about, in the API's words; what belongs to no field of the form stays with the form — the
 * error's own message, and the details' messages for a form that lists them.
 */
import { ApiError, type ErrorDetail } from './client.ts';
import type { Text } from './text.ts';

export interface FieldError {
  name: string;
  errors: string[];
}

export interface FormErrors {
  fields: FieldError[];
  /** The error's own message, when some detail fits no field (or there are no details). */
  general: string | null;
  /** The messages of the details that fit no field and say something of their own. */
  rest: string[];
}

type Pick = (text: Text | null | undefined) => string;

/** `regions.0` → `regions`: the form field a detail's path points into. */
export function formFieldOf(path: string | undefined): string | undefined {
  return path?.split('.')[0];
}

const ownMessage = (detail: ErrorDetail) => detail.message ?? detail.expected;

function messageOf(detail: ErrorDetail, error: ApiError, text: Pick): string {
  const own = ownMessage(detail);
  return own ? text(own) : text(error.text);
}

export function formErrorsOf(error: unknown, fields: readonly string[], text: Pick): FormErrors {
  if (!(error instanceof ApiError)) return { fields: [], general: error instanceof Error ? error.message : String(error), rest: [] };
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  let unplaced = error.details.length === 0;
  for (const detail of error.details) {
    const field = formFieldOf(detail.field);
    if (field === undefined || !fields.includes(field)) {
      unplaced = true;
      const own = ownMessage(detail);
      if (own) rest.push(text(own));
      continue;
    }
    const message = messageOf(detail, error, text);
    const list = byField.get(field) ?? [];
    if (!list.includes(message)) list.push(message);
    byField.set(field, list);
  }
  return {
    fields: [...byField].map(([name, errors]) => ({ name, errors })),
    general: unplaced || byField.size === 0 ? text(error.text) : null,
    rest,
  };
}
