/**
 * Reading and writing a view's state in the address (?tab=funnel&page=2): what is not one of
 * the allowed values is ignored, and a default or an empty value leaves no trace, so links
 * stay short and a bookmark shows the same view.
 */

/** The value when it is one of the allowed ones; anything else (or nothing) is undefined. */
export function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return (values as readonly string[]).includes(raw ?? '') ? (raw as T) : undefined;
}

/** A whole number above zero; anything else is undefined. */
export function positiveInt(raw: string | null): number | undefined {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Sets a parameter unless the value is missing, empty or the default. */
export function setParam(params: URLSearchParams, key: string, value: string | number | undefined, defaultValue?: string | number): void {
  if (value !== undefined && value !== '' && value !== defaultValue) params.set(key, String(value));
}
