/**
 * How each status looks: a colour, an icon and the word — never colour alone, so a reader
 * who cannot tell red from green (or prints in grey) still reads the status.
 */
import type { ProgressStatus, ScheduleStatus } from '../../../src/evaluation/statuses.ts';

export type Tone = 'success' | 'info' | 'warning' | 'error' | 'default';

export const STATUS_TONE: Record<ProgressStatus, Tone> = {
  achieved: 'success',
  on_track: 'success',
  fair: 'warning',
  limited: 'error',
  deterioration: 'error',
  no_data: 'default',
  no_baseline: 'default',
  not_assessable: 'default',
};

export const SCHEDULE_TONE: Record<ScheduleStatus, Tone> = {
  achieved: 'success',
  ahead: 'success',
  on_schedule: 'info',
  behind: 'error',
  no_data: 'default',
  no_baseline: 'default',
  not_assessable: 'default',
};

/** Colours for charts, the same hues as the tags. */
export const TONE_COLOR: Record<Tone, string> = {
  success: '#389e0d',
  info: '#1677ff',
  warning: '#d48806',
  error: '#cf1322',
  default: '#8c8c8c',
};

export const STATUS_COLOR: Record<ProgressStatus, string> = Object.fromEntries(
  Object.entries(STATUS_TONE).map(([status, tone]) => [status, TONE_COLOR[tone]]),
) as Record<ProgressStatus, string>;

export const SCHEDULE_COLOR: Record<ScheduleStatus, string> = Object.fromEntries(
  Object.entries(SCHEDULE_TONE).map(([status, tone]) => [status, TONE_COLOR[tone]]),
) as Record<ScheduleStatus, string>;
