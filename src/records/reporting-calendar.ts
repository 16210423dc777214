/** Who must report which indicator for which period, and by when (填报日历). */
import type { RecordKind } from './field-spec.ts';

export interface CalendarEntryInput {
  seriesId: string;
  regionCode: string;
  parkId: string | null;
  period: string;
  dueOn: string;
}

export const calendarKind: RecordKind = {
  id: 'calendar',
  name: { zh: '填报日历', en: 'Reporting calendar' },
  naturalKey: ['indicator', 'region', 'park', 'year'],
  fields: [
    { key: 'indicator', label: { zh: '指标', en: 'Indicator' }, aliases: ['指标名称'], type: 'series', required: true },
    { key: 'region', label: { zh: '市县', en: 'Region' }, aliases: ['地区'], type: 'region', required: false },
    { key: 'park', label: { zh: '园区', en: 'Park' }, aliases: [], type: 'park', required: false },
    { key: 'year', label: { zh: '报告期', en: 'Period' }, aliases: ['年份', 'period'], type: 'period', required: true },
    { key: 'due_on', label: { zh: '截止日期', en: 'Due' }, aliases: ['报送截止日期'], type: 'date', required: true },
  ],
};
