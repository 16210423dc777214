/**
 * Imports: upload a CSV or Excel file → a dry-run preview (what would be inserted, changed,
 * left as it is, with warnings) → commit, which imports the kept file for real, all or
 * nothing. A file with invalid rows is refused at once (422 `invalid_file`, each row's
 * problem placed by sheet, row and column) and not kept. Uploads are their user's own: the
 * id of someone else's is not found.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uploadNotFound } from '../commands/imports-errors.ts';
import { commitImport, previewImport, requireImportScope } from '../commands/imports-run.ts';
import { readUploadedFile } from '../commands/imports-upload-file.ts';
import { deleteUpload, findUpload } from '../commands/imports-uploads.ts';
import { requireUser } from '../policy/require-actor.ts';
import { presentCommit, presentPreview } from '../presenters/imports-presenter.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { importCommitSchema, importPreviewSchema, importQuerySchema, invalidFileResponse, uploadBodySchema, uploadIdParamsSchema } from '../schemas/imports-schemas.ts';
import type { ServerContext } from '../server-context.ts';

export const importRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['imports'];

  app.post(
    '/api/imports',
    {
      schema: {
        tags,
        summary: 'Upload a CSV or Excel file: validated and previewed, nothing written',
        description:
          '上传 .csv（UTF-8 或 GBK）或 .xlsx 文件并预演导入：逐行校验，返回将新增、修改、不变的行数和变化样例，不写入数据。' +
          '有错误的行时返回 422 invalid_file，逐行说明（文件、工作表、行、列、值、应为）。市县填报人员只能导入本市县的行，园区填报人员只能导入本园区的行，' +
          '企业账户只能导入本企业的年度数据；有一行超出范围则整个文件被拒绝。文件保留 24 小时，等待提交。',
        consumes: ['multipart/form-data'],
        querystring: importQuerySchema,
        body: uploadBodySchema,
        response: { 201: importPreviewSchema, ...errorResponses(400, 401, 403, 409, 413, 415), ...invalidFileResponse },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const { kind } = request.query;
      // Refused before the file is read: no need to receive 50 MiB to say no.
      requireImportScope(actor, kind);
      const { filename, bytes } = await readUploadedFile(request);
      const { upload, outcome } = await previewImport(ctx, actor, kind, filename, bytes);
      return reply.code(201).send(presentPreview(upload, outcome));
    },
  );

  app.post(
    '/api/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Import a previewed upload for real: one transaction, all or nothing',
        description:
          '提交导入：将已预演的文件正式写入（单一事务，要么全部成功，要么不写入）。填报人员导入的新数据为“已报送”，省级人员和管理员导入的为“已审核”。成功后删除上传的文件。',
        params: uploadIdParamsSchema,
        response: { 200: importCommitSchema, ...errorResponses(400, 401, 403, 404, 409), ...invalidFileResponse },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const upload = await findUpload(ctx.store.db, request.params.id, actor.user.id, ctx.now());
      if (!upload) throw uploadNotFound(request.params.id);
      return presentCommit(upload.id, await commitImport(ctx, actor, upload));
    },
  );

  app.delete(
    '/api/imports/:id',
    {
      schema: {
        tags,
        summary: 'Discard an upload without importing it',
        description: '放弃导入：删除已上传、尚未提交的文件。',
        params: uploadIdParamsSchema,
        response: { 204: z.undefined().describe('Discarded'), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireUser(request);
      const upload = await findUpload(ctx.store.db, request.params.id, actor.user.id, ctx.now());
      if (!upload) throw uploadNotFound(request.params.id);
      await deleteUpload(ctx.store.db, upload.id);
      return reply.code(204).send();
    },
  );
};
