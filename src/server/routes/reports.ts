/**
 * GET /api/reports/midterm: the mid-term evaluation report (中期评估报告) in one request —
 * the same document as `plansight report midterm`, as Word, PDF or a printable HTML page.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reportFormats, reportMediaTypes } from '../../report/midterm-report.ts';
import { generateReportOffThread } from '../report-thread/report-job.ts';
import { attachment } from '../commands/templates-file.ts';
import { dayInChina } from '../commands/today-in-china.ts';
import { requireUser } from '../policy/require-actor.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import type { ServerContext } from '../server-context.ts';

const querySchema = z
  .object({
    year: z.coerce.number().int().min(1900).max(2100).describe('The evaluation year'),
    lang: z.enum(['zh', 'en']).default('zh'),
    format: z.enum(reportFormats).default('docx'),
    includePending: z.enum(['true', 'false']).optional().describe('Also count submitted values not yet approved (flagged in the report)'),
  })
  .strict();

const binary = z.any().meta({ type: 'string', format: 'binary' });

export const reportRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/reports/midterm',
    {
      schema: {
        tags: ['reports'],
        summary: 'The mid-term evaluation report (Word, PDF or HTML)',
        description: '中期评估报告：与 `plansight report midterm` 相同，数据来自与 /api/evaluation 相同的评估。PDF 由 LibreOffice 转换，需数秒至数十秒。',
        querystring: querySchema,
        produces: Object.values(reportMediaTypes),
        response: {
          200: { description: 'The report file', content: Object.fromEntries(Object.values(reportMediaTypes).map((type) => [type, { schema: binary }])) },
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const includePending = request.query.includePending === 'true';
      // The report covers every region; pending values only for those who read every region.
      requireUser(request, includePending ? { kind: 'read', resource: { kind: 'region', regionCode: ctx.plan.province.code } } : { kind: 'read', resource: { kind: 'published' } });
      const file = await generateReportOffThread(ctx.store, {
        plan: ctx.plan,
        year: request.query.year,
        lang: request.query.lang,
        format: request.query.format,
        today: dayInChina(ctx.now()),
        includePending,
      });
      return reply.type(file.mediaType).header('content-disposition', attachment(file.fileName, file.fileName)).send(file.data);
    },
  );
};
