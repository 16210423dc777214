/** The message key of each field of a project's progress and milestones (forms, history, "saved: …"). */
export const FIELD_LABEL_KEYS: Record<string, string> = {
  stage: 'progress.stage',
  plannedInvestment: 'progress.planned',
  completedInvestment: 'progress.completed',
  startOn: 'progress.startOn',
  completionOn: 'progress.completionOn',
  note: 'progress.note',
  dueOn: 'milestone.dueOn',
  doneOn: 'milestone.doneOn',
};
