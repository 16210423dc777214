/**
 * Credit codes for demo enterprises: 9 (registered by market regulation) 1 (enterprise),
 * the region's six-digit code, a nine-character organisation code, and the check character.
 * The organisation code starts with "DM" (demo) — real codes issued since 2015 start with
 * "MA" or are digits — and its other seven characters encode the enterprise index through
 * a seeded bijection, so codes are unique without remembering earlier ones.
 */
import { withCheckChar } from '../records/credit-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DEMO_MARK = 'DM';
const SPACE = 31n ** 7n;

export function demoCreditCode(regionCode: string, index: number, key: number): string {
  // A multiplier ≡ 1 (mod 31) is invertible modulo 31^7: different indices, different codes.
  const multiplier = BigInt(key % 1_000_003) * 31n + 1n;
  let value = (BigInt(index) * multiplier + BigInt(key)) % SPACE;
  let organisation = '';
  for (let k = 0; k < 7; k++) {
    organisation = ALPHABET[Number(value % 31n)]! + organisation;
    value /= 31n;
  }
  return withCheckChar(`91${regionCode}${DEMO_MARK}${organisation}`);
}
