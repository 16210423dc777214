/**
 * Key projects: the plan's list joined with their latest progress (stage, planned against
 * completed investment, delayed or not, milestones); one project with every year; its
 * progress for a year and its milestones set by the province or an officer of one of its
 * regions, each change kept in the history.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Project } from '../../plan/schema.ts';
import { projectHistory } from '../../store/project-queries.ts';
import { changeContextOf } from '../change-context.ts';
import { decideProjectList, decideProjectRead, decideProjectWrite, enforce, projectParkScope } from '../commands/projects-access.ts';
import { projectsMatching, projectViews, viewMatches } from '../commands/projects-read.ts';
import { dayInChina } from '../commands/today-in-china.ts';
import { saveMilestone, saveProjectProgress } from '../commands/projects-update.ts';
import { errors } from '../errors.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentProjectDetail, presentProjectHistoryItem, presentProjectSummary } from '../presenters/projects-presenter.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { itemsOf } from '../schemas/list-schema.ts';
import {
  milestoneBodySchema, milestoneParamsSchema, progressBodySchema, progressParamsSchema, projectDetailSchema, projectHistorySchema,
  projectListQuerySchema, projectParamsSchema, projectSummarySchema, projectWriteResultSchema,
} from '../schemas/projects-schemas.ts';
import type { ServerContext } from '../server-context.ts';

const WRITE_DESCRIPTION =
  'By administrators, province analysts and region officers of one of the project’s regions (403 `forbidden_region` for ' +
  'another region’s project). Answers 201 when the record is new, 200 otherwise; the history keeps every change.';

export const projectRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['projects'];
  const province = ctx.plan.province.code;

  const projectOf = (id: string): Project => {
    const project = ctx.plan.projects.find((p) => p.id === id);
    if (!project) throw errors.notFound({ zh: '重点项目', en: 'key project' }, [{ field: 'id', value: id }]);
    return project;
  };

  const viewOf = async (project: Project) => {
    const [view] = await projectViews(ctx.store.db, ctx.plan, [project], dayInChina(ctx.now()));
    return presentProjectDetail(view!);
  };

  app.get(
    '/api/projects',
    {
      schema: {
        tags,
        summary: 'Key projects with their latest progress, delay and milestones (a park officer: its park’s)',
        querystring: projectListQuerySchema,
        response: { 200: itemsOf(projectSummarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      enforce(decideProjectList(request.actor, province), request.actor);
      const { delayed, ...rest } = request.query;
      const filters = { ...rest, ...(delayed === undefined ? {} : { delayed: delayed === 'true' }) };
      const projects = projectsMatching(ctx.plan, filters, projectParkScope(request.actor, province));
      const views = await projectViews(ctx.store.db, ctx.plan, projects, dayInChina(ctx.now()));
      return { items: views.filter((v) => viewMatches(v, filters)).map(presentProjectSummary) };
    },
  );

  app.get(
    '/api/projects/:id',
    {
      schema: {
        tags,
        summary: 'One key project with every year of progress and its milestones',
        params: projectParamsSchema,
        response: { 200: projectDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireUser(request); // 401 before 404: anonymous callers learn nothing
      const project = projectOf(request.params.id);
      enforce(decideProjectRead(request.actor, project, province), request.actor);
      return viewOf(project);
    },
  );

  app.put(
    '/api/projects/:id/progress/:year',
    {
      schema: {
        tags,
        summary: 'Record a project’s progress for a year: stage, investment, dates, note',
        description: WRITE_DESCRIPTION,
        params: progressParamsSchema,
        body: progressBodySchema,
        response: { 200: projectWriteResultSchema, 201: projectWriteResultSchema, ...errorResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const project = projectOf(request.params.id);
      const actor = enforce(decideProjectWrite(request.actor, project), request.actor);
      const outcome = await saveProjectProgress(
        { db: ctx.store.db, plan: ctx.plan, change: changeContextOf(actor, ctx.now()) },
        { projectId: project.id, year: request.params.year, ...request.body },
      );
      return reply.code(outcome.created ? 201 : 200).send({ ...outcome, project: await viewOf(project) });
    },
  );

  app.put(
    '/api/projects/:id/milestones/:name',
    {
      schema: {
        tags,
        summary: 'Set a milestone’s due date and the date it was done (null while open)',
        description: WRITE_DESCRIPTION,
        params: milestoneParamsSchema,
        body: milestoneBodySchema,
        response: { 200: projectWriteResultSchema, 201: projectWriteResultSchema, ...errorResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const project = projectOf(request.params.id);
      const actor = enforce(decideProjectWrite(request.actor, project), request.actor);
      const outcome = await saveMilestone(
        { db: ctx.store.db, plan: ctx.plan, change: changeContextOf(actor, ctx.now()) },
        { projectId: project.id, name: request.params.name, ...request.body },
      );
      return reply.code(outcome.created ? 201 : 200).send({ ...outcome, project: await viewOf(project) });
    },
  );

  app.get(
    '/api/projects/:id/history',
    {
      schema: {
        tags,
        summary: 'Every change to the project’s progress and milestones: who, when, old → new',
        params: projectParamsSchema,
        response: { 200: projectHistorySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireUser(request); // 401 before 404: anonymous callers learn nothing
      const project = projectOf(request.params.id);
      enforce(decideProjectRead(request.actor, project, province), request.actor);
      return { items: (await projectHistory(ctx.store.db, ctx.plan.id, project.id)).map(presentProjectHistoryItem) };
    },
  );
};
