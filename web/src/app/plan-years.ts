/**
 * The years a reader may choose, and the year read from the address (?year=2027): the plan
 * period from the base year to the target year. Shared by the evaluation view (cockpit, big
 * screen, indicators) and the page year (industry system, map).
 */

/** The plan period, oldest first. */
export function planYears(baseYear: number, targetYear: number): number[] {
  const years: number[] = [];
  for (let y = baseYear; y <= targetYear; y++) years.push(y);
  return years;
}

/** The years a reader may evaluate, newest first. */
export function yearChoices(baseYear: number, targetYear: number, defaultYear?: number): number[] {
  const years = planYears(baseYear, targetYear);
  // A default outside the period (data reported beyond it) must still be selectable.
  if (defaultYear !== undefined && !years.includes(defaultYear)) years.push(defaultYear);
  return years.sort((a, b) => b - a);
}

/** The year in the address, when it is one of the choices; anything else is ignored. */
export function parseYear(value: string | null, years: readonly number[]): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return years.includes(year) ? year : undefined;
}
