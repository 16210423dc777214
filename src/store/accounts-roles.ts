/**
 * The roles an account can have, as stored in `users.role`. What each role may do is the
 * server's policy (`src/server/policy/`); the store only knows which values are valid.
 */
export const ROLES = ['admin', 'province-analyst', 'region-officer', 'park-officer', 'enterprise', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Where a role's account works: its regions, its park or its enterprise (by credit code). */
export interface RoleScope {
  role: Role;
  regions: string[];
  parkId: string | null;
  creditCode: string | null;
}

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
