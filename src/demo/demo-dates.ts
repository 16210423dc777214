/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so results never depend on the zone. */

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The last day a certificate issued on `issuedOn` is valid: issued + `years` years − 1 day. */
export function validUntil(issuedOn: string, years: number): string {
  const year = yearOf(issuedOn) + years;
  const month = Number(issuedOn.slice(5, 7));
  const day = Number(issuedOn.slice(8, 10));
  // Plain arithmetic instead of Date: this runs for every certificate of a million enterprises.
  if (day > 1) return isoDate(year, month, day - 1);
  if (month > 1) return isoDate(year, month - 1, daysInMonth(year, month - 1));
  return isoDate(year - 1, 12, 31);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day `years` years later (days are kept ≤ 28, so there is no 29 February to move). */
export function addYears(date: string, years: number): string {
  return `${String(yearOf(date) + years).padStart(4, '0')}${date.slice(4)}`;
}

/** True when a certificate is valid on 31 December of `year`. */
export function validAtYearEnd(issuedOn: string, expiresOn: string | null, year: number): boolean {
  const yearEnd = isoDate(year, 12, 31);
  return issuedOn <= yearEnd && (expiresOn === null || expiresOn >= yearEnd);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}
