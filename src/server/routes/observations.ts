/**
 * Observations (联网直报): list and read them, enter and edit drafts, move them through the
 * workflow — draft → submitted → (park data) approved by the region → approved by the
 * province, or returned with a reason; approved values are locked until the province reopens
 * them with a reason — and read each value's audit trail.
 *
 * Reading: roles that read everything see every value; a park officer only its park's;
 * enterprise accounts none. A value the caller may not read is "not found", so ids reveal
 * nothing. Writing: the policy decides per value (its region or park, the approval level).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WorkflowAction } from '../../records/observation-workflow.ts';
import type { ObservationRow } from '../../store/database-schema.ts';
import { historyOf } from '../../store/history.ts';
import { findObservation, observationKey } from '../../store/observation-writes.ts';
import { canReadObservation, observationVisibility, transitionPermission, writePermission } from '../commands/observations-access.ts';
import { observationChange } from '../commands/observations-change.ts';
import { observationNotFound } from '../commands/observations-errors.ts';
import { listObservations } from '../commands/observations-list.ts';
import { createObservation, moveObservation, updateObservation } from '../commands/observations-write.ts';
import { errors } from '../errors.ts';
import type { UserActor } from '../policy/actor.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentHistoryEntry, presentObservation } from '../presenters/observations-presenter.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { itemsOf } from '../schemas/list-schema.ts';
import {
  createObservationBodySchema, historyEntrySchema, observationIdParamsSchema, observationListQuerySchema, observationPageSchema, observationSchema,
  reasonBodySchema, updateObservationBodySchema,
} from '../schemas/observations-schemas.ts';
import type { ServerContext } from '../server-context.ts';

const NO_OBSERVATIONS = { zh: '此账户不能查看监测数据', en: 'This account may not see observations' };

interface Step {
  action: WorkflowAction;
  summary: string;
  description: string;
  reason: boolean;
}

const STEPS: readonly Step[] = [
  { action: 'submit', reason: false, summary: 'Submit a draft or returned value for approval', description: '报送：草稿或已退回的数据提交审核。市县、园区的填报人员（或管理员）。' },
  {
    action: 'approve-region',
    reason: false,
    summary: 'Approve park data at region level',
    description: '市县审核：园区报送的数据先由园区所在市县的填报人员（或管理员）审核，再报省级。',
  },
  {
    action: 'approve',
    reason: false,
    summary: 'Approve at province level: the value is then locked',
    description: '省级审核：省级分析人员或管理员；园区数据须先经市县审核。审核通过后数据锁定。',
  },
  {
    action: 'return',
    reason: true,
    summary: 'Return a submitted value with a reason',
    description: '退回（须说明原因）：由该数据当前所处审核层级的审核人员退回——未经市县审核的园区数据由市县，其余由省级。',
  },
  {
    action: 'reopen',
    reason: true,
    summary: 'Reopen an approved value with a reason (province level)',
    description: '重新打开（须说明原因）：省级分析人员或管理员解锁已审核的数据，数据回到“已退回”以便修改后重新报送。',
  },
];

export const observationRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['observations'];
  const db = ctx.store.db;

  /** The value and the caller, when the caller may see it: 401, 403 (no observations at all) or 404. */
  async function readable(request: FastifyRequest, id: number): Promise<{ actor: UserActor; row: ObservationRow }> {
    const actor = requireUser(request);
    if (observationVisibility(actor).kind === 'none') throw errors.forbidden(NO_OBSERVATIONS);
    const row = await findObservation(db, id);
    if (!row || row.planId !== ctx.plan.id || !canReadObservation(actor, row)) throw observationNotFound(id);
    return { actor, row };
  }

  app.get(
    '/api/observations',
    {
      schema: {
        tags,
        summary: 'Observations, filtered and paged, with the total',
        description: '监测数据列表：可按指标、市县、园区、期间、状态、类型和录入人（enteredBy：录入或报送的用户）筛选并分页。园区填报人员只能看到本园区的数据；企业账户不能查看。',
        querystring: observationListQuerySchema,
        response: { 200: observationPageSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const visibility = observationVisibility(actor);
      if (visibility.kind === 'none') throw errors.forbidden(NO_OBSERVATIONS);
      const page = await listObservations(db, ctx.plan.id, request.query, visibility);
      return { items: page.items.map(presentObservation), total: page.total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/api/observations/:id',
    {
      schema: {
        tags,
        summary: 'One observation',
        description: '单条监测数据，含状态和审核记录。',
        params: observationIdParamsSchema,
        response: { 200: observationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => presentObservation((await readable(request, request.params.id)).row),
  );

  app.post(
    '/api/observations',
    {
      schema: {
        tags,
        summary: 'Enter a value as a draft',
        description:
          '录入数据（草稿）：指标须为规划中的指标或统计量，园区须位于所填市县，期间须在规划期内，计数类指标须为整数。只能录入本市县或本园区的数据，否则 403 forbidden_region。',
        body: createObservationBodySchema,
        response: { 201: observationSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const actor = requireUser(request, writePermission({ regionCode: body.regionCode, parkId: body.parkId ?? '' }));
      const created = await createObservation(ctx, body, observationChange(actor, ctx.now()));
      return reply.code(201).send(presentObservation(created));
    },
  );

  app.patch(
    '/api/observations/:id',
    {
      schema: {
        tags,
        summary: 'Change the value or note of a draft or returned value',
        description: '修改数值或备注：仅限草稿或已退回的数据；已审核的数据锁定（423 locked），已报送待审的数据不可修改（409 conflict）。',
        params: observationIdParamsSchema,
        body: updateObservationBodySchema,
        response: { 200: observationSchema, ...errorResponses(400, 401, 403, 404, 409, 423) },
      },
    },
    async (request) => {
      const { row } = await readable(request, request.params.id);
      const actor = requireUser(request, writePermission(row));
      return presentObservation(await updateObservation(ctx, row, request.body, observationChange(actor, ctx.now())));
    },
  );

  for (const step of STEPS) {
    app.post(
      `/api/observations/:id/${step.action}`,
      {
        schema: {
          tags,
          summary: step.summary,
          description: `${step.description} 状态不允许时 409 conflict（details 中给出当前状态）。`,
          params: observationIdParamsSchema,
          ...(step.reason ? { body: reasonBodySchema } : {}),
          response: { 200: observationSchema, ...errorResponses(400, 401, 403, 404, 409, 423) },
        },
      },
      async (request) => {
        const { row } = await readable(request, request.params.id);
        const actor = requireUser(request, transitionPermission(row, step.action));
        const reason = step.reason ? (request.body as { reason: string }).reason : undefined;
        return presentObservation(await moveObservation(ctx, row, step.action, observationChange(actor, ctx.now(), reason)));
      },
    );
  }

  app.get(
    '/api/observations/:id/history',
    {
      schema: {
        tags,
        summary: 'The audit trail of one value: every change and workflow step',
        description: '审计记录：每次录入、修改、报送、审核、退回和重新打开——操作人、时间、来源、原因，以及各字段的原值与新值。',
        params: observationIdParamsSchema,
        response: { 200: itemsOf(historyEntrySchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { row } = await readable(request, request.params.id);
      return { items: (await historyOf(db, 'observation', observationKey(row))).map(presentHistoryEntry) };
    },
  );
};
