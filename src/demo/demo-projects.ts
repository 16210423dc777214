/**
 * Progress of every key project, year by year from the year after the base year, and its
 * milestones. Each project gets a pace — on track, fast, delayed or stalled — that moves
 * its stage on from the plan's stated one (谋划 → 推进 → 建设 → 投产) on planned dates or
 * later, and sets how much of the year's planned investment (亿元) is completed. Milestones
 * are the planned dates of those steps: done on time, done late, or overdue and still open
 * at the end of the last year.
 */
import type { ProjectStage } from '../plan/schema.ts';
import type { MilestoneInput, ProjectProgressInput } from '../records/project-progress.ts';
import type { DemoContext } from './demo-context.ts';
import { addDays, isoDate } from './demo-dates.ts';
import { DEMO_NOTE } from './demo-marks.ts';
import { hashString, streamFor, streamTags, type Random } from './random.ts';

export type ProjectPace = 'on-track' | 'fast' | 'delayed' | 'stalled';

const stages: readonly ProjectStage[] = ['planned', 'advancing', 'construction', 'operating'];

interface Step {
  name: string;
  /** The stage the project enters with this step, or null for an intermediate milestone. */
  stage: ProjectStage | null;
  due: string;
  done: string | null;
}

const delayReasons = ['用地手续尚未办结', '资金到位不足', '关键设备采购延迟', '环评审批未完成', '施工图设计调整'];

/** Share of the total investment planned for a year by the stage the project should be in. */
function plannedShare(stage: ProjectStage, constructionYears: number, entersOperationThisYear: boolean): number {
  if (stage === 'planned') return 0.02;
  if (stage === 'advancing') return 0.06;
  if (stage === 'construction') return 0.85 / constructionYears;
  return entersOperationThisYear ? 0.05 : 0.03;
}

const completionRatio: Record<ProjectPace, [number, number]> = {
  'on-track': [0.88, 1.08],
  fast: [1.0, 1.25],
  delayed: [0.35, 0.6],
  stalled: [0.05, 0.25],
};

export function demoProjects(ctx: DemoContext): { progress: ProjectProgressInput[]; milestones: MilestoneInput[] } {
  const progress: ProjectProgressInput[] = [];
  const milestones: MilestoneInput[] = [];
  for (const project of ctx.plan.projects) {
    const rng = streamFor(ctx.options.seed, streamTags.project, hashString(project.id));
    const paceRoll = rng.next();
    const pace: ProjectPace = paceRoll < 0.15 ? 'fast' : paceRoll < 0.65 ? 'on-track' : paceRoll < 0.88 ? 'delayed' : 'stalled';
    const total = Math.min(400, Math.max(1, rng.lognormal(15, 0.9) * (project.collective ? 2.5 : 1)));
    const constructionYears = rng.int(2, 4);
    const { steps, startOn } = projectSteps(ctx, project.stage, constructionYears, pace, rng);
    const reason = rng.pick(delayReasons);
    for (const step of steps) milestones.push({ projectId: project.id, name: step.name, dueOn: step.due, doneOn: step.done });

    const stageAt = (yearEnd: string, date: (s: Step) => string | null) =>
      steps.reduce<ProjectStage>((stage, s) => (s.stage && (date(s) ?? '9999') <= yearEnd ? s.stage : stage), project.stage);
    const operatingStep = steps.find((s) => s.stage === 'operating');
    for (const year of ctx.years.filter((y) => y > ctx.plan.baseYear)) {
      const yearEnd = isoDate(year, 12, 31);
      const stage = stageAt(yearEnd, (s) => s.done);
      const stageBefore = stageAt(isoDate(year - 1, 12, 31), (s) => s.done);
      const plannedStage = stageAt(yearEnd, (s) => s.due);
      const entersOperation = operatingStep?.due.startsWith(String(year)) ?? false;
      const planned = total * plannedShare(plannedStage, constructionYears, entersOperation);
      const [low, high] = completionRatio[pace];
      const completed = planned * rng.range(low, high);
      const started = stages.indexOf(stage) >= stages.indexOf('construction');
      const completionOn = operatingStep?.done && operatingStep.done <= yearEnd ? operatingStep.done : null;
      progress.push({
        projectId: project.id,
        year,
        stage,
        plannedInvestment: Math.round(planned * 100) / 100,
        completedInvestment: Math.round(completed * 100) / 100,
        startOn: started ? startOn : null,
        completionOn,
        note: `${DEMO_NOTE}${paceNote(pace, reason, stage !== stageBefore ? stage : null)}`,
      });
    }
  }
  return { progress, milestones };
}

function paceNote(pace: ProjectPace, reason: string, advancedTo: ProjectStage | null): string {
  const advanced = advancedTo ? `，本年进入${{ planned: '谋划', advancing: '推进', construction: '建设', operating: '投产' }[advancedTo]}阶段` : '';
  if (pace === 'on-track') return `按计划推进${advanced}`;
  if (pace === 'fast') return `进度快于计划${advanced}`;
  if (pace === 'delayed') return `进度滞后：${reason}${advanced}`;
  return `项目暂缓：${reason}`;
}

/**
 * The steps still ahead of a project at the base year, with planned (due) dates and, by its
 * pace, the dates they were actually reached (null when not yet reached by the last year).
 */
function projectSteps(
  ctx: DemoContext,
  from: ProjectStage,
  constructionYears: number,
  pace: ProjectPace,
  rng: Random,
): { steps: Step[]; startOn: string | null } {
  const base = ctx.plan.baseYear;
  const lastDay = isoDate(ctx.options.lastYear, 12, 31);
  const latest = ctx.plan.targetYear;
  const planned: { name: string; stage: ProjectStage | null; year: number }[] = [];
  let startYear: number | null = null;
  if (from === 'operating') {
    planned.push({ name: '达产达效', stage: null, year: base + 1 }, { name: '技术改造完成', stage: null, year: base + 2 });
  } else {
    let year = base;
    if (from === 'planned') planned.push({ name: '完成前期论证和立项', stage: 'advancing', year: ++year });
    if (from !== 'construction') startYear = ++year;
    else startYear = base - rng.int(0, 2);
    if (from !== 'construction') planned.push({ name: '开工建设', stage: 'construction', year: startYear });
    const opening = Math.max(base + 1, startYear + constructionYears);
    planned.push({ name: '主体工程完工', stage: null, year: Math.max(base + 1, opening - 1) });
    if (from === 'construction' && rng.chance(0.5)) planned.push({ name: '设备安装调试', stage: null, year: opening });
    planned.push({ name: '竣工投产', stage: 'operating', year: opening });
  }
  let previousDue = isoDate(base, 12, 31);
  let previousDone: string | null = isoDate(base, 12, 31);
  let delay = 0;
  const steps: Step[] = planned.map((p) => {
    const due = maxDate(isoDate(Math.min(p.year, latest), rng.int(3, 11), rng.int(1, 28)), addDays(previousDue, 30));
    previousDue = due;
    const roll = rng.next();
    let shift: number;
    if (pace === 'on-track') shift = roll < 0.75 ? -rng.int(0, 45) : rng.int(10, 90);
    else if (pace === 'fast') shift = -rng.int(60, 200);
    else shift = delay += rng.int(200, 500);
    let done: string | null = pace === 'stalled' || previousDone === null ? null : maxDate(addDays(due, shift), addDays(previousDone, 20));
    if (done !== null && done > lastDay) done = null;
    previousDone = done;
    return { name: p.name, stage: p.stage, due, done };
  });
  // Construction began before the base year for projects the plan already lists as built or being built.
  let startOn: string | null;
  if (from === 'operating') startOn = isoDate(base - 3, rng.int(1, 12), rng.int(1, 28));
  else if (from === 'construction') startOn = isoDate(startYear!, rng.int(1, 12), rng.int(1, 28));
  else startOn = steps.find((s) => s.stage === 'construction')?.done ?? null;
  return { steps, startOn };
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
