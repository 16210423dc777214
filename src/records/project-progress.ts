/** What happens to a key project: its stage and investment per year, and its milestones. */
import type { RecordKind } from './field-spec.ts';

export const projectStages = ['planned', 'advancing', 'construction', 'operating'] as const;
export type ProjectStageId = (typeof projectStages)[number];

export interface ProjectProgressInput {
  projectId: string;
  year: number;
  stage: ProjectStageId;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  startOn: string | null;
  completionOn: string | null;
  note: string | null;
}

export interface MilestoneInput {
  projectId: string;
  name: string;
  dueOn: string;
  doneOn: string | null;
}

const stageValues = [
  { value: 'planned', label: { zh: '谋划', en: 'planned' } },
  { value: 'advancing', label: { zh: '推进', en: 'advancing' } },
  { value: 'construction', label: { zh: '建设', en: 'under construction' } },
  { value: 'operating', label: { zh: '投产', en: 'in operation' } },
] as const;

/** 亿元: 10 万亿元 — above any single project (the largest run to some 2 000 亿元); catches unit slips. */
export const MAX_INVESTMENT = 100_000;

export const projectProgressKind: RecordKind = {
  id: 'projects',
  name: { zh: '重点项目进展', en: 'Project progress' },
  naturalKey: ['project', 'year'],
  fields: [
    { key: 'project', label: { zh: '项目', en: 'Project' }, aliases: ['项目名称', '项目代码', 'project_id'], type: 'project', required: true },
    { key: 'year', label: { zh: '年度', en: 'Year' }, aliases: ['年份'], type: 'year', required: true },
    { key: 'stage', label: { zh: '项目阶段', en: 'Stage' }, aliases: ['阶段', '进展阶段'], type: 'enum', required: true, values: stageValues },
    { key: 'planned_investment', label: { zh: '计划投资', en: 'Planned investment' }, aliases: ['年度计划投资'], type: 'number', required: false, unit: { zh: '亿元', en: '100m yuan' }, min: 0, max: MAX_INVESTMENT },
    { key: 'completed_investment', label: { zh: '完成投资', en: 'Completed investment' }, aliases: ['年度完成投资'], type: 'number', required: false, unit: { zh: '亿元', en: '100m yuan' }, min: 0, max: MAX_INVESTMENT },
    { key: 'start_on', label: { zh: '开工日期', en: 'Start date' }, aliases: ['开工时间'], type: 'date', required: false },
    { key: 'completion_on', label: { zh: '竣工日期', en: 'Completion date' }, aliases: ['竣工时间', '投产日期'], type: 'date', required: false },
    { key: 'note', label: { zh: '进展说明', en: 'Status note' }, aliases: ['备注', '说明'], type: 'string', required: false },
  ],
};

export const milestoneKind: RecordKind = {
  id: 'milestones',
  name: { zh: '项目里程碑', en: 'Milestones' },
  naturalKey: ['project', 'milestone'],
  fields: [
    { key: 'project', label: { zh: '项目', en: 'Project' }, aliases: ['项目名称', 'project_id'], type: 'project', required: true },
    { key: 'milestone', label: { zh: '里程碑', en: 'Milestone' }, aliases: ['节点', '里程碑名称'], type: 'string', required: true },
    { key: 'due_on', label: { zh: '计划完成日期', en: 'Due' }, aliases: ['计划日期'], type: 'date', required: true },
    { key: 'done_on', label: { zh: '实际完成日期', en: 'Done' }, aliases: ['完成日期'], type: 'date', required: false },
  ],
};
