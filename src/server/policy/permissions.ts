/**
 * The policy: pure functions of an actor and what it wants to do. Routes call them (or
 * `requireActor`, which turns a refusal into the catalogue's error); nothing here touches
 * a request or the database.
 */
import type { Actor, UserActor } from './actor.ts';
import { hasScope, isUser } from './actor.ts';
import { ROLE_POLICIES, type ApprovalLevel, type RolePolicy } from './roles.ts';

export interface PolicyOptions {
  /** The operator enabled the public portal: anonymous readers see the plan and published data. */
  publicPortal: boolean;
}

const CLOSED: PolicyOptions = { publicPortal: false };

export type Resource =
  | { kind: 'plan' }
  | { kind: 'published' }
  | { kind: 'region'; regionCode: string }
  | { kind: 'park'; parkId: string; regionCode: string | null }
  | { kind: 'enterprise'; creditCode: string; regionCode?: string | null; parkId?: string | null }
  | { kind: 'accounts' };

export interface EnterpriseRef {
  creditCode: string;
  regionCode?: string | null;
  parkId?: string | null;
}

function policyOf(actor: UserActor): RolePolicy {
  return ROLE_POLICIES[actor.user.role];
}

/** Writes need a session or a token with the write scope, whatever the role. */
function writer(actor: Actor): actor is UserActor {
  return isUser(actor) && hasScope(actor, 'write');
}

export function isAdmin(actor: Actor): boolean {
  return isUser(actor) && policyOf(actor).administers;
}

export function canRead(actor: Actor, resource: Resource, options: PolicyOptions = CLOSED): boolean {
  if (!isUser(actor)) return (resource.kind === 'plan' || resource.kind === 'published') && options.publicPortal;
  const policy = policyOf(actor);
  switch (resource.kind) {
    case 'plan':
    case 'published':
      return true;
    case 'accounts':
      return policy.administers;
    case 'region':
      return policy.reads === 'all';
    case 'park':
      return policy.reads === 'all' || (policy.writes === 'own-park' && actor.user.parkId === resource.parkId);
    case 'enterprise':
      return (
        policy.reads === 'all' ||
        (policy.writes === 'own-enterprise' && actor.user.creditCode === resource.creditCode) ||
        (policy.writes === 'own-park' && resource.parkId != null && actor.user.parkId === resource.parkId)
      );
  }
}

export function canWriteRegion(actor: Actor, regionCode: string): boolean {
  if (!writer(actor)) return false;
  const policy = policyOf(actor);
  return policy.writes === 'all' || (policy.writes === 'own-regions' && actor.user.regions.includes(regionCode));
}

/** A park's data: its park officer, or an officer of the region it lies in. */
export function canWritePark(actor: Actor, parkId: string, regionCode: string | null): boolean {
  if (!writer(actor)) return false;
  const policy = policyOf(actor);
  if (policy.writes === 'all') return true;
  if (policy.writes === 'own-park') return actor.user.parkId === parkId;
  return policy.writes === 'own-regions' && regionCode !== null && actor.user.regions.includes(regionCode);
}

export function canAccessEnterprise(actor: Actor, enterprise: EnterpriseRef, access: 'read' | 'write' = 'read'): boolean {
  if (access === 'read') return canRead(actor, { kind: 'enterprise', ...enterprise });
  if (!writer(actor)) return false;
  const policy = policyOf(actor);
  switch (policy.writes) {
    case 'all':
      return true;
    case 'own-enterprise':
      return actor.user.creditCode === enterprise.creditCode;
    case 'own-park':
      return enterprise.parkId != null && actor.user.parkId === enterprise.parkId;
    case 'own-regions':
      return enterprise.regionCode != null && actor.user.regions.includes(enterprise.regionCode);
    case 'none':
      return false;
  }
}

/**
 * Approving a submission. At province level: whoever approves at that level. At region
 * level: a region officer approves the submissions of parks in its regions (its own region's
 * data goes straight to the province).
 */
export function canApprove(actor: Actor, level: ApprovalLevel, regionCode: string, parkId: string | null): boolean {
  if (!writer(actor)) return false;
  const policy = policyOf(actor);
  if (!policy.approves.includes(level)) return false;
  if (level === 'province' || policy.writes === 'all') return true;
  return parkId !== null && actor.user.regions.includes(regionCode);
}

/** Reopening approved data (the caller requires a reason). */
export function canReopen(actor: Actor): boolean {
  return writer(actor) && policyOf(actor).reopens;
}

/** Managing accounts, any user's API tokens, and the site's settings (public portal, boundaries). */
export function canAdminister(actor: Actor): boolean {
  return writer(actor) && policyOf(actor).administers;
}
