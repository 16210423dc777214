/** The years a reader may evaluate: the plan period, from the base year to the target year. */

export function yearChoices(baseYear: number, targetYear: number, defaultYear?: number): number[] {
  const years: number[] = [];
  for (let year = baseYear; year <= targetYear; year++) years.push(year);
  // A default outside the period (data reported beyond it) must still be selectable.
  if (defaultYear !== undefined && !years.includes(defaultYear)) years.push(defaultYear);
  return years.sort((a, b) => b - a);
}

/** The year in the address, when it is one of the choices; anything else is ignored. */
export function parseYearParam(value: string | null, years: readonly number[]): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return years.includes(year) ? year : undefined;
}
