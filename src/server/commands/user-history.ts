/** What the history keeps of an account change: its fields, never the password hash. */
import type { RoleScope } from '../../store/accounts-roles.ts';
import type { UserRecord } from '../../store/accounts-users.ts';
import type { FieldChanges } from '../../store/history.ts';

export const USER_ENTITY = 'user';
export const API_TOKEN_ENTITY = 'api-token';

type Audited = Pick<UserRecord, 'username' | 'displayName' | 'disabled'> & RoleScope;

function audited(user: Audited) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regions: user.regions,
    parkId: user.parkId,
    creditCode: user.creditCode,
    disabled: user.disabled,
  };
}

export function userFieldChanges(before: Audited | null, after: Audited): FieldChanges {
  const old = before === null ? null : audited(before);
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(audited(after))) {
    const previous = old === null ? null : old[field as keyof typeof old];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[field] = [previous, value];
  }
  return changes;
}
