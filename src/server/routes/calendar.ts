/** The reporting calendar (填报日历): what is due by when, and what has arrived, by region. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarView } from '../commands/calendar-view.ts';
import { dayInChina } from '../commands/today-in-china.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentCalendar } from '../presenters/calendar-presenter.ts';
import { calendarQuerySchema, calendarSchema } from '../schemas/calendar-schemas.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { ServerContext } from '../server-context.ts';

export const calendarRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Reporting calendar: each entry done, due or overdue, with counts by region',
        description:
          '填报日历：每项应报数据的状态——已报（已报送或已审核）、待报、逾期，并按市县汇总。市县填报人员默认只看本市县，园区填报人员只看本园区；today 默认为北京时间的今天。',
        querystring: calendarQuerySchema,
        response: { 200: calendarSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const today = request.query.today ?? dayInChina(ctx.now());
      return presentCalendar(await calendarView(ctx.store.db, ctx.plan, actor, { region: request.query.region, today }));
    },
  );
};
