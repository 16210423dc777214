/**
 * GET /api/settings — anyone, signed in or not: the web app reads it before login. Nothing
 * sensitive (an uploader's username only for signed-in users).
 * PUT /api/settings/public-portal — administrators: turns the public portal on or off at run
 * time (or back to the operator's default); see policy/public-portal.ts for how the switch
 * reaches the other server processes.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changeContextOf } from '../change-context.ts';
import { readSettings } from '../commands/settings-read.ts';
import { requireUser } from '../policy/require-actor.ts';
import { errorResponses } from '../schemas/error-responses.ts';
import { publicPortalBodySchema, publicPortalStateSchema, settingsSchema } from '../schemas/settings-schemas.ts';
import type { ServerContext } from '../server-context.ts';

export const settingRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const tags = ['settings'];

  app.get(
    '/api/settings',
    {
      schema: {
        tags,
        security: [{}, { session: [] }, { token: [] }],
        summary: 'What the web app needs at start: public portal, demo data, boundaries, plan, version (anonymous)',
        description: '站点设置（无需登录）：公众门户是否开启、是否含演示数据、已上传的地区边界概况、规划标识与版本。',
        response: { 200: settingsSchema, ...errorResponses() },
      },
    },
    async (request) => readSettings(ctx, request.actor),
  );

  app.put(
    '/api/settings/public-portal',
    {
      schema: {
        tags,
        summary: 'Turn the public portal on or off (administrators)',
        description:
          '开启或关闭公众门户（匿名访问 /api/public/* 与地区边界）。`enabled: null` 恢复为运行配置 PLANSIGHT_PUBLIC_PORTAL 的默认值。' +
          '本进程立即生效，其他共享同一数据库的进程在 5 秒内生效。',
        body: publicPortalBodySchema,
        response: { 200: publicPortalStateSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const actor = requireUser(request, { kind: 'administer' });
      const state = await ctx.publicPortal.set(request.body.enabled, changeContextOf(actor, ctx.now()));
      request.log.info({ publicPortal: state.enabled, source: state.source }, 'public portal switched');
      return { publicPortal: state.enabled, publicPortalSource: state.source, updatedBy: state.updatedBy, updatedAt: state.updatedAt };
    },
  );
};
