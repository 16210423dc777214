/** Table cells: the printed text with the figure or status code it stands for. */
import type { IndicatorEvaluation } from '../../evaluation/evaluate-indicator.ts';
import { assignedLabels, progressLabels, scheduleLabel, type ProgressStatus, type ScheduleStatus } from '../../evaluation/statuses.ts';
import { formatFigure, formatPercent } from './format.ts';
import type { Cell, Lang, Tone } from './report-model.ts';

export const DASH = '—';

export function textCell(text: string, tone?: Tone): Cell {
  return tone ? { text, tone } : { text };
}

export function figureCell(value: number | null | undefined, lang: Lang, digits = 2, suffix = ''): Cell {
  if (value === null || value === undefined) return { text: DASH, value: null };
  return { text: `${formatFigure(value, lang, digits)}${suffix}`, value };
}

export function percentCell(value: number | null | undefined, lang: Lang, digits = 1): Cell {
  if (value === null || value === undefined) return { text: DASH, value: null };
  return { text: formatPercent(value, lang, digits), value };
}

export function scheduleTone(status: ScheduleStatus): Tone {
  if (status === 'achieved' || status === 'ahead') return 'good';
  if (status === 'on_schedule') return 'fair';
  if (status === 'behind') return 'bad';
  return 'neutral';
}

export function progressTone(status: ProgressStatus): Tone {
  if (status === 'achieved' || status === 'on_track') return 'good';
  if (status === 'fair') return 'fair';
  if (status === 'limited' || status === 'deterioration') return 'bad';
  return 'neutral';
}

/** The SDG status, or for an assigned target the latest year's outcome (as the CLI shows it). */
export function progressCell(row: IndicatorEvaluation, lang: Lang): Cell {
  if (row.assigned) {
    const outcome = row.assigned.latest?.status ?? 'no_data';
    return { text: assignedLabels[outcome][lang], code: row.status, tone: outcome === 'met' ? 'good' : outcome === 'not_met' ? 'bad' : 'neutral' };
  }
  return { text: progressLabels[row.status][lang], code: row.status, tone: progressTone(row.status) };
}

export function scheduleCell(row: IndicatorEvaluation, lang: Lang): Cell {
  if (row.assigned) return { text: DASH, code: row.schedule };
  return { text: scheduleLabel(row.schedule, row.latest?.year ?? null, row.target.year)[lang], code: row.schedule, tone: scheduleTone(row.schedule) };
}
