/**
 * Entering observations and moving them through the workflow (API `POST /api/observations`,
 * `PATCH …/:id`, `POST …/:id/<step>`): the input checked against the plan, then one store
 * write with its history, its refusals turned into the catalogue's errors. Who may do it
 * is the route's check, made before any of these runs.
 */
import type { WorkflowAction } from '../../records/observation-workflow.ts';
import type { ChangeContext } from '../../store/actor.ts';
import type { ObservationRow } from '../../store/database-schema.ts';
import { createDraft, editObservation, transitionObservation } from '../../store/observation-writes.ts';
import { ensurePlanVersion } from '../../store/plan-versions.ts';
import { errors } from '../errors.ts';
import type { CreateObservationInput, UpdateObservationInput } from '../schemas/observations-schemas.ts';
import type { ServerContext } from '../server-context.ts';
import { refusalError } from './observations-errors.ts';
import { observationPlanProblems, seriesOf, valueProblems } from './observations-plan-checks.ts';

type Deps = Pick<ServerContext, 'store' | 'plan'>;

const INVALID = { zh: '数据与规划不符', en: 'The value does not fit the plan' };

/** An empty note is no note: the history then shows null, not "". */
function noteOf(note: string | null | undefined): string | null {
  return note === undefined || note === null || note === '' ? null : note;
}

export async function createObservation(deps: Deps, input: CreateObservationInput, change: ChangeContext & { origin: 'form' | 'api' }): Promise<ObservationRow> {
  const parkId = input.parkId ?? null;
  const problems = observationPlanProblems(deps.plan, { ...input, parkId });
  if (problems.length > 0) throw errors.validationFailed(problems, INVALID);
  const series = seriesOf(deps.plan, input.indicatorId)!;
  const version = await ensurePlanVersion(deps.store.db, deps.plan, change.at);
  const result = await createDraft(
    deps.store.db,
    {
      planId: deps.plan.id,
      planVersionId: version.id,
      unit: series.unit.id,
      input: { seriesId: input.indicatorId, regionCode: input.regionCode, parkId, period: input.period, kind: input.kind, value: input.value, note: noteOf(input.note) },
      originKind: change.origin,
    },
    change,
  );
  if (!result.ok) throw refusalError(result.refusal, result.observation?.id ?? 0, 'edit', result.observation);
  return result.observation;
}

export async function updateObservation(deps: Deps, row: ObservationRow, input: UpdateObservationInput, change: ChangeContext): Promise<ObservationRow> {
  const series = seriesOf(deps.plan, row.seriesId);
  // A series the plan no longer has keeps its stored value rules unknown: accept what is stored.
  if (series && input.value !== undefined) {
    const problems = valueProblems(series, input.value);
    if (problems.length > 0) throw errors.validationFailed(problems, INVALID);
  }
  const result = await editObservation(
    deps.store.db,
    row.id,
    { ...(input.value === undefined ? {} : { value: input.value }), ...(input.note === undefined ? {} : { note: noteOf(input.note) }) },
    change,
  );
  if (!result.ok) throw refusalError(result.refusal, row.id, 'edit', result.observation ?? row);
  return result.observation;
}

export async function moveObservation(deps: Deps, row: ObservationRow, action: WorkflowAction, change: ChangeContext): Promise<ObservationRow> {
  const result = await transitionObservation(deps.store.db, row.id, action, change);
  if (!result.ok) throw refusalError(result.refusal, row.id, action, result.observation ?? row);
  return result.observation;
}
