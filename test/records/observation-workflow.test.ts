import { describe, expect, it } from 'vitest';
import { applyWorkflow, isEditable, workflowActions, type WorkflowState } from '../../src/records/observation-workflow.ts';
import { observationStatuses } from '../../src/records/observation.ts';

const region = (status: WorkflowState['status']): WorkflowState => ({ status, isParkData: false, regionApproved: false });
const park = (status: WorkflowState['status'], regionApproved = false): WorkflowState => ({ status, isParkData: true, regionApproved });

describe('the observation workflow', () => {
  it('region data: draft → submitted → approved; returned with a reason → submitted again', () => {
    expect(applyWorkflow(region('draft'), 'submit')).toEqual({ ok: true, status: 'submitted', regionApproved: false });
    expect(applyWorkflow(region('submitted'), 'approve')).toEqual({ ok: true, status: 'approved', regionApproved: false });
    expect(applyWorkflow(region('submitted'), 'return', '数值偏大，请核实')).toEqual({ ok: true, status: 'returned', regionApproved: false });
    expect(applyWorkflow(region('returned'), 'submit')).toMatchObject({ ok: true, status: 'submitted' });
  });

  it('park data needs the region before the province', () => {
    expect(applyWorkflow(park('submitted'), 'approve')).toEqual({ ok: false, refusal: 'region_approval_first' });
    expect(applyWorkflow(park('submitted'), 'approve-region')).toEqual({ ok: true, status: 'submitted', regionApproved: true });
    expect(applyWorkflow(park('submitted', true), 'approve-region')).toEqual({ ok: false, refusal: 'invalid_transition' });
    expect(applyWorkflow(park('submitted', true), 'approve')).toEqual({ ok: true, status: 'approved', regionApproved: true });
    expect(applyWorkflow(region('submitted'), 'approve-region')).toEqual({ ok: false, refusal: 'invalid_transition' });
  });

  it('approved values are locked; only a reopen with a reason unlocks them', () => {
    for (const action of ['submit', 'approve', 'return'] as const) {
      expect(applyWorkflow(region('approved'), action, 'x')).toEqual({ ok: false, refusal: 'locked' });
    }
    expect(applyWorkflow(region('approved'), 'reopen')).toEqual({ ok: false, refusal: 'reason_required' });
    expect(applyWorkflow(region('approved'), 'reopen', '  ')).toEqual({ ok: false, refusal: 'reason_required' });
    expect(applyWorkflow(region('approved'), 'reopen', '统计局修订')).toEqual({ ok: true, status: 'returned', regionApproved: false });
    expect(applyWorkflow(region('submitted'), 'return')).toEqual({ ok: false, refusal: 'reason_required' });
    expect(isEditable('approved')).toBe(false);
    expect(isEditable('submitted')).toBe(false);
    expect(isEditable('draft') && isEditable('returned')).toBe(true);
  });

  it('from any state, every action either moves to a known status or refuses: never anything else', () => {
    const allowed = new Set<string>();
    for (const status of observationStatuses) {
      for (const isParkData of [false, true]) {
        // A region approval exists only on submitted or approved park data.
        const reachable = isParkData && (status === 'submitted' || status === 'approved');
        for (const regionApproved of reachable ? [false, true] : [false]) {
          for (const action of workflowActions) {
            const outcome = applyWorkflow({ status, isParkData, regionApproved }, action, 'reason');
            if (outcome.ok) {
              expect(observationStatuses).toContain(outcome.status);
              allowed.add(`${status}${isParkData ? '/park' : ''}${regionApproved ? '+r' : ''} -${action}→ ${outcome.status}`);
            }
          }
        }
      }
    }
    expect([...allowed].sort()).toEqual([
      'approved -reopen→ returned',
      'approved/park+r -reopen→ returned',
      'approved/park -reopen→ returned',
      'draft -submit→ submitted',
      'draft/park -submit→ submitted',
      'returned -submit→ submitted',
      'returned/park -submit→ submitted',
      'submitted -approve→ approved',
      'submitted -return→ returned',
      'submitted/park+r -approve→ approved',
      'submitted/park+r -return→ returned',
      'submitted/park -approve-region→ submitted',
      'submitted/park -return→ returned',
    ].sort());
  });
});
