/** The notices a reader must not miss: demo data and values pending approval. */
import { formatFigure } from './format.ts';
import { demoRowCount } from './inputs.ts';
import { say, type ReportContext } from './report-context.ts';
import type { Notice } from './report-model.ts';

export function demoNotice(ctx: ReportContext): Notice | null {
  const rows = ctx.inputs.demoRows;
  if (demoRowCount(rows) === 0) return null;
  const n = (value: number) => formatFigure(value, ctx.lang, 0);
  const parts = [
    rows.observations > 0 ? say(ctx, { zh: `监测值${n(rows.observations)}条`, en: `${n(rows.observations)} monitoring values` }) : null,
    rows.projects > 0 ? say(ctx, { zh: `重点项目进展${n(rows.projects)}条`, en: `${n(rows.projects)} project progress rows` }) : null,
    rows.milestones > 0 ? say(ctx, { zh: `项目里程碑${n(rows.milestones)}个`, en: `${n(rows.milestones)} milestones` }) : null,
    rows.enterprises > 0 ? say(ctx, { zh: `企业${n(rows.enterprises)}家`, en: `${n(rows.enterprises)} enterprises` }) : null,
    rows.certifications > 0 ? say(ctx, { zh: `企业认定记录${n(rows.certifications)}条`, en: `${n(rows.certifications)} certifications` }) : null,
  ].filter((p): p is string => p !== null);
  return {
    kind: 'notice',
    tone: 'demo',
    title: say(ctx, { zh: '演示数据 · 非官方统计', en: 'Demo data · not official statistics' }),
    text: say(ctx, {
      zh: `本报告使用了演示数据（虚构）：${parts.join('、')}。报告中的数值、项目进展和企业情况均为虚构，仅用于演示，不得作为决策依据或对外引用。`,
      en: `This report uses demo data (synthetic): ${parts.join(', ')}. Its figures, project progress and enterprises are made up for demonstration only; do not base decisions on them or quote them.`,
    }),
  };
}

export function pendingNotice(ctx: ReportContext): Notice | null {
  if (ctx.pending === 0) return null;
  return {
    kind: 'notice',
    tone: 'warning',
    title: say(ctx, { zh: '含待审核数据', en: 'Includes values pending approval' }),
    text: say(ctx, {
      zh: `本报告计入了${ctx.pending}条已报送但尚未审核的数据（表中以“*”标注），审核后数值可能变动。`,
      en: `This report counts ${ctx.pending} values submitted but not yet approved (marked “*” in the tables); they may change on review.`,
    }),
  };
}
