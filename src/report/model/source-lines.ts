/** The source line under every chart and table: where the figures come from, and what they include. */
import { say, type ReportContext } from './report-context.ts';

export type SourceKind = 'observations' | 'projects' | 'registry';

export function sourceLine(ctx: ReportContext, kind: SourceKind): string {
  const y = ctx.year;
  const what = {
    observations: { zh: 'Plansight监测数据', en: 'Plansight monitoring data' },
    projects: { zh: 'Plansight重点项目进展数据', en: 'Plansight key-project progress data' },
    registry: { zh: 'Plansight企业名录', en: 'Plansight enterprise registry' },
  }[kind];
  const parts = [say(ctx, { zh: `数据来源：${what.zh}，截至${y}年底`, en: `Source: ${what.en} to the end of ${y}` })];
  const demo = kind === 'observations' ? ctx.demo.observations : kind === 'projects' ? ctx.demo.projects : ctx.demo.registry;
  if (demo) parts.push(say(ctx, { zh: '含演示数据（虚构，非官方统计）', en: 'includes demo data (synthetic, not official statistics)' }));
  if (kind === 'observations' && ctx.pending > 0) parts.push(say(ctx, { zh: '含待审核数据', en: 'includes values pending approval' }));
  return parts.join(say(ctx, { zh: '；', en: '; ' }));
}
