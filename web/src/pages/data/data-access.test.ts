import { describe, expect, it } from 'vitest';
import type { Observation, User } from '../../api/types.ts';
import { approvalStep, mayReopen, mayStep, mayWritePlace, tabsFor } from './data-access.ts';
import { importKindsFor } from './import-kinds.ts';

function user(role: User['role'], scope: Partial<User> = {}): User {
  return { id: 1, username: role, displayName: role, role, regions: [], parkId: null, creditCode: null, disabled: false, lockedUntil: null, createdAt: '', updatedAt: '', ...scope } as User;
}

const admin = user('admin');
const analyst = user('province-analyst');
const haikou = user('region-officer', { regions: ['460100'] });
const danzhou = user('region-officer', { regions: ['460400'] });
const yangpu = user('park-officer', { parkId: 'yangpu' });
const enterprise = user('enterprise', { creditCode: '91460100MA5T00001X' });
const viewer = user('viewer');

function value(status: Observation['status'], place: { regionCode: string; parkId: string | null } = { regionCode: '460100', parkId: null }, regionApproved = false): Observation {
  return { id: 1, status, regionApproved, ...place } as Observation;
}

const yangpuPark = { regionCode: '460400', parkId: 'yangpu' };

describe('what the data page offers each role (the API policy’s own answers)', () => {
  it('tabs', () => {
    const tabs = (u: User) => tabsFor(u, importKindsFor(u));
    expect(tabs(admin)).toEqual(['calendar', 'entry', 'import', 'review', 'mine']);
    expect(tabs(analyst)).toEqual(['calendar', 'entry', 'import', 'review']);
    expect(tabs(haikou)).toEqual(['calendar', 'entry', 'import', 'review', 'mine']);
    expect(tabs(yangpu)).toEqual(['calendar', 'entry', 'import', 'mine']);
    expect(tabs(enterprise)).toEqual(['import']);
    expect(tabs(viewer)).toEqual(['calendar', 'entry']);
  });

  it('where each may enter data', () => {
    expect(mayWritePlace(haikou, '460100', null)).toBe(true);
    expect(mayWritePlace(haikou, '460200', null)).toBe(false);
    expect(mayWritePlace(danzhou, '460400', 'yangpu')).toBe(true);
    expect(mayWritePlace(yangpu, '460400', 'yangpu')).toBe(true);
    expect(mayWritePlace(yangpu, '460400', null)).toBe(false);
    expect(mayWritePlace(analyst, '460100', null)).toBe(false);
    expect(mayWritePlace(admin, '460000', null)).toBe(true);
  });

  it('who submits, approves, returns and reopens', () => {
    expect(mayStep(haikou, value('draft'), 'submit')).toBe(true);
    expect(mayStep(haikou, value('submitted'), 'submit')).toBe(false);
    expect(mayStep(analyst, value('draft'), 'submit')).toBe(false);
    expect(mayStep(analyst, value('submitted'), 'approve')).toBe(true);
    expect(mayStep(haikou, value('submitted'), 'approve')).toBe(false);
    // Park data: its region first, then the province.
    expect(mayStep(analyst, value('submitted', yangpuPark), 'approve')).toBe(false);
    expect(mayStep(danzhou, value('submitted', yangpuPark), 'approve-region')).toBe(true);
    expect(mayStep(haikou, value('submitted', yangpuPark), 'approve-region')).toBe(false);
    expect(mayStep(danzhou, value('submitted', yangpuPark), 'return')).toBe(true);
    expect(mayStep(analyst, value('submitted', yangpuPark, true), 'approve')).toBe(true);
    expect(mayStep(danzhou, value('submitted', yangpuPark, true), 'return')).toBe(false);
    expect(approvalStep(value('submitted', yangpuPark))).toBe('approve-region');
    expect(approvalStep(value('submitted', yangpuPark, true))).toBe('approve');
    expect(mayStep(analyst, value('approved'), 'reopen')).toBe(true);
    expect(mayStep(haikou, value('approved'), 'reopen')).toBe(false);
    expect(mayStep(analyst, value('submitted'), 'reopen')).toBe(false);
    expect([analyst, admin, haikou, viewer].map(mayReopen)).toEqual([true, true, false, false]);
  });
});
