/**
 * Everything the report needs from the store, as one plain value (gathered by
 * `report-inputs.ts`, the edge). The model reads nothing else, so a report is a pure
 * function of the plan, this value, the year, the language and the day.
 */
import type { Observation } from '../../evaluation/observation.ts';
import type { CertificationKindId } from '../../records/certification.ts';
import type { ProjectStageId } from '../../records/project-progress.ts';

export interface ReportInputs {
  planId: string;
  year: number;
  /** Whether submitted (not yet approved) values were counted. */
  includePending: boolean;
  /** What the evaluation takes: exactly what `plansight evaluate` reads from the store. */
  observations: Observation[];
  observationStats: ObservationStats;
  /** Progress rows of the plan's key projects, every year up to the evaluation year. */
  projectProgress: ProjectYear[];
  milestones: MilestoneFact[];
  /** Per certificate kind and year (base year … evaluation year). */
  certifications: CertificationYear[];
  /** Certificate rows in the registry (any kind, any date). */
  certificationRows: number;
  /** The registry's own count behind each enterprise-count indicator, per year. */
  registryCounts: RegistryCount[];
  enterprises: EnterpriseFacts;
  calendar: CalendarFacts;
  /** Rows marked demo among what the report uses, per kind. */
  demoRows: DemoRows;
}

export interface ObservationStats {
  /** Region-level yearly values of the plan up to the evaluation year, any status. */
  stored: number;
  byStatus: Record<string, number>;
  /** Of the values the evaluation used: pending ones and demo ones. */
  used: number;
  pendingUsed: number;
  demoUsed: number;
}

export interface ProjectYear {
  projectId: string;
  year: number;
  stage: ProjectStageId;
  plannedInvestment: number | null;
  completedInvestment: number | null;
}

export interface MilestoneFact {
  projectId: string;
  name: string;
  dueOn: string;
  doneOn: string | null;
}

export interface CertificationYear {
  kind: CertificationKindId;
  year: number;
  /** Enterprises holding a valid certificate on 31 December. */
  validAtYearEnd: number;
  /** Enterprises certified at least once by 31 December (累计). */
  cumulative: number;
  /** Enterprises certified during the year. */
  newInYear: number;
}

export interface RegistryCount {
  indicatorId: string;
  year: number;
  count: number;
}

export interface EnterpriseFacts {
  total: number;
  byCluster: { clusterId: string; enterprises: number; hteValid: number }[];
  bySegment: { segmentId: string; enterprises: number }[];
}

export interface OverdueItem {
  seriesId: string;
  regionCode: string;
  period: string;
  dueOn: string;
}

export interface CalendarFacts {
  /** Entries for periods up to the evaluation year. */
  entries: number;
  done: number;
  due: number;
  overdue: OverdueItem[];
}

export interface DemoRows {
  observations: number;
  projects: number;
  milestones: number;
  enterprises: number;
  certifications: number;
  calendar: number;
}

export function demoRowCount(rows: DemoRows): number {
  return rows.observations + rows.projects + rows.milestones + rows.enterprises + rows.certifications + rows.calendar;
}
