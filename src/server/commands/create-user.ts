/**
 * Creating an account (API `POST /api/users`, CLI `plansight users add`): validates the
 * input and the role's scope against the plan, hashes the password (or generates one, to be
 * shown once) and records the creation in the history. A taken username is the store's
 * unique constraint, which the error handler reports as `conflict`.
 */
import type { Plan } from '../../plan/derive.ts';
import type { ChangeContext } from '../../store/actor.ts';
import { insertUser, type UserRecord } from '../../store/accounts-users.ts';
import { appendHistory } from '../../store/history.ts';
import type { Db } from '../../store/open-database.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { errors } from '../errors.ts';
import { createUserBodySchema, type CreateUserInput } from '../schemas/account-schemas.ts';
import { validateInput } from '../validate-input.ts';
import { roleScopeProblems } from './role-scope.ts';
import { USER_ENTITY, userFieldChanges } from './user-history.ts';

export interface AccountDeps {
  db: Db;
  plan: Plan;
  change: ChangeContext;
}

export interface CreatedUser {
  user: UserRecord;
  /** The generated password, to be shown once; null when the caller gave one. */
  generatedPassword: string | null;
}

export async function createUser(deps: AccountDeps, rawInput: CreateUserInput): Promise<CreatedUser> {
  const input = validateInput(createUserBodySchema, rawInput);
  const scope = { role: input.role, regions: input.regions ?? [], parkId: input.parkId ?? null, creditCode: input.creditCode ?? null };
  const problems = roleScopeProblems(deps.plan, scope);
  if (problems.length > 0) throw errors.validationFailed(problems, { zh: '账户范围与角色不符', en: 'The account’s scope does not fit its role' });

  const generatedPassword = input.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  const user = await deps.db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, { username: input.username, displayName: input.displayName ?? input.username, passwordHash, ...scope }, deps.change.at);
    await appendHistory(trx, [{ entity: USER_ENTITY, entityKey: String(created.id), action: 'create', changes: userFieldChanges(null, created) }], deps.change);
    return created;
  });
  return { user, generatedPassword };
}
