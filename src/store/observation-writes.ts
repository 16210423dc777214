/**
 * Entering and moving single observations through the workflow (web forms, API), each
 * change one transaction with its history: who, when, old → new, and why.
 */
import type { ObservationInput, OriginKind } from '../records/observation.ts';
import { applyWorkflow, isEditable, type WorkflowAction, type WorkflowRefusal } from '../records/observation-workflow.ts';
import type { ChangeContext } from './actor.ts';
import type { ObservationRow } from './database-schema.ts';
import { appendHistory, type FieldChanges } from './history.ts';
import type { Db } from './open-database.ts';
import { parsePeriod } from './tables/observations-table.ts';

export type WriteRefusal = WorkflowRefusal | 'not_found' | 'exists' | 'not_editable';

export type WriteResult = { ok: true; observation: ObservationRow } | { ok: false; refusal: WriteRefusal; observation?: ObservationRow };

export function observationKey(row: Pick<ObservationRow, 'planId' | 'seriesId' | 'regionCode' | 'parkId' | 'period' | 'kind'>): string {
  return [row.planId, row.seriesId, row.regionCode, row.parkId, row.period, row.kind].join('|');
}

export async function findObservation(db: Db, id: number): Promise<ObservationRow | undefined> {
  return db.selectFrom('observations').selectAll().where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
}

export interface NewObservation {
  planId: string;
  planVersionId: number;
  unit: string;
  input: ObservationInput;
  originKind: OriginKind;
}

/** A new draft. Refused when a value with the same key exists (edit that one instead). */
export async function createDraft(db: Db, draft: NewObservation, ctx: ChangeContext): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const { input } = draft;
    const existing = await trx
      .selectFrom('observations')
      .selectAll()
      .where('planId', '=', draft.planId)
      .where('seriesId', '=', input.seriesId)
      .where('regionCode', '=', input.regionCode)
      .where('parkId', '=', input.parkId ?? '')
      .where('period', '=', input.period)
      .where('kind', '=', input.kind)
      .executeTakeFirst();
    if (existing) return { ok: false, refusal: 'exists', observation: existing };
    const { year, quarter } = parsePeriod(input.period);
    const inserted = await trx
      .insertInto('observations')
      .values({
        planId: draft.planId,
        planVersionId: draft.planVersionId,
        seriesId: input.seriesId,
        regionCode: input.regionCode,
        parkId: input.parkId ?? '',
        period: input.period,
        year,
        quarter,
        kind: input.kind,
        value: input.value,
        unit: draft.unit,
        status: 'draft',
        originKind: draft.originKind,
        originFile: null,
        originRow: null,
        note: input.note,
        isDemo: 0,
        createdBy: ctx.actor,
        createdAt: ctx.at,
        updatedBy: ctx.actor,
        updatedAt: ctx.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = (await trx.selectFrom('observations').selectAll().where('id', '=', inserted.id).executeTakeFirstOrThrow());
    await appendHistory(trx, [{ entity: 'observation', entityKey: observationKey(row), action: 'create', changes: { value: [null, row.value], note: [null, row.note], status: [null, 'draft'] } }], ctx);
    return { ok: true, observation: row };
  });
}

/** Changes the value or note of a draft or returned observation. */
export async function editObservation(db: Db, id: number, change: { value?: number; note?: string | null }, ctx: ChangeContext): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const row = await findObservation(trx, id);
    if (!row) return { ok: false, refusal: 'not_found' };
    if (!isEditable(row.status as never)) return { ok: false, refusal: row.status === 'approved' ? 'locked' : 'not_editable', observation: row };
    const changes: FieldChanges = {};
    if (change.value !== undefined && change.value !== row.value) changes.value = [row.value, change.value];
    if (change.note !== undefined && change.note !== row.note) changes.note = [row.note, change.note];
    if (Object.keys(changes).length === 0) return { ok: true, observation: row };
    await trx
      .updateTable('observations')
      .set({ ...(changes.value ? { value: change.value! } : {}), ...(changes.note ? { note: change.note ?? null } : {}), updatedBy: ctx.actor, updatedAt: ctx.at })
      .where('id', '=', id)
      .execute();
    await appendHistory(trx, [{ entity: 'observation', entityKey: observationKey(row), action: 'update', changes }], ctx);
    return { ok: true, observation: (await findObservation(trx, id))! };
  });
}

/** Moves an observation one step through the workflow; `ctx.reason` is required to return or reopen. */
export async function transitionObservation(db: Db, id: number, action: WorkflowAction, ctx: ChangeContext): Promise<WriteResult> {
  return db.transaction().execute(async (trx) => {
    const row = await findObservation(trx, id);
    if (!row) return { ok: false, refusal: 'not_found' };
    const outcome = applyWorkflow(
      { status: row.status as never, isParkData: row.parkId !== '', regionApproved: row.regionApprovedAt !== null },
      action,
      ctx.reason,
    );
    if (!outcome.ok) return { ok: false, refusal: outcome.refusal, observation: row };
    const stamp = { by: ctx.actor, at: ctx.at };
    const set = {
      status: outcome.status,
      updatedBy: stamp.by,
      updatedAt: stamp.at,
      ...(action === 'submit' ? { submittedBy: stamp.by, submittedAt: stamp.at, regionApprovedBy: null, regionApprovedAt: null, returnReason: null } : {}),
      ...(action === 'approve-region' ? { regionApprovedBy: stamp.by, regionApprovedAt: stamp.at } : {}),
      ...(action === 'approve' ? { approvedBy: stamp.by, approvedAt: stamp.at } : {}),
      ...(action === 'return' || action === 'reopen'
        ? { returnedBy: stamp.by, returnedAt: stamp.at, returnReason: ctx.reason ?? null, regionApprovedBy: null, regionApprovedAt: null, approvedBy: null, approvedAt: null }
        : {}),
    };
    await trx.updateTable('observations').set(set).where('id', '=', id).execute();
    const changes: FieldChanges = { status: [row.status, outcome.status] };
    if (action === 'approve-region') changes.regionApproved = [false, true];
    await appendHistory(trx, [{ entity: 'observation', entityKey: observationKey(row), action, changes }], ctx);
    return { ok: true, observation: (await findObservation(trx, id))! };
  });
}
