/** Report inputs without a store: the demo generator's rows, shaped as the store would return them. */
import { generateDemo } from '../../src/demo/generate-demo.ts';
import type { Plan } from '../../src/plan/derive.ts';
import type { ReportInputs } from '../../src/report/model/inputs.ts';

export function syntheticInputs(plan: Plan, year: number, overrides: Partial<ReportInputs> = {}): ReportInputs {
  const demo = generateDemo(plan, { enterprises: 0 });
  const observations = demo.observations
    .filter((o) => o.parkId === null && /^\d{4}$/.test(o.period) && Number(o.period) <= year)
    .map((o) => ({ indicatorId: o.seriesId, region: o.regionCode, year: Number(o.period), value: o.value, kind: o.kind }));
  return {
    planId: plan.id,
    year,
    includePending: false,
    observations,
    observationStats: { stored: observations.length, byStatus: { approved: observations.length }, used: observations.length, pendingUsed: 0, demoUsed: 0 },
    projectProgress: demo.projects
      .filter((p) => p.year <= year)
      .map((p) => ({ projectId: p.projectId, year: p.year, stage: p.stage, plannedInvestment: p.plannedInvestment, completedInvestment: p.completedInvestment })),
    milestones: demo.milestones.map((m) => ({ ...m })),
    certifications: [],
    certificationRows: 0,
    registryCounts: [],
    enterprises: { total: 0, byCluster: [], bySegment: [] },
    calendar: { entries: 0, done: 0, due: 0, overdue: [] },
    demoRows: { observations: 0, projects: 0, milestones: 0, enterprises: 0, certifications: 0, calendar: 0 },
    ...overrides,
  };
}
