import { describe, expect, it } from 'vitest';
import { ROLE_POLICIES } from '../../../src/server/policy/roles.ts';
import { can } from './abilities.ts';
import type { User } from '../api/types.ts';

const user = (role: User['role']) => ({ role }) as User;

describe('the interface offers what the API allows', () => {
  it('offers administration exactly to the roles that administer', () => {
    for (const [role, policy] of Object.entries(ROLE_POLICIES)) expect(can(user(role as User['role']), 'administer')).toBe(policy.administers);
  });
  it('offers province approval and reopening exactly where the policy gives them', () => {
    for (const [role, policy] of Object.entries(ROLE_POLICIES)) {
      expect(can(user(role as User['role']), 'approve-province')).toBe(policy.approves.includes('province'));
      expect(can(user(role as User['role']), 'approve-region')).toBe(policy.approves.includes('region'));
      expect(can(user(role as User['role']), 'reopen')).toBe(policy.reopens);
      expect(can(user(role as User['role']), 'enter-data')).toBe(policy.writes !== 'none');
      expect(can(user(role as User['role']), 'see-all-data')).toBe(policy.reads === 'all');
    }
  });
  it('offers nothing to nobody', () => {
    expect(can(null, 'see-all-data')).toBe(false);
  });
});
