/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, Z, S, V); the last is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one is not in the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check]!;
}

export type CreditCodeProblem = 'length' | 'character' | 'checksum';

/** Why a code is not a valid credit code, or null when it is. Lower case is not accepted. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!ALPHABET.includes(ch)) return 'character';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checksum';
}

export function isCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/** Completes 17 characters into a valid code (used by the demo generator and tests). */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17);
  if (check === null) throw new RangeError(`not a credit-code prefix: ${JSON.stringify(first17)}`);
  return first17 + check;
}
