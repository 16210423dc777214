/**
 * The evaluation as the API serves it: the store's yearly region-level observations
 * (approved, or approved and pending), evaluated and written as the CLI's JSON document —
 * the same functions `plansight evaluate --format json` calls — with how many of the values
 * were pending and how many demo.
 */
import { evaluatePlan } from '../../evaluation/evaluate-plan.ts';
import { evaluationJson } from '../../evaluation/evaluation-json.ts';
import { observationsForEvaluation } from '../../store/observation-queries.ts';
import type { ServerContext } from '../server-context.ts';

export interface ServedEvaluation {
  document: ReturnType<typeof evaluationJson>;
  pendingValues: number;
  demoValues: number;
}

export async function readEvaluation(ctx: Pick<ServerContext, 'store' | 'plan'>, year: number, includePending: boolean): Promise<ServedEvaluation> {
  const read = await observationsForEvaluation(ctx.store.db, ctx.plan.id, { includePending });
  const document = evaluationJson(ctx.plan, evaluatePlan(ctx.plan, read.observations, year));
  return { document, pendingValues: read.pending, demoValues: read.demo };
}
