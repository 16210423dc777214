/**
 * Which kinds of record the user may import, and so which templates the import tab offers.
 * The same table as the API's (src/server/commands/imports-scope.ts, which reads files and
 * cannot run in a browser); import-kinds.test.ts checks the two agree for every role.
 */
import type { User } from '../../api/types.ts';
import { recordKinds, type RecordKindId } from '../../../../src/records/record-kinds.ts';
import type { RecordKind } from '../../../../src/records/field-spec.ts';
import { ROLE_POLICIES } from '../../../../src/server/policy/roles.ts';

const ALL = recordKinds.map((k) => k.id as RecordKindId);
const REGION_KINDS: readonly RecordKindId[] = ['observations', 'enterprises', 'annual', 'certifications', 'projects', 'milestones'];
const PARK_KINDS: readonly RecordKindId[] = ['observations', 'enterprises', 'annual', 'certifications'];

export function importKindsFor(user: User | null): readonly RecordKindId[] {
  if (!user) return [];
  const policy = ROLE_POLICIES[user.role];
  // Province level imports everything (the calendar included); officers their own share; an enterprise its annual data.
  if (policy.writes === 'all' || policy.approves.includes('province')) return ALL;
  if (policy.writes === 'own-regions' && user.regions.length > 0) return REGION_KINDS;
  if (policy.writes === 'own-park' && user.parkId !== null) return PARK_KINDS;
  if (policy.writes === 'own-enterprise' && user.creditCode !== null) return ['annual'];
  return [];
}

export function recordKindOf(id: RecordKindId): RecordKind {
  return recordKinds.find((k) => k.id === id)!;
}
