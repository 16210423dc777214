/** Role names as the API's policy table words them. */
import { ROLE_POLICIES } from '../../../src/server/policy/roles.ts';
import type { Text } from '../api/text.ts';
import type { Role } from './session.tsx';

export const ROLE_LABELS: Record<Role, Text> = Object.fromEntries(Object.entries(ROLE_POLICIES).map(([role, policy]) => [role, policy.label])) as Record<Role, Text>;
