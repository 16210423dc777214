/**
 * Changing an account (API `PATCH /api/users/:id`, CLI `plansight users passwd`): name,
 * role and scope (validated together), disabled, or a new password. A new password or a
 * disabled account ends the user's sessions; a new password also lifts a lockout. No change
 * may leave the system without an enabled administrator.
 */
import type { RoleScope } from '../../store/accounts-roles.ts';
import { deleteSessionsOfUser } from '../../store/accounts-sessions.ts';
import { countOtherActiveAdmins, findUserById, updateUser as storeUpdateUser, type UserChanges } from '../../store/accounts-users.ts';
import { appendHistory, type HistoryEntry } from '../../store/history.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { errors } from '../errors.ts';
import { updateUserBodySchema, type UpdateUserInput } from '../schemas/account-schemas.ts';
import { validateInput } from '../validate-input.ts';
import type { AccountDeps, CreatedUser } from './create-user.ts';
import { roleScopeProblems } from './role-scope.ts';
import { USER_ENTITY, userFieldChanges } from './user-history.ts';

export async function updateUser(deps: AccountDeps, id: number, rawInput: UpdateUserInput): Promise<CreatedUser> {
  const input = validateInput(updateUserBodySchema, rawInput);
  const current = await findUserById(deps.db, id);
  if (!current) throw errors.notFound({ zh: '用户', en: 'user' }, [{ field: 'id', value: id }]);

  const changes: UserChanges = {};
  if (input.displayName !== undefined) changes.displayName = input.displayName;
  if (input.disabled !== undefined) changes.disabled = input.disabled;
  if (input.role !== undefined || input.regions !== undefined || input.parkId !== undefined || input.creditCode !== undefined) {
    // A new role starts from an empty scope: the old one rarely fits it.
    const base: RoleScope = input.role !== undefined && input.role !== current.role ? { role: input.role, regions: [], parkId: null, creditCode: null } : current;
    const scope: RoleScope = {
      role: input.role ?? current.role,
      regions: input.regions ?? base.regions,
      parkId: input.parkId === undefined ? base.parkId : input.parkId,
      creditCode: input.creditCode === undefined ? base.creditCode : input.creditCode,
    };
    const problems = roleScopeProblems(deps.plan, scope);
    if (problems.length > 0) throw errors.validationFailed(problems, { zh: '账户范围与角色不符', en: 'The account’s scope does not fit its role' });
    changes.scope = scope;
  }
  const generatedPassword = input.resetPassword ? generatePassword() : null;
  const newPassword = input.password ?? generatedPassword;
  if (newPassword !== null) changes.passwordHash = await hashPassword(newPassword);

  const staysAdmin = (changes.scope?.role ?? current.role) === 'admin' && !(changes.disabled ?? current.disabled);
  if (current.role === 'admin' && !current.disabled && !staysAdmin && (await countOtherActiveAdmins(deps.db, id)) === 0) {
    throw errors.conflict([{ field: changes.scope ? 'role' : 'disabled' }], {
      zh: '这是最后一个有效的管理员账户，不能停用或改变其角色',
      en: 'This is the last enabled administrator: it cannot be disabled or given another role',
    });
  }

  const user = await deps.db.transaction().execute(async (trx) => {
    const updated = await storeUpdateUser(trx, id, changes, deps.change.at);
    const history: HistoryEntry[] = [];
    const fields = userFieldChanges(current, updated);
    if (Object.keys(fields).length > 0) history.push({ entity: USER_ENTITY, entityKey: String(id), action: 'update', changes: fields });
    // The history says that the password changed, never what it is.
    if (newPassword !== null) history.push({ entity: USER_ENTITY, entityKey: String(id), action: 'password-reset', changes: {} });
    await appendHistory(trx, history, deps.change);
    if (newPassword !== null || updated.disabled) await deleteSessionsOfUser(trx, id);
    return updated;
  });
  return { user, generatedPassword };
}
