/**
 * The words an evaluation uses: the UN SDG progress status, the Chinese schedule
 * (时序进度) status, and the yearly outcome of an assigned target. Each value has a label
 * in both languages so every door (web, API, CLI, report) shows the same words.
 */
import type { Text } from '../plan/schema.ts';

export const progressStatuses = [
  'achieved',
  'on_track',
  'fair',
  'limited',
  'deterioration',
  'no_data',
  'no_baseline',
  'not_assessable',
] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const scheduleStatuses = ['achieved', 'ahead', 'on_schedule', 'behind', 'no_data', 'no_baseline', 'not_assessable'] as const;
export type ScheduleStatus = (typeof scheduleStatuses)[number];

export const assignedStatuses = ['met', 'not_met', 'no_data'] as const;
export type AssignedStatus = (typeof assignedStatuses)[number];

export const progressLabels: Record<ProgressStatus, Text> = {
  achieved: { zh: '已实现', en: 'achieved' },
  on_track: { zh: '进展顺利', en: 'on track' },
  fair: { zh: '需加快', en: 'fair progress, acceleration needed' },
  limited: { zh: '进展有限', en: 'limited or no progress' },
  deterioration: { zh: '倒退', en: 'deterioration' },
  no_data: { zh: '无监测数据', en: 'no data' },
  no_baseline: { zh: '缺基期值', en: 'no baseline' },
  not_assessable: { zh: '无法评估', en: 'not assessable' },
};

export const scheduleLabels: Record<ScheduleStatus, Text> = {
  achieved: { zh: '提前实现', en: 'achieved early' },
  ahead: { zh: '快于预期', en: 'ahead of schedule' },
  on_schedule: { zh: '基本符合预期', en: 'on schedule' },
  behind: { zh: '滞后', en: 'behind schedule' },
  no_data: { zh: '无监测数据', en: 'no data' },
  no_baseline: { zh: '缺基期值', en: 'no baseline' },
  not_assessable: { zh: '无法评估', en: 'not assessable' },
};

export const assignedLabels: Record<AssignedStatus, Text> = {
  met: { zh: '完成下达目标', en: 'assigned target met' },
  not_met: { zh: '未完成下达目标', en: 'assigned target not met' },
  no_data: { zh: '无监测数据', en: 'no data' },
};

/** 提前实现 only makes sense before the target year; at or after it the target is simply achieved. */
export function scheduleLabel(status: ScheduleStatus, latestYear: number | null, targetYear: number): Text {
  if (status === 'achieved' && latestYear !== null && latestYear >= targetYear) return progressLabels.achieved;
  return scheduleLabels[status];
}

export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
