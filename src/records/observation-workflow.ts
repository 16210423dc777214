/**
 * The life of a submitted value (联网直报): draft → submitted → (for park data, approved by
 * the region) → approved by the province, or returned with a reason → edited and submitted
 * again. Approved values are locked until the province reopens them with a reason.
 * Pure: which transition is allowed from which state; who may do it is the policy's job.
 */
import type { ObservationStatus } from './observation.ts';

export const workflowActions = ['submit', 'approve-region', 'approve', 'return', 'reopen'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

export interface WorkflowState {
  status: ObservationStatus;
  /** Park data needs the region's approval before the province's. */
  isParkData: boolean;
  regionApproved: boolean;
}

export type WorkflowRefusal = 'invalid_transition' | 'region_approval_first' | 'reason_required' | 'locked';

export type WorkflowOutcome =
  | { ok: true; status: ObservationStatus; regionApproved: boolean }
  | { ok: false; refusal: WorkflowRefusal };

export function applyWorkflow(state: WorkflowState, action: WorkflowAction, reason?: string | null): WorkflowOutcome {
  const refuse = (refusal: WorkflowRefusal): WorkflowOutcome => ({ ok: false, refusal });
  const hasReason = typeof reason === 'string' && reason.trim().length > 0;
  switch (action) {
    case 'submit':
      if (state.status !== 'draft' && state.status !== 'returned') return refuse(state.status === 'approved' ? 'locked' : 'invalid_transition');
      return { ok: true, status: 'submitted', regionApproved: false };
    case 'approve-region':
      if (state.status !== 'submitted' || !state.isParkData || state.regionApproved) return refuse('invalid_transition');
      return { ok: true, status: 'submitted', regionApproved: true };
    case 'approve':
      if (state.status !== 'submitted') return refuse(state.status === 'approved' ? 'locked' : 'invalid_transition');
      if (state.isParkData && !state.regionApproved) return refuse('region_approval_first');
      return { ok: true, status: 'approved', regionApproved: state.regionApproved };
    case 'return':
      if (state.status !== 'submitted') return refuse(state.status === 'approved' ? 'locked' : 'invalid_transition');
      if (!hasReason) return refuse('reason_required');
      return { ok: true, status: 'returned', regionApproved: false };
    case 'reopen':
      if (state.status !== 'approved') return refuse('invalid_transition');
      if (!hasReason) return refuse('reason_required');
      return { ok: true, status: 'returned', regionApproved: false };
  }
}

/** Values may be edited only before submission or after being returned. */
export function isEditable(status: ObservationStatus): boolean {
  return status === 'draft' || status === 'returned';
}
