/**
 * The demo data generator's entry point: synthetic data that looks like a province in the
 * middle of its plan. Pure and deterministic — the same plan and options give the same
 * rows, byte for byte — and streaming where it matters: the small sets (observations,
 * projects, milestones, calendar) are arrays, enterprises come from a generator.
 *
 * Every row is demo data: observations and project notes say so (DEMO_NOTE), credit codes
 * carry the "DM" mark, and whoever stores them must record the origin `demo` (DEMO_ORIGIN).
 *
 * How counts stay consistent without holding enterprises: tier membership is a function
 * of an enterprise's rank (a seeded permutation of its index) with closed-form tier sizes
 * (certification-schedule.ts, certification-layout.ts); the per-region counts the
 * enterprise-count indicators need come from one pass that generates each enterprise's
 * place and certificates — not its yearly figures — and keeps only counters
 * (enterprise-tally.ts). That pass visits every enterprise once and costs about half as
 * much as streaming them (a million: ~5 s for the pass, ~10 s to stream).
 */
import type { Plan } from '../plan/derive.ts';
import type { CalendarEntryInput } from '../records/reporting-calendar.ts';
import type { CertificationKindId } from '../records/certification.ts';
import type { ObservationInput } from '../records/observation.ts';
import type { MilestoneInput, ProjectProgressInput } from '../records/project-progress.ts';
import { demoCalendar } from './demo-calendar.ts';
import { buildDemoContext, type DemoContext } from './demo-context.ts';
import { demoEnterprises, type DemoEnterprise } from './demo-enterprises.ts';
import { demoObservations } from './demo-observations.ts';
import { resolveDemoOptions, type DemoOptions, type DemoOptionsInput } from './demo-options.ts';
import { demoProjects } from './demo-projects.ts';
import { tallyEnterprises, type KindTally } from './enterprise-tally.ts';

export { DEMO_NOTE, DEMO_ORIGIN } from './demo-marks.ts';

export interface DemoSummary {
  seed: number;
  years: number[];
  observations: number;
  enterprises: number;
  annualRows: number;
  certificationRows: number;
  /** Per certificate kind, per year of `years`: valid at 31 December, and ever certified by then. */
  certifications: Record<CertificationKindId, KindTally>;
  projects: number;
  projectProgress: number;
  milestones: number;
  calendarEntries: number;
}

export interface DemoData {
  options: DemoOptions;
  observations: ObservationInput[];
  projects: ProjectProgressInput[];
  milestones: MilestoneInput[];
  calendar: CalendarEntryInput[];
  enterpriseCount: number;
  /** Enterprises `from`..`to`−1 (all by default), one at a time; call again to restart. */
  enterprises(from?: number, to?: number): Generator<DemoEnterprise>;
  summary: DemoSummary;
}

export function generateDemo(plan: Plan, input: DemoOptionsInput = {}): DemoData {
  const options = resolveDemoOptions(plan, input);
  const ctx: DemoContext = buildDemoContext(plan, options);
  const tally = tallyEnterprises(ctx);
  const observations = demoObservations(ctx, tally);
  const { progress, milestones } = demoProjects(ctx);
  const calendar = demoCalendar(ctx);
  return {
    options,
    observations,
    projects: progress,
    milestones,
    calendar,
    enterpriseCount: options.enterprises,
    enterprises: (from?: number, to?: number) => demoEnterprises(ctx, from, to),
    summary: {
      seed: options.seed,
      years: ctx.years,
      observations: observations.length,
      enterprises: options.enterprises,
      annualRows: tally.annualRows,
      certificationRows: tally.certificationRows,
      certifications: tally.kinds,
      projects: plan.projects.length,
      projectProgress: progress.length,
      milestones: milestones.length,
      calendarEntries: calendar.length,
    },
  };
}
