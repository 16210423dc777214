/**
 * An enterprise's policy matches sorted for a reader: those it qualifies for (免申即享 first),
 * the near ones — to confirm, missing data, or failing a single condition on a figure it can
 * move (revenue, R&D, financing; not its cluster or a yes/no status) — and the rest.
 */
import type { PolicyMatchJson } from '../../api/types.ts';

export interface PolicyGroups {
  eligible: PolicyMatchJson[];
  near: PolicyMatchJson[];
  other: PolicyMatchJson[];
}

/** Conditions it fails (decided false), not those still open. */
export function failingReasons(m: Pick<PolicyMatchJson, 'reasons'>): PolicyMatchJson['reasons'] {
  return m.reasons.filter((r) => r.applicable && r.passed === false);
}

export function isNear(m: Pick<PolicyMatchJson, 'status' | 'reasons'>): boolean {
  if (m.status === 'to-confirm' || m.status === 'incomplete') return true;
  const failing = failingReasons(m);
  return m.status === 'not-eligible' && failing.length === 1 && typeof failing[0]!.value === 'number';
}

export function policyGroups(matches: readonly PolicyMatchJson[]): PolicyGroups {
  const eligible = matches.filter((m) => m.eligible).sort((a, b) => Number(b.autoGrant) - Number(a.autoGrant));
  const near = matches.filter((m) => !m.eligible && isNear(m));
  const other = matches.filter((m) => !m.eligible && !isNear(m));
  return { eligible, near, other };
}
