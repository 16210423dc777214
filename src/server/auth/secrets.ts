/**
 * Session and API token values: 32 random bytes, base64url. Only their sha256 is stored, so
 * a leaked database copy holds nothing that logs anyone in. API tokens carry a `psk_` prefix
 * so that secret scanners and people can recognise them.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_TOKEN_PREFIX = 'psk_';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function newApiTokenValue(): string {
  return API_TOKEN_PREFIX + newSecret();
}

export function hashSecret(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/** Equal strings in constant time (hashing first makes the lengths equal too). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
