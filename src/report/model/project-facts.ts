/**
 * The key projects at the end of the evaluation year, from the plan's list and the progress
 * reported: stage counts then and at the plan's start, delayed projects, and investment
 * planned against completed. A project is delayed when one of its milestones was due by
 * 31 December of the evaluation year and not done by then (done later counts as delayed
 * too: the report looks at the year's end).
 */
import type { Plan } from '../../plan/derive.ts';
import type { Project, ProjectStage } from '../../plan/schema.ts';
import { projectStages, type ProjectStageId } from '../../records/project-progress.ts';
import { daysBetween } from './format.ts';
import type { ReportInputs } from './inputs.ts';

export interface DelayedProject {
  project: Project;
  stage: ProjectStageId;
  /** The most overdue milestone. */
  milestone: string;
  dueOn: string;
  daysOverdue: number;
  overdueMilestones: number;
}

export interface InvestmentYear {
  year: number;
  planned: number;
  completed: number;
  /** Projects reporting that year. */
  projects: number;
}

export interface ClusterProjects {
  clusterId: string | null;
  projects: number;
  stages: Record<ProjectStageId, number>;
  delayed: number;
  planned: number;
  completed: number;
}

export interface ProjectFacts {
  total: number;
  /** Projects with a progress row in the evaluation year (or earlier). */
  reporting: number;
  stageAtStart: Record<ProjectStageId, number>;
  stageNow: Record<ProjectStageId, number>;
  delayed: DelayedProject[];
  investment: InvestmentYear[];
  byCluster: ClusterProjects[];
}

const zeroStages = (): Record<ProjectStageId, number> => ({ planned: 0, advancing: 0, construction: 0, operating: 0 });

export function projectFacts(plan: Plan, inputs: ReportInputs, year: number): ProjectFacts {
  const yearEnd = `${year}-12-31`;
  const latest = new Map<string, ReportInputs['projectProgress'][number]>();
  for (const row of inputs.projectProgress) if (row.year <= year) latest.set(row.projectId, row);
  const stageOf = (p: Project): ProjectStage => latest.get(p.id)?.stage ?? p.stage;

  const stageAtStart = zeroStages();
  const stageNow = zeroStages();
  for (const p of plan.projects) {
    stageAtStart[p.stage]++;
    stageNow[stageOf(p)]++;
  }

  const byProject = new Map(plan.projects.map((p) => [p.id, p]));
  const overdue = new Map<string, { milestone: string; dueOn: string; count: number }>();
  for (const m of inputs.milestones) {
    if (!byProject.has(m.projectId) || m.dueOn > yearEnd || (m.doneOn !== null && m.doneOn <= yearEnd)) continue;
    const known = overdue.get(m.projectId);
    if (!known) overdue.set(m.projectId, { milestone: m.name, dueOn: m.dueOn, count: 1 });
    else {
      known.count++;
      if (m.dueOn < known.dueOn) Object.assign(known, { milestone: m.name, dueOn: m.dueOn });
    }
  }
  const delayed: DelayedProject[] = [...overdue]
    .map(([id, o]) => {
      const project = byProject.get(id)!;
      return { project, stage: stageOf(project), milestone: o.milestone, dueOn: o.dueOn, daysOverdue: daysBetween(o.dueOn, yearEnd), overdueMilestones: o.count };
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.project.id.localeCompare(b.project.id));

  const investment = new Map<number, InvestmentYear>();
  for (const row of inputs.projectProgress) {
    if (row.year > year || !byProject.has(row.projectId)) continue;
    const y = investment.get(row.year) ?? { year: row.year, planned: 0, completed: 0, projects: 0 };
    y.planned += row.plannedInvestment ?? 0;
    y.completed += row.completedInvestment ?? 0;
    y.projects++;
    investment.set(row.year, y);
  }

  const delayedIds = new Set(delayed.map((d) => d.project.id));
  const clusters = new Map<string | null, ClusterProjects>();
  for (const p of plan.projects) {
    const c = clusters.get(p.clusterId) ?? { clusterId: p.clusterId, projects: 0, stages: zeroStages(), delayed: 0, planned: 0, completed: 0 };
    c.projects++;
    c.stages[stageOf(p)]++;
    if (delayedIds.has(p.id)) c.delayed++;
    const now = inputs.projectProgress.find((row) => row.projectId === p.id && row.year === year);
    c.planned += now?.plannedInvestment ?? 0;
    c.completed += now?.completedInvestment ?? 0;
    clusters.set(p.clusterId, c);
  }
  const clusterOrder = new Map<string | null, number>(plan.clusters.map((c, k) => [c.id, k]));

  return {
    total: plan.projects.length,
    reporting: latest.size,
    stageAtStart,
    stageNow,
    delayed,
    investment: [...investment.values()].sort((a, b) => a.year - b.year).map(roundInvestment),
    byCluster: [...clusters.values()]
      .sort((a, b) => (clusterOrder.get(a.clusterId) ?? 1e9) - (clusterOrder.get(b.clusterId) ?? 1e9))
      .map((c) => ({ ...c, planned: round2(c.planned), completed: round2(c.completed) })),
  };
}

export function stageList(): readonly ProjectStageId[] {
  return projectStages;
}

/** Completed ÷ planned, in %; null when nothing was planned. */
export function completionRate(planned: number, completed: number): number | null {
  return planned > 0 ? Math.round((completed / planned) * 10000) / 100 : null;
}

function roundInvestment(y: InvestmentYear): InvestmentYear {
  return { ...y, planned: round2(y.planned), completed: round2(y.completed) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
