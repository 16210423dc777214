/**
 * The edge of the report: reads from the store everything the report model needs and
 * returns it as one plain `ReportInputs` value. Observations come through the very query
 * `plansight evaluate` uses, so the report's figures are the evaluation's.
 */
import type { Plan } from '../plan/derive.ts';
import { observationsForEvaluation } from '../store/observation-queries.ts';
import type { Db } from '../store/open-database.ts';
import { calendarFacts } from './inputs/calendar-facts.ts';
import { certificationRows, certificationYears, registryCounts } from './inputs/certification-counts.ts';
import { enterpriseFacts } from './inputs/enterprise-facts.ts';
import { observationStats } from './inputs/observation-stats.ts';
import { projectRecords } from './inputs/project-records.ts';
import type { ReportInputs } from './model/inputs.ts';

export type { ReportInputs } from './model/inputs.ts';

export interface ReportInputOptions {
  year: number;
  /** Count submitted values not yet approved (they are flagged wherever they show). */
  includePending?: boolean;
  /** YYYY-MM-DD: the day overdue data is judged on. */
  today: string;
}

export async function gatherReportInputs(db: Db, plan: Plan, options: ReportInputOptions): Promise<ReportInputs> {
  const { year, today } = options;
  const includePending = options.includePending === true;
  const read = await observationsForEvaluation(db, plan.id, { includePending });
  const stats = await observationStats(db, plan.id, year, includePending);
  const projects = await projectRecords(db, plan.id, year);
  const enterprises = await enterpriseFacts(db, year);
  const calendar = await calendarFacts(db, plan.id, year, today);
  const certificates = await certificationRows(db);
  const fromYear = Math.min(plan.baseYear, year);
  return {
    planId: plan.id,
    year,
    includePending,
    observations: read.observations.filter((o) => o.year <= year),
    observationStats: stats,
    projectProgress: projects.progress,
    milestones: projects.milestones,
    certifications: await certificationYears(db, fromYear, year),
    certificationRows: certificates.total,
    registryCounts: await registryCounts(db, plan, fromYear, year),
    enterprises: { total: enterprises.total, byCluster: enterprises.byCluster, bySegment: enterprises.bySegment },
    calendar: { entries: calendar.entries, done: calendar.done, due: calendar.due, overdue: calendar.overdue },
    demoRows: {
      observations: stats.demoUsed,
      projects: projects.demoProgress,
      milestones: projects.demoMilestones,
      enterprises: enterprises.demo,
      certifications: certificates.demo,
      calendar: calendar.demo,
    },
  };
}
