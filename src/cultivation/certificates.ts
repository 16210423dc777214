/** Certificates on a given day: valid (issued, not expired) or ever held. Dates are ISO text, so they compare as strings. */
import type { CertificationInput, CertificationKindId } from '../records/certification.ts';

export function isValidOn(certificate: Pick<CertificationInput, 'issuedOn' | 'expiresOn'>, date: string): boolean {
  return certificate.issuedOn <= date && (certificate.expiresOn === null || certificate.expiresOn >= date);
}

export function holdsValid(certificates: readonly CertificationInput[], kind: CertificationKindId, date: string): boolean {
  return certificates.some((c) => c.kind === kind && isValidOn(c, date));
}

export function everHeld(certificates: readonly CertificationInput[], kind: CertificationKindId, date: string): boolean {
  return certificates.some((c) => c.kind === kind && c.issuedOn <= date);
}

/** Year of the first certificate of the kind, or null. */
export function firstCertifiedYear(certificates: readonly CertificationInput[], kind: CertificationKindId): number | null {
  let first: string | null = null;
  for (const c of certificates) if (c.kind === kind && (first === null || c.issuedOn < first)) first = c.issuedOn;
  return first === null ? null : Number(first.slice(0, 4));
}
