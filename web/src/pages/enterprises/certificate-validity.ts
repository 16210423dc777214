/**
 * A certificate's validity on a day, in words a reader needs: valid (and for how long), soon
 * to expire, expired, or not yet in force — the API's `valid` says only yes or no.
 */
export type Validity = 'valid' | 'expiring' | 'expired' | 'not-yet';

/** Under this many days left, a valid certificate is flagged for renewal. */
export const EXPIRING_DAYS = 90;

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function validityOn(c: { issuedOn: string; expiresOn: string | null }, at: string): { validity: Validity; days: number | null } {
  if (c.issuedOn > at) return { validity: 'not-yet', days: days(at, c.issuedOn) };
  if (c.expiresOn !== null && c.expiresOn < at) return { validity: 'expired', days: days(c.expiresOn, at) };
  if (c.expiresOn === null) return { validity: 'valid', days: null };
  const left = days(at, c.expiresOn);
  return { validity: left <= EXPIRING_DAYS ? 'expiring' : 'valid', days: left };
}
