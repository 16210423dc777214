/**
 * The evaluation as one JSON document: what `plansight evaluate --format json` prints and
 * what the API returns, so both show the same numbers.
 */
import type { Plan } from '../plan/derive.ts';
import type { PlanEvaluation } from './evaluate-plan.ts';

/** The JSON document, field by field, so nothing new leaks into it unnoticed. */
export function evaluationJson(plan: Plan, e: PlanEvaluation) {
  return {
    plan: { id: plan.id, title: plan.title },
    year: e.year,
    baseYear: e.baseYear,
    targetYear: e.targetYear,
    settings: e.settings,
    indicators: e.indicators,
    regional: e.regional,
    regionalSums: e.regionalSums,
    summary: e.summary,
    findings: e.findings,
  };
}

