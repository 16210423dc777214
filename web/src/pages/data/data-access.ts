/**
 * What the signed-in user may do on the data page, answered by the API's own policy and
 * workflow functions (src/server/policy, src/records/observation-workflow.ts) rather than a
 * copy of them: the page then offers exactly the buttons the API would accept, and a change
 * of a role's rights changes both at once. The API still decides; this only avoids showing
 * a button that always fails.
 */
import type { Observation, User } from '../../api/types.ts';
import { applyWorkflow, type WorkflowAction } from '../../../../src/records/observation-workflow.ts';
import { transitionPermission, writePermission } from '../../../../src/server/commands/observations-access.ts';
import type { ObservationRow } from '../../../../src/store/database-schema.ts';
import type { Actor } from '../../../../src/server/policy/actor.ts';
import { decide, type Permission } from '../../../../src/server/policy/decide.ts';
import { ROLE_POLICIES, type ApprovalLevel } from '../../../../src/server/policy/roles.ts';

/** The browser's session carries every scope: the role alone limits it (as on the server). */
export function actorOf(user: User): Actor {
  return {
    kind: 'user',
    via: 'session',
    scopes: ['read', 'write'],
    user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role, regions: user.regions, parkId: user.parkId, creditCode: user.creditCode },
  };
}

function allowed(user: User, permission: Permission): boolean {
  return decide(actorOf(user), permission, { publicPortal: false }).allowed;
}

/** Whether the user may enter values for a region (parkId null) or one of its parks. */
export function mayWritePlace(user: User, regionCode: string, parkId: string | null): boolean {
  return allowed(user, writePermission({ regionCode, parkId: parkId ?? '' }));
}

/** Whether the user enters observations anywhere at all (officers, administrators). */
export function entersData(user: User): boolean {
  const writes = ROLE_POLICIES[user.role].writes;
  return writes === 'all' || writes === 'own-regions' || writes === 'own-park';
}

/** The place fields the policy reads, as the stored row holds them ('' for no park). */
function rowOf(observation: Observation): ObservationRow {
  // transitionPermission reads only the place and whether the region approved: the rest of the row is not needed.
  return {
    regionCode: observation.regionCode,
    parkId: observation.parkId ?? '',
    regionApprovedAt: observation.regionApproved ? observation.regionApprovedAt ?? 'yes' : null,
  } as ObservationRow;
}

/**
 * Whether the user may take this workflow step on this value now: the policy allows it and
 * the value's status does (a reason is assumed: the dialog asks for it).
 */
export function mayStep(user: User, observation: Observation, action: WorkflowAction): boolean {
  const state = { status: observation.status, isParkData: observation.parkId !== null, regionApproved: observation.regionApproved };
  if (!applyWorkflow(state, action, 'reason').ok) return false;
  return allowed(user, transitionPermission(rowOf(observation), action));
}

/** The approval step a reviewer takes on a submitted value: region approval for park data not yet approved by its region. */
export function approvalStep(observation: Observation): 'approve-region' | 'approve' {
  return observation.parkId !== null && !observation.regionApproved ? 'approve-region' : 'approve';
}

export function approvalLevels(user: User): readonly ApprovalLevel[] {
  return ROLE_POLICIES[user.role].approves;
}

export function mayReopen(user: User): boolean {
  return ROLE_POLICIES[user.role].reopens;
}

/** Roles that read observations (a park officer its park's); enterprise accounts see none. */
export function readsObservations(user: User): boolean {
  const policy = ROLE_POLICIES[user.role];
  return policy.reads === 'all' || (policy.writes === 'own-park' && user.parkId !== null);
}

export const DATA_TABS = ['calendar', 'entry', 'import', 'review', 'mine'] as const;
export type DataTab = (typeof DATA_TABS)[number];

/**
 * The tabs a role sees: the calendar and the form for whoever reads observations (the form
 * is read-only for those who may not enter), imports for whoever may import something,
 * the queue for approvers, "my submissions" for those who enter data.
 */
export function tabsFor(user: User, importKinds: readonly string[]): DataTab[] {
  const tabs: DataTab[] = [];
  if (readsObservations(user)) tabs.push('calendar', 'entry');
  if (importKinds.length > 0) tabs.push('import');
  if (approvalLevels(user).length > 0) tabs.push('review');
  if (entersData(user) && readsObservations(user)) tabs.push('mine');
  return tabs;
}
