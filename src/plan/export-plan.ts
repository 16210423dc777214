/**
 * The plan as one JSON value, with the derived values (baselines, required growth and
 * path, each cluster's target). Other tools and the API rely on these field names.
 */
import type { Plan } from './derive.ts';

export const PLAN_EXPORT_FORMAT = 1;

export function exportPlan(plan: Plan) {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  return {
    formatVersion: PLAN_EXPORT_FORMAT,
    ...plan,
    clusters: plan.clusters.map((cluster) => {
      const indicator = cluster.indicatorId === null ? undefined : indicators.get(cluster.indicatorId);
      return {
        ...cluster,
        target:
          indicator && indicator.target.value !== null
            ? { value: indicator.target.value, unit: indicator.unit, year: indicator.targetYear, kind: indicator.target.kind }
            : null,
      };
    }),
  };
}

export type PlanExport = ReturnType<typeof exportPlan>;
