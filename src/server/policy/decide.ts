/**
 * One question a route asks — may this actor do this? — answered as a value: allowed, or
 * refused with the reason a client needs (log in; not allowed; not for this region; the
 * token may only read). Pure; `requireActor` turns a refusal into the catalogue's error.
 */
import type { Actor } from './actor.ts';
import { hasScope, isUser } from './actor.ts';
import {
  canAccessEnterprise, canAdminister, canApprove, canRead, canReopen, canWritePark, canWriteRegion,
  type EnterpriseRef, type PolicyOptions, type Resource,
} from './permissions.ts';
import { ROLE_POLICIES, type ApprovalLevel } from './roles.ts';

export type Permission =
  | { kind: 'authenticated' }
  | { kind: 'read'; resource: Resource }
  | { kind: 'write-region'; regionCode: string }
  | { kind: 'write-park'; parkId: string; regionCode: string | null }
  | { kind: 'enterprise'; enterprise: EnterpriseRef; access: 'read' | 'write' }
  | { kind: 'approve'; level: ApprovalLevel; regionCode: string; parkId: string | null }
  | { kind: 'reopen' }
  | { kind: 'administer' };

export type Refusal = 'unauthenticated' | 'forbidden' | 'forbidden_region' | 'read_only_token';

export type Decision = { allowed: true } | { allowed: false; refusal: Refusal; regionCode?: string };

const WRITES: ReadonlySet<Permission['kind']> = new Set(['write-region', 'write-park', 'approve', 'reopen', 'administer']);

function isWrite(permission: Permission): boolean {
  return WRITES.has(permission.kind) || (permission.kind === 'enterprise' && permission.access === 'write');
}

function allows(actor: Actor, permission: Permission, options: PolicyOptions): boolean {
  switch (permission.kind) {
    case 'authenticated':
      return isUser(actor);
    case 'read':
      return canRead(actor, permission.resource, options);
    case 'write-region':
      return canWriteRegion(actor, permission.regionCode);
    case 'write-park':
      return canWritePark(actor, permission.parkId, permission.regionCode);
    case 'enterprise':
      return canAccessEnterprise(actor, permission.enterprise, permission.access);
    case 'approve':
      return canApprove(actor, permission.level, permission.regionCode, permission.parkId);
    case 'reopen':
      return canReopen(actor);
    case 'administer':
      return canAdminister(actor);
  }
}

/** The region a refusal is about, when the role could do this in its own regions. */
function regionOfRefusal(actor: Actor, permission: Permission): string | undefined {
  if (!isUser(actor) || ROLE_POLICIES[actor.user.role].writes !== 'own-regions') return undefined;
  if (permission.kind === 'write-region') return permission.regionCode;
  if (permission.kind === 'write-park') return permission.regionCode ?? undefined;
  if (permission.kind === 'approve' && permission.level === 'region' && permission.parkId !== null) return permission.regionCode;
  if (permission.kind === 'enterprise' && permission.access === 'write') return permission.enterprise.regionCode ?? undefined;
  return undefined;
}

export function decide(actor: Actor, permission: Permission, options: PolicyOptions): Decision {
  if (allows(actor, permission, options)) return { allowed: true };
  if (!isUser(actor)) return { allowed: false, refusal: 'unauthenticated' };
  if (isWrite(permission) && !hasScope(actor, 'write')) return { allowed: false, refusal: 'read_only_token' };
  const regionCode = regionOfRefusal(actor, permission);
  return regionCode === undefined ? { allowed: false, refusal: 'forbidden' } : { allowed: false, refusal: 'forbidden_region', regionCode };
}
