/**
 * The API's validation errors as form field errors: each detail naming a field of the form
 * goes under that field, the rest (and refusals) stay with the form as one message.
 */
import type { ApiError, ErrorDetail } from '../../api/client.ts';
import type { Lang, Text } from '../../api/text.ts';
import { pick } from '../../api/text.ts';

export interface FieldError {
  name: string;
  errors: string[];
}

function detailText(detail: ErrorDetail, lang: Lang): string {
  const message = detail.message as Text | undefined;
  const expected = detail.expected;
  return pick(message ?? expected, lang) || String(detail.field ?? '');
}

/** Field errors for the fields the form has; `rest` holds what belongs to none of them. */
export function fieldErrorsOf(error: Pick<ApiError, 'details'>, fields: readonly string[], lang: Lang): { fields: FieldError[]; rest: string[] } {
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const detail of error.details) {
    const field = typeof detail.field === 'string' ? detail.field.split('.')[0]! : undefined;
    if (field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), detailText(detail, lang)]);
    else if (detail.message || detail.expected) rest.push(detailText(detail, lang));
  }
  return { fields: [...byField.entries()].map(([name, errors]) => ({ name, errors })), rest };
}
