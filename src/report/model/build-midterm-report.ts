/**
 * The mid-term evaluation report (中期评估报告) as a value, built by pure code from the plan
 * and the gathered inputs. Every figure comes from `evaluatePlan` — the function the CLI,
 * the API and the web call — on the same observations, so the report and the screen agree.
 * The structure follows NDRC 发改规划〔2018〕238号: progress and results, problems and their
 * causes, recommendations.
 */
import { evaluatePlan, type PlanEvaluation } from '../../evaluation/evaluate-plan.ts';
import type { Plan } from '../../plan/derive.ts';
import type { DraftSection } from './draft.ts';
import { demoRowCount, type ReportInputs } from './inputs.ts';
import { numberReport } from './numbering.ts';
import type { ReportContext } from './report-context.ts';
import type { Lang, ReportModel } from './report-model.ts';
import { buildAppendix } from './sections/appendix.ts';
import { buildClusters } from './sections/clusters.ts';
import { buildCover } from './sections/cover.ts';
import { buildCultivation } from './sections/cultivation.ts';
import { buildOverall } from './sections/overall.ts';
import { buildProblems } from './sections/problems.ts';
import { buildProjects } from './sections/projects.ts';
import { buildRecommendations } from './sections/recommendations.ts';
import { buildSpatial } from './sections/spatial.ts';
import { buildSummary } from './sections/summary.ts';

export interface MidtermOptions {
  year: number;
  lang: Lang;
  /** YYYY-MM-DD: the day the report is made (printed on the cover; overdue data is judged on it). */
  today: string;
}

export function buildMidtermReport(plan: Plan, inputs: ReportInputs, options: MidtermOptions): ReportModel {
  const { year, today } = options;
  if (!Number.isInteger(year)) throw new RangeError(`the report year must be a whole year, got ${year}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${JSON.stringify(today)}`);
  if (inputs.planId !== plan.id) throw new RangeError(`the inputs are for plan ${inputs.planId}, not ${plan.id}`);
  if (inputs.year !== year) throw new RangeError(`the inputs were gathered for ${inputs.year}, not ${year}`);
  return buildFromEvaluation(plan, inputs, evaluatePlan(plan, inputs.observations, year), options);
}

/** For callers that already hold the evaluation of these inputs (it must be of the same observations and year). */
export function buildFromEvaluation(plan: Plan, inputs: ReportInputs, evaluation: PlanEvaluation, options: MidtermOptions): ReportModel {
  const d = inputs.demoRows;
  const ctx: ReportContext = {
    plan,
    inputs,
    evaluation,
    lang: options.lang,
    year: options.year,
    today: options.today,
    demo: {
      observations: d.observations > 0,
      projects: d.projects + d.milestones > 0,
      registry: d.enterprises + d.certifications > 0,
      any: demoRowCount(d) > 0,
    },
    pending: inputs.observationStats.pendingUsed,
  };
  const drafts = [
    buildSummary(ctx),
    buildOverall(ctx),
    buildClusters(ctx),
    buildSpatial(ctx),
    buildProjects(ctx),
    buildCultivation(ctx),
    buildProblems(ctx),
    buildRecommendations(ctx),
    buildAppendix(ctx),
  ].filter((s): s is DraftSection => s !== null);
  return {
    kind: 'midterm',
    lang: options.lang,
    planId: plan.id,
    year: options.year,
    today: options.today,
    cover: buildCover(ctx),
    sections: numberReport(drafts, options.lang),
    demo: ctx.demo.any,
  };
}
