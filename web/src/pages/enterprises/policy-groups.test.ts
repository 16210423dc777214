import { describe, expect, it } from 'vitest';
import type { PolicyMatchJson } from '../../api/types.ts';
import { isNear, policyGroups } from './policy-groups.ts';

const reason = (passed: boolean | null, applicable = true, value: unknown = 12) => ({ applicable, passed, value }) as PolicyMatchJson['reasons'][number];
const match = (policyId: string, status: PolicyMatchJson['status'], reasons: PolicyMatchJson['reasons'], autoGrant = false) =>
  ({ policyId, status, eligible: status === 'eligible', autoGrant, reasons }) as PolicyMatchJson;

describe('policy matches grouped', () => {
  it('calls near what is to confirm, incomplete, or one figure short', () => {
    expect(isNear(match('a', 'to-confirm', []))).toBe(true);
    expect(isNear(match('a', 'incomplete', []))).toBe(true);
    expect(isNear(match('a', 'not-eligible', [reason(false), reason(true)]))).toBe(true);
    expect(isNear(match('a', 'not-eligible', [reason(false), reason(false)]))).toBe(false);
    expect(isNear(match('a', 'not-eligible', [reason(false), reason(false, false)]))).toBe(true);
    expect(isNear(match('a', 'not-in-force', []))).toBe(false);
    // A cluster or a yes/no status is not a figure an enterprise moves towards a threshold.
    expect(isNear(match('a', 'not-eligible', [reason(false, true, ['consumer-goods'])]))).toBe(false);
    expect(isNear(match('a', 'not-eligible', [reason(false, true, false)]))).toBe(false);
  });

  it('puts the eligible first, granted-without-application first among them', () => {
    const groups = policyGroups([
      match('apply', 'eligible', []),
      match('far', 'not-eligible', [reason(false), reason(false)]),
      match('auto', 'eligible', [], true),
      match('one-short', 'not-eligible', [reason(false)]),
    ]);
    expect(groups.eligible.map((m) => m.policyId)).toEqual(['auto', 'apply']);
    expect(groups.near.map((m) => m.policyId)).toEqual(['one-short']);
    expect(groups.other.map((m) => m.policyId)).toEqual(['far']);
  });
});
