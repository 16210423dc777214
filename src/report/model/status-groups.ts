/**
 * The groups the report counts indicators in: the four schedule statuses, the two outcomes
 * of an assigned target, and the rest (no data, no baseline, not assessable). Labels are the
 * evaluation's own, so the words match the screen.
 */
import type { StatusCounts } from '../../evaluation/roll-up.ts';
import { assignedLabels, scheduleLabels } from '../../evaluation/statuses.ts';
import type { Text } from '../../plan/schema.ts';
import type { Lang, SeriesTone } from './report-model.ts';

export interface StatusGroup {
  key: 'achieved' | 'ahead' | 'on_schedule' | 'behind' | 'met' | 'not_met' | 'other';
  label: Text;
  tone: SeriesTone;
  count(c: StatusCounts): number;
}

export const statusGroups: readonly StatusGroup[] = [
  { key: 'achieved', label: scheduleLabels.achieved, tone: 'best', count: (c) => c.bySchedule.achieved },
  { key: 'ahead', label: scheduleLabels.ahead, tone: 'good', count: (c) => c.bySchedule.ahead },
  { key: 'on_schedule', label: scheduleLabels.on_schedule, tone: 'fair', count: (c) => c.bySchedule.on_schedule },
  { key: 'behind', label: scheduleLabels.behind, tone: 'bad', count: (c) => c.bySchedule.behind },
  { key: 'met', label: assignedLabels.met, tone: 'met', count: (c) => c.byAssigned.met },
  { key: 'not_met', label: assignedLabels.not_met, tone: 'unmet', count: (c) => c.byAssigned.not_met },
  {
    key: 'other',
    label: { zh: '暂无法评估', en: 'not yet assessable' },
    tone: 'neutral',
    count: (c) =>
      c.indicators - c.bySchedule.achieved - c.bySchedule.ahead - c.bySchedule.on_schedule - c.bySchedule.behind - c.byAssigned.met - c.byAssigned.not_met,
  },
];

/** 快于预期1项、滞后2项 / 1 ahead of schedule, 2 behind schedule — the non-zero groups. */
export function countPhrase(c: StatusCounts, lang: Lang): string {
  const parts = statusGroups.filter((g) => g.count(c) > 0).map((g) => (lang === 'zh' ? `${g.label.zh}${g.count(c)}项` : `${g.count(c)} ${g.label.en}`));
  return parts.join(lang === 'zh' ? '、' : ', ');
}
