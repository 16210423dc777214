/**
 * Password hashing with argon2id (@node-rs/argon2, OWASP's minimum parameters: 19 MiB,
 * 2 passes). A login for an unknown user is checked against a dummy hash so that it takes
 * as long as one for a known user and does not reveal which usernames exist.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Computes the dummy hash up front, so that even the first unknown-user login costs no more than later ones. */
export async function prepareDummyHash(): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  await dummyHash;
}

/** True when the password matches; with no hash, spends the same effort and says false. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    await prepareDummyHash();
    await verify(await dummyHash!, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password for a new account, shown once: 16 characters, 96 bits. */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
