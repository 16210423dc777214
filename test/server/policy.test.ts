/**
 * The policy, exhaustively: every role (and anonymous, with the portal off and on) against
 * every kind of permission, in its own scope and outside it, through a session, a read token
 * and a write token. The expected table is written out by hand: a change of policy must
 * change it too.
 */
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor, type ActorUser } from '../../src/server/policy/actor.ts';
import { decide, type Permission } from '../../src/server/policy/decide.ts';
import { canAccessEnterprise, canApprove, canRead, canReopen, canWritePark, canWriteRegion, isAdmin } from '../../src/server/policy/permissions.ts';
import { ROLE_POLICIES } from '../../src/server/policy/roles.ts';
import { ROLES, type Role, type TokenScope } from '../../src/store/accounts-roles.ts';

const C1 = { creditCode: 'C1-HAIKOU', regionCode: '460100', parkId: null };
const C2 = { creditCode: 'C2-YANGPU', regionCode: '460400', parkId: 'yangpu' };
const C3 = { creditCode: 'C3-ELSEWHERE', regionCode: '469000', parkId: null };

/** The permissions, in the order of the expectation strings below. */
const PERMISSIONS: [string, Permission][] = [
  ['authenticated', { kind: 'authenticated' }],
  ['read plan', { kind: 'read', resource: { kind: 'plan' } }],
  ['read published', { kind: 'read', resource: { kind: 'published' } }],
  ['read accounts', { kind: 'read', resource: { kind: 'accounts' } }],
  ['read region 460100', { kind: 'read', resource: { kind: 'region', regionCode: '460100' } }],
  ['read region 469000', { kind: 'read', resource: { kind: 'region', regionCode: '469000' } }],
  ['read park yangpu', { kind: 'read', resource: { kind: 'park', parkId: 'yangpu', regionCode: '460400' } }],
  ['read park hk-park', { kind: 'read', resource: { kind: 'park', parkId: 'hk-park', regionCode: '460100' } }],
  ['read enterprise C1', { kind: 'enterprise', enterprise: C1, access: 'read' }],
  ['read enterprise C2', { kind: 'enterprise', enterprise: C2, access: 'read' }],
  ['read enterprise C3', { kind: 'enterprise', enterprise: C3, access: 'read' }],
  ['write region 460100', { kind: 'write-region', regionCode: '460100' }],
  ['write region 469000', { kind: 'write-region', regionCode: '469000' }],
  ['write park yangpu', { kind: 'write-park', parkId: 'yangpu', regionCode: '460400' }],
  ['write park hk-park', { kind: 'write-park', parkId: 'hk-park', regionCode: '460100' }],
  ['write enterprise C1', { kind: 'enterprise', enterprise: C1, access: 'write' }],
  ['write enterprise C2', { kind: 'enterprise', enterprise: C2, access: 'write' }],
  ['write enterprise C3', { kind: 'enterprise', enterprise: C3, access: 'write' }],
  ['approve region 460100 park', { kind: 'approve', level: 'region', regionCode: '460100', parkId: 'hk-park' }],
  ['approve region 460100 itself', { kind: 'approve', level: 'region', regionCode: '460100', parkId: null }],
  ['approve region 469000 park', { kind: 'approve', level: 'region', regionCode: '469000', parkId: 'x-park' }],
  ['approve province', { kind: 'approve', level: 'province', regionCode: '460100', parkId: null }],
  ['reopen', { kind: 'reopen' }],
  ['administer', { kind: 'administer' }],
];

/**
 * Y allowed · U unauthenticated · F forbidden · R forbidden_region. Read the strings in
 * groups: auth+plan+published+accounts | 7 reads | 7 writes | 4 approvals | reopen, administer.
 */
const EXPECTED: Record<Role | 'anonymous' | 'anonymous (portal on)', string> = {
  //                        auth  reads    writes   approve  re/ad
  anonymous:               'UUUU' + 'UUUUUUU' + 'UUUUUUU' + 'UUUU' + 'UU',
  'anonymous (portal on)': 'UYYU' + 'UUUUUUU' + 'UUUUUUU' + 'UUUU' + 'UU',
  admin:                   'YYYY' + 'YYYYYYY' + 'YYYYYYY' + 'YYYY' + 'YY',
  'province-analyst':      'YYYF' + 'YYYYYYY' + 'FFFFFFF' + 'FFFY' + 'YF',
  'region-officer':        'YYYF' + 'YYYYYYY' + 'YRRYYRR' + 'YFRF' + 'FF',
  'park-officer':          'YYYF' + 'FFYFFYF' + 'FFYFFYF' + 'FFFF' + 'FF',
  enterprise:              'YYYF' + 'FFFFYFF' + 'FFFFYFF' + 'FFFF' + 'FF',
  viewer:                  'YYYF' + 'YYYYYYY' + 'FFFFFFF' + 'FFFF' + 'FF',
};

const SCOPES: Record<Role, Pick<ActorUser, 'regions' | 'parkId' | 'creditCode'>> = {
  admin: { regions: [], parkId: null, creditCode: null },
  'province-analyst': { regions: [], parkId: null, creditCode: null },
  'region-officer': { regions: ['460100', '460200'], parkId: null, creditCode: null },
  'park-officer': { regions: [], parkId: 'yangpu', creditCode: null },
  enterprise: { regions: [], parkId: null, creditCode: C1.creditCode },
  viewer: { regions: [], parkId: null, creditCode: null },
};

function userActor(role: Role, via: 'session' | 'token' = 'session', scopes: TokenScope[] = ['read', 'write']): Actor {
  return { kind: 'user', user: { id: 1, username: role, displayName: role, role, ...SCOPES[role] }, via, scopes };
}

const CODE = { Y: 'allowed', U: 'unauthenticated', F: 'forbidden', R: 'forbidden_region', T: 'read_only_token' } as const;

function outcome(actor: Actor, permission: Permission, publicPortal = false): string {
  const decision = decide(actor, permission, { publicPortal });
  return decision.allowed ? 'allowed' : decision.refusal;
}

function expectRow(label: string, actor: Actor, expected: string, publicPortal = false): void {
  expect(expected).toHaveLength(PERMISSIONS.length);
  const got = PERMISSIONS.map(([name, permission]) => `${name}: ${outcome(actor, permission, publicPortal)}`);
  const want = PERMISSIONS.map(([name], i) => `${name}: ${CODE[expected[i] as keyof typeof CODE]}`);
  expect(got, label).toEqual(want);
}

const WRITE_KINDS = new Set(['write-region', 'write-park', 'approve', 'reopen', 'administer']);
const isWrite = (p: Permission) => WRITE_KINDS.has(p.kind) || (p.kind === 'enterprise' && p.access === 'write');

describe('the policy table', () => {
  it('has one row per role, each asking for the scope its role works in', () => {
    expect(Object.keys(ROLE_POLICIES).sort()).toEqual([...ROLES].sort());
    expect(ROLE_POLICIES['region-officer'].scope).toBe('regions');
    expect(ROLE_POLICIES['park-officer'].scope).toBe('park');
    expect(ROLE_POLICIES.enterprise.scope).toBe('credit-code');
  });

  it('refuses anonymous readers everything while the public portal is off', () => {
    expectRow('anonymous', ANONYMOUS, EXPECTED.anonymous);
  });

  it('lets anonymous readers see the plan and published data when the portal is on, nothing else', () => {
    expectRow('anonymous, portal on', ANONYMOUS, EXPECTED['anonymous (portal on)'], true);
  });

  for (const role of ROLES) {
    it(`${role}: through a session, and through a write token, exactly as the table says`, () => {
      expectRow(`${role} session`, userActor(role), EXPECTED[role]);
      expectRow(`${role} write token`, userActor(role, 'token', ['read', 'write']), EXPECTED[role]);
      // The public portal changes nothing for a logged-in user.
      expectRow(`${role} session, portal on`, userActor(role), EXPECTED[role], true);
    });

    it(`${role}: through a read-only token, every read as through a session and every write refused as read-only`, () => {
      const readOnly = PERMISSIONS.map(([, permission], i) => (isWrite(permission) ? 'T' : EXPECTED[role][i])).join('');
      expectRow(`${role} read token`, userActor(role, 'token', ['read']), readOnly);
    });
  }

  it('names the region a region officer may not act on', () => {
    const decision = decide(userActor('region-officer'), { kind: 'write-region', regionCode: '469000' }, { publicPortal: false });
    expect(decision).toEqual({ allowed: false, refusal: 'forbidden_region', regionCode: '469000' });
  });
});

describe('the policy functions', () => {
  it('isAdmin: only administrators, through any door', () => {
    for (const role of ROLES) expect(isAdmin(userActor(role)), role).toBe(role === 'admin');
    expect(isAdmin(userActor('admin', 'token', ['read']))).toBe(true);
    expect(isAdmin(ANONYMOUS)).toBe(false);
  });

  it('canRead: the plan for everyone logged in; for nobody else unless the portal is on', () => {
    expect(canRead(ANONYMOUS, { kind: 'plan' })).toBe(false);
    expect(canRead(ANONYMOUS, { kind: 'plan' }, { publicPortal: true })).toBe(true);
    expect(canRead(ANONYMOUS, { kind: 'region', regionCode: '460100' }, { publicPortal: true })).toBe(false);
    for (const role of ROLES) expect(canRead(userActor(role), { kind: 'plan' })).toBe(true);
  });

  it('canWriteRegion, canWritePark, canAccessEnterprise, canApprove and canReopen need the write scope', () => {
    const officer = userActor('region-officer', 'token', ['read']);
    expect(canWriteRegion(officer, '460100')).toBe(false);
    expect(canWritePark(officer, 'hk-park', '460100')).toBe(false);
    expect(canAccessEnterprise(officer, C1, 'write')).toBe(false);
    expect(canAccessEnterprise(officer, C1, 'read')).toBe(true);
    expect(canApprove(officer, 'region', '460100', 'hk-park')).toBe(false);
    expect(canReopen(userActor('province-analyst', 'token', ['read']))).toBe(false);
    expect(canWriteRegion(userActor('region-officer'), '460100')).toBe(true);
    expect(canWriteRegion(userActor('region-officer'), '460200')).toBe(true);
  });

  it('a park officer writes its park but not a park with a null region it does not own', () => {
    expect(canWritePark(userActor('park-officer'), 'yangpu', null)).toBe(true);
    expect(canWritePark(userActor('region-officer'), 'spanning-park', null)).toBe(false);
  });
});
