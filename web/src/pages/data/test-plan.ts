/** For the unit tests only: the Hainan plan, as the data page builds it from the API's answers. */
import type { PlanIndicator, PlanPark, PlanRegion, PlanSummary } from '../../api/types.ts';
import { loadPlan } from '../../../../src/plan/read-plan-folder.ts';
import type { Plan } from '../../../../src/plan/derive.ts';
import { hainanPlanDir } from '../../../../test/support/paths.ts';
import { buildDataPlan, type DataPlan } from './data-plan.ts';

let loaded: Promise<{ plan: Plan; data: DataPlan }> | null = null;

export function hainan(): Promise<{ plan: Plan; data: DataPlan }> {
  loaded ??= loadPlan(hainanPlanDir).then((plan) => ({
    plan,
    // The API presents these fields as the plan holds them (src/server/presenters/plan-presenters.ts).
    data: buildDataPlan(
      plan as unknown as PlanSummary,
      plan.indicators as unknown as PlanIndicator[],
      plan.regions as unknown as PlanRegion[],
      plan.parks as unknown as PlanPark[],
    ),
  }));
  return loaded;
}
