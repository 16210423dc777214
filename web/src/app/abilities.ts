/**
 * What the interface offers each role. The API decides (and refuses); this only hides
 * what a role cannot use, so nobody is shown a button that always fails. Mirrors
 * src/server/policy/roles.ts.
 */
import type { User } from '../api/types.ts';

export type Ability =
  | 'see-all-data'
  | 'enter-data'
  | 'approve-province'
  | 'approve-region'
  | 'reopen'
  | 'update-projects'
  | 'see-cultivation'
  | 'administer'
  | 'see-pending';

const ROLE_ABILITIES: Record<User['role'], readonly Ability[]> = {
  admin: ['see-all-data', 'enter-data', 'approve-province', 'approve-region', 'reopen', 'update-projects', 'see-cultivation', 'administer', 'see-pending'],
  'province-analyst': ['see-all-data', 'approve-province', 'reopen', 'update-projects', 'see-cultivation', 'see-pending'],
  'region-officer': ['see-all-data', 'enter-data', 'approve-region', 'update-projects', 'see-cultivation', 'see-pending'],
  'park-officer': ['enter-data'],
  enterprise: ['enter-data'],
  viewer: ['see-all-data', 'see-cultivation', 'see-pending'],
};

export function can(user: User | null, ability: Ability): boolean {
  return user !== null && ROLE_ABILITIES[user.role].includes(ability);
}
