/**
 * What the policy needs to know about one observation: whose data it is (a region's or a
 * park's), and which permission each workflow step asks for. Pure: the routes pass the
 * permissions to `requireUser`, so the refusal (401, 403 `forbidden_region` naming the
 * region, 403 `forbidden`) is the policy's, the same as everywhere else.
 */
import type { WorkflowAction } from '../../records/observation-workflow.ts';
import type { ObservationRow } from '../../store/database-schema.ts';
import type { Actor } from '../policy/actor.ts';
import { isUser } from '../policy/actor.ts';
import type { Permission } from '../policy/decide.ts';
import { canRead, type Resource } from '../policy/permissions.ts';
import { ROLE_POLICIES } from '../policy/roles.ts';

type Place = Pick<ObservationRow, 'regionCode' | 'parkId'>;

function parkOf(place: Place): string | null {
  return place.parkId === '' ? null : place.parkId;
}

export function observationResource(place: Place): Resource {
  const parkId = parkOf(place);
  return parkId === null ? { kind: 'region', regionCode: place.regionCode } : { kind: 'park', parkId, regionCode: place.regionCode };
}

/** Entering, editing and submitting: the writers of the region, or of the park. */
export function writePermission(place: Place): Permission {
  const parkId = parkOf(place);
  return parkId === null ? { kind: 'write-region', regionCode: place.regionCode } : { kind: 'write-park', parkId, regionCode: place.regionCode };
}

/**
 * Each workflow step's permission. Returning is for whoever could approve at the level the
 * value waits at: park data not yet approved by its region waits at the region.
 */
export function transitionPermission(row: ObservationRow, action: WorkflowAction): Permission {
  const parkId = parkOf(row);
  const approve = (level: 'region' | 'province'): Permission => ({ kind: 'approve', level, regionCode: row.regionCode, parkId });
  switch (action) {
    case 'submit':
      return writePermission(row);
    case 'approve-region':
      return approve('region');
    case 'approve':
      return approve('province');
    case 'return':
      return approve(parkId !== null && row.regionApprovedAt === null ? 'region' : 'province');
    case 'reopen':
      return { kind: 'reopen' };
  }
}

/**
 * Which observations a user may list: every one (roles that read everything), one park's
 * (a park officer), or none (enterprise accounts and anonymous callers).
 */
export type ObservationVisibility = { kind: 'all' } | { kind: 'park'; parkId: string } | { kind: 'none' };

export function observationVisibility(actor: Actor): ObservationVisibility {
  if (!isUser(actor)) return { kind: 'none' };
  const policy = ROLE_POLICIES[actor.user.role];
  if (policy.reads === 'all') return { kind: 'all' };
  if (policy.writes === 'own-park' && actor.user.parkId !== null) return { kind: 'park', parkId: actor.user.parkId };
  return { kind: 'none' };
}

export function canReadObservation(actor: Actor, place: Place): boolean {
  return canRead(actor, observationResource(place));
}
