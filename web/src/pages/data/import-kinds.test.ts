import { describe, expect, it } from 'vitest';
import type { User } from '../../api/types.ts';
import { recordKinds, type RecordKindId } from '../../../../src/records/record-kinds.ts';
import { importScopeOf, mayImportKind } from '../../../../src/server/commands/imports-scope.ts';
import { actorOf } from './data-access.ts';
import { importKindsFor } from './import-kinds.ts';

const users: User[] = [
  { role: 'admin' },
  { role: 'province-analyst' },
  { role: 'region-officer', regions: ['460100'] },
  { role: 'region-officer', regions: [] },
  { role: 'park-officer', parkId: 'yangpu' },
  { role: 'enterprise', creditCode: '91460100MA5T00001X' },
  { role: 'viewer' },
].map((scope, id) => ({ id, username: `u${id}`, displayName: '', regions: [], parkId: null, creditCode: null, disabled: false, lockedUntil: null, createdAt: '', updatedAt: '', ...scope }) as User);

describe('the kinds a user may import', () => {
  it('are the ones the API accepts, for every role', () => {
    for (const user of users) {
      const scope = importScopeOf(actorOf(user) as Parameters<typeof importScopeOf>[0]);
      const server = recordKinds.map((k) => k.id as RecordKindId).filter((kind) => mayImportKind(scope, kind));
      expect([user.role, [...importKindsFor(user)]]).toEqual([user.role, server]);
    }
  });

  it('are none without a user', () => {
    expect(importKindsFor(null)).toEqual([]);
  });
});
