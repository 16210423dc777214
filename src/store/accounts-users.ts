/**
 * The users repository: local accounts with argon2id password hashes, role and scope, and
 * the lockout counter. Password hashes never leave this module except to the verifier
 * (`passwordHashOf`); every other read returns a `UserRecord` without it.
 */
import { sql } from 'kysely';
import type { UserRow } from './database-schema.ts';
import type { Db } from './open-database.ts';
import { isRole, type Role, type RoleScope } from './accounts-roles.ts';

export interface UserRecord extends RoleScope {
  id: number;
  username: string;
  displayName: string;
  failedLogins: number;
  lockedUntil: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser extends RoleScope {
  username: string;
  displayName: string;
  passwordHash: string;
}

export function userRecordOf(row: Omit<UserRow, 'passwordHash'>): UserRecord {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has an unknown role ${JSON.stringify(row.role)}`);
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    regions: JSON.parse(row.regions) as string[],
    parkId: row.parkId,
    creditCode: row.creditCode,
    failedLogins: row.failedLogins,
    lockedUntil: row.lockedUntil,
    disabled: row.disabled === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const USER_COLUMNS = [
  'users.id', 'users.username', 'users.displayName', 'users.role', 'users.regions', 'users.parkId', 'users.creditCode',
  'users.failedLogins', 'users.lockedUntil', 'users.disabled', 'users.createdAt', 'users.updatedAt',
] as const;

/** Inserts the user; a taken username surfaces as the engine's unique-constraint error. */
export async function insertUser(db: Db, user: NewUser, at: string): Promise<UserRecord> {
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      displayName: user.displayName,
      passwordHash: user.passwordHash,
      role: user.role,
      regions: JSON.stringify(user.regions),
      parkId: user.parkId,
      creditCode: user.creditCode,
      failedLogins: 0,
      lockedUntil: null,
      disabled: 0,
      createdAt: at,
      updatedAt: at,
    })
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
  return userRecordOf(row);
}

export async function findUserById(db: Db, id: number): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && userRecordOf(row);
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').select(USER_COLUMNS).where('username', '=', username).executeTakeFirst();
  return row && userRecordOf(row);
}

/** The stored hash, for the password check only. */
export async function passwordHashOf(db: Db, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('passwordHash').where('id', '=', id).executeTakeFirst();
  return row?.passwordHash;
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('id').execute();
  return rows.map(userRecordOf);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Enabled admins other than `exceptId`: an operation must never leave none. */
export async function countOtherActiveAdmins(db: Db, exceptId: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('role', '=', 'admin' satisfies Role)
    .where('disabled', '=', 0)
    .where('id', '<>', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface UserChanges {
  displayName?: string;
  scope?: RoleScope;
  disabled?: boolean;
  passwordHash?: string;
}

export async function updateUser(db: Db, id: number, changes: UserChanges, at: string): Promise<UserRecord> {
  const row = await db
    .updateTable('users')
    .set({
      ...(changes.displayName === undefined ? {} : { displayName: changes.displayName }),
      ...(changes.scope === undefined
        ? {}
        : {
            role: changes.scope.role,
            regions: JSON.stringify(changes.scope.regions),
            parkId: changes.scope.parkId,
            creditCode: changes.scope.creditCode,
          }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
      // A new password also lifts a lockout: it is how an operator unlocks an account.
      ...(changes.passwordHash === undefined ? {} : { passwordHash: changes.passwordHash, failedLogins: 0, lockedUntil: null }),
      updatedAt: at,
    })
    .where('id', '=', id)
    .returning(USER_COLUMNS)
    .executeTakeFirstOrThrow();
  return userRecordOf(row);
}

/**
 * Counts one more failed login, atomically (concurrent attempts on several instances each
 * count), and returns the new count.
 */
export async function recordFailedLogin(db: Db, id: number): Promise<number> {
  const row = await db
    .updateTable('users')
    .set({ failedLogins: sql<number>`failed_logins + 1` })
    .where('id', '=', id)
    .returning('failedLogins')
    .executeTakeFirstOrThrow();
  return row.failedLogins;
}

/** Locks the account until `until` and starts counting failures afresh. */
export async function lockUser(db: Db, id: number, until: string): Promise<void> {
  await db.updateTable('users').set({ lockedUntil: until, failedLogins: 0 }).where('id', '=', id).execute();
}

export async function clearFailedLogins(db: Db, id: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ failedLogins: 0, lockedUntil: null })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('failedLogins', '<>', 0), eb('lockedUntil', 'is not', null)]))
    .execute();
}
