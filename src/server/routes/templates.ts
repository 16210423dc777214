/**
 * Excel templates to fill in and upload (GET /api/templates/:kind): the same workbook as
 * `plansight template`, optionally pre-filled with one region's rows and one year.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { templateFile, XLSX_TYPE } from '../commands/templates-file.ts';
import { requireUser } from '../policy/require-actor.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { templateParamsSchema, templateQuerySchema, templateResponse } from '../schemas/templates-schemas.ts';
import type { ServerContext } from '../server-context.ts';

export const templateRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/api/templates/:kind',
    {
      schema: {
        tags: ['templates'],
        summary: 'Download the Excel template of a record kind',
        description: '下载 Excel 填报模板：含“填报说明”“数据”两个工作表和隐藏的代码表（下拉选项）。可按市县和年份预填行（监测数据）。填好后经 POST /api/imports 上传。',
        params: templateParamsSchema,
        querystring: templateQuerySchema,
        produces: [XLSX_TYPE],
        response: { ...templateResponse, ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const file = await templateFile(ctx.plan, { kind: request.params.kind, region: request.query.region, year: request.query.year });
      return reply.type(XLSX_TYPE).header('content-disposition', file.contentDisposition).send(file.bytes);
    },
  );
};
