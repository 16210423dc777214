/**
 * Who may see and change key projects. Reading: every role that reads all regions; a park
 * officer reads the projects placed in its park; enterprise accounts have none. Changing
 * progress and milestones: administrators and province analysts (the province tracks the
 * plan's projects), and region officers of one of the project's regions — with the write
 * scope, as for every write. Pure decisions, in the shape of the policy's own.
 */
import type { Project } from '../../plan/schema.ts';
import { errors } from '../errors.ts';
import type { Actor, UserActor } from '../policy/actor.ts';
import { hasScope, isUser } from '../policy/actor.ts';
import type { Decision } from '../policy/decide.ts';
import { canRead, canWriteRegion } from '../policy/permissions.ts';
import { refusalError } from '../policy/require-actor.ts';
import { ROLE_POLICIES } from '../policy/roles.ts';

type ProjectPlace = Pick<Project, 'regions' | 'parks'>;

const ALLOWED: Decision = { allowed: true };

/** Reads every region's data: sees every project. */
export function readsAllProjects(actor: Actor, provinceCode: string): boolean {
  return canRead(actor, { kind: 'region', regionCode: provinceCode });
}

/** The park whose projects a park officer sees; null for roles that see all (or none). */
export function projectParkScope(actor: Actor, provinceCode: string): string | null {
  if (!isUser(actor) || readsAllProjects(actor, provinceCode)) return null;
  const parkId = actor.user.parkId;
  return parkId !== null && canRead(actor, { kind: 'park', parkId, regionCode: null }) ? parkId : null;
}

export function decideProjectList(actor: Actor, provinceCode: string): Decision {
  if (!isUser(actor)) return { allowed: false, refusal: 'unauthenticated' };
  if (readsAllProjects(actor, provinceCode) || projectParkScope(actor, provinceCode) !== null) return ALLOWED;
  return { allowed: false, refusal: 'forbidden' };
}

export function decideProjectRead(actor: Actor, project: ProjectPlace, provinceCode: string): Decision {
  if (!isUser(actor)) return { allowed: false, refusal: 'unauthenticated' };
  if (readsAllProjects(actor, provinceCode)) return ALLOWED;
  const park = projectParkScope(actor, provinceCode);
  return park !== null && project.parks.includes(park) ? ALLOWED : { allowed: false, refusal: 'forbidden' };
}

export function decideProjectWrite(actor: Actor, project: ProjectPlace): Decision {
  if (!isUser(actor)) return { allowed: false, refusal: 'unauthenticated' };
  if (!hasScope(actor, 'write')) return { allowed: false, refusal: 'read_only_token' };
  const policy = ROLE_POLICIES[actor.user.role];
  if (policy.writes === 'all' || policy.approves.includes('province')) return ALLOWED;
  if (project.regions.some((code) => canWriteRegion(actor, code))) return ALLOWED;
  // A region officer is told which region the project belongs to; other roles simply may not.
  const region = project.regions[0];
  if (policy.writes === 'own-regions' && region !== undefined) return { allowed: false, refusal: 'forbidden_region', regionCode: region };
  return { allowed: false, refusal: 'forbidden' };
}

/** Throws the refusal; returns the user when allowed (every project decision needs one). */
export function enforce(decision: Decision, actor: Actor): UserActor {
  if (!decision.allowed) throw refusalError(decision);
  if (!isUser(actor)) throw errors.unauthenticated();
  return actor;
}
