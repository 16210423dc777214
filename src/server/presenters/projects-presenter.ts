/** A key project as the API shows it: the plan's fields, then what has happened to it. */
import type { z } from 'zod';
import type { HistoryItem } from '../../store/history.ts';
import type { MilestoneRecord, ProgressRecord } from '../../store/project-queries.ts';
import { isOverdue } from '../commands/projects-delay.ts';
import type { ProjectView } from '../commands/projects-read.ts';
import type {
  milestoneSchema, progressSchema, projectDetailSchema, projectHistorySchema, projectSummarySchema,
} from '../schemas/projects-schemas.ts';

export function presentProgress(p: ProgressRecord): z.infer<typeof progressSchema> {
  return {
    year: p.year,
    stage: p.stage,
    plannedInvestment: p.plannedInvestment,
    completedInvestment: p.completedInvestment,
    startOn: p.startOn,
    completionOn: p.completionOn,
    note: p.note,
    isDemo: p.isDemo,
    updatedBy: p.updatedBy,
    updatedAt: p.updatedAt,
  };
}

export function presentMilestone(m: MilestoneRecord, today: string): z.infer<typeof milestoneSchema> {
  return { name: m.name, dueOn: m.dueOn, doneOn: m.doneOn, overdue: isOverdue(m, today), isDemo: m.isDemo, updatedBy: m.updatedBy, updatedAt: m.updatedAt };
}

export function presentProjectSummary(v: ProjectView): z.infer<typeof projectSummarySchema> {
  const p = v.project;
  return {
    id: p.id,
    name: p.name,
    column: p.column,
    heading: p.heading,
    clusterId: p.clusterId,
    segmentId: p.segmentId,
    regions: p.regions,
    parks: p.parks,
    collective: p.collective,
    planStage: p.stage,
    stage: v.stage,
    latest: v.latest && presentProgress(v.latest),
    delayed: v.delay.delayed,
    delay: { investmentBehind: v.delay.investmentBehind, completionPct: v.delay.completionPct, overdueMilestones: v.delay.overdueMilestones },
    milestones: v.milestones.map((m) => presentMilestone(m, v.today)),
  };
}

export function presentProjectDetail(v: ProjectView): z.infer<typeof projectDetailSchema> {
  return { ...presentProjectSummary(v), source: v.project.source, progress: v.progress.map(presentProgress) };
}

type HistoryEntry = z.infer<typeof projectHistorySchema>['items'][number];

export function presentProjectHistoryItem(h: HistoryItem): HistoryEntry {
  return {
    id: h.id,
    entity: h.entity as HistoryEntry['entity'],
    entityKey: h.entityKey,
    action: h.action,
    changes: h.changes,
    actor: h.actor,
    at: h.at,
    reason: h.reason,
    origin: h.origin,
  };
}
