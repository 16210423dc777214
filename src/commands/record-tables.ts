/** The store table each record kind is written to, set up for one plan and one origin. */
import type { Plan } from '../plan/derive.ts';
import type { RecordKindId } from '../records/record-kinds.ts';
import type { ObservationStatus } from '../records/observation.ts';
import type { RecordTable } from '../store/record-sync.ts';
import { certificationTable, enterpriseAnnualTable, enterpriseTable } from '../store/tables/enterprise-tables.ts';
import { observationTable } from '../store/tables/observations-table.ts';
import { calendarTable, milestoneTable, projectProgressTable } from '../store/tables/project-tables.ts';

export interface TableSetup {
  plan: Plan;
  planVersionId: number;
  isDemo: boolean;
  /** Status of new observations. */
  status: ObservationStatus;
  originFile: string | null;
}

export function unitLookup(plan: Plan): (seriesId: string) => string {
  const units = new Map<string, string>([...plan.indicators, ...plan.statistics].map((s) => [s.id, s.unit]));
  return (seriesId) => {
    const unit = units.get(seriesId);
    if (unit === undefined) throw new RangeError(`unknown series ${JSON.stringify(seriesId)} in plan ${plan.id}`);
    return unit;
  };
}

export function recordTableFor(kind: RecordKindId, setup: TableSetup): RecordTable<never> {
  const { plan, isDemo } = setup;
  const table = (() => {
    switch (kind) {
      case 'observations':
        return observationTable({
          planId: plan.id,
          planVersionId: setup.planVersionId,
          unitOf: unitLookup(plan),
          status: setup.status,
          originKind: isDemo ? 'demo' : 'import',
          originFile: setup.originFile,
          isDemo,
        });
      case 'enterprises':
        return enterpriseTable(isDemo);
      case 'annual':
        return enterpriseAnnualTable(isDemo);
      case 'certifications':
        return certificationTable(isDemo);
      case 'projects':
        return projectProgressTable(plan.id, isDemo);
      case 'milestones':
        return milestoneTable(plan.id, isDemo);
      case 'calendar':
        return calendarTable(plan.id, isDemo);
    }
  })();
  return table as RecordTable<never>;
}
