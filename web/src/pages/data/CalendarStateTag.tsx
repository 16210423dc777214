/** done / due / overdue of a calendar item, with the days left or past: colour, icon and words. */
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysUntil, type CalendarState } from './calendar-groups.ts';
import { dataNs } from './messages.ts';

export function CalendarStateTag({ state, dueOn, today }: { state: CalendarState; dueOn: string; today: string }) {
  const { t } = useTranslation(dataNs);
  const days = daysUntil(dueOn, today);
  switch (state) {
    case 'done':
      return (
        <Tag color="success" icon={<CheckCircleOutlined />} data-state="done">
          {t('calendar.state.done')}
        </Tag>
      );
    case 'due':
      return (
        <Tag color="processing" icon={<ClockCircleOutlined />} data-state="due">
          {t('calendar.state.dueIn', { count: days })}
        </Tag>
      );
    case 'overdue':
      return (
        <Tag color="error" icon={<ExclamationCircleOutlined />} data-state="overdue">
          {t('calendar.state.overdueBy', { count: -days })}
        </Tag>
      );
  }
}

/** The three counts as tags, zeros left out except when everything is zero. */
export function StateCounts({ counts }: { counts: { done: number; due: number; overdue: number } }) {
  const { t } = useTranslation(dataNs);
  return (
    <span>
      {counts.overdue > 0 ? (
        <Tag color="error" icon={<ExclamationCircleOutlined />}>
          {t('calendar.count.overdue', { count: counts.overdue })}
        </Tag>
      ) : null}
      {counts.due > 0 ? (
        <Tag color="processing" icon={<ClockCircleOutlined />}>
          {t('calendar.count.due', { count: counts.due })}
        </Tag>
      ) : null}
      <Tag color="success" icon={<CheckCircleOutlined />}>
        {t('calendar.count.done', { count: counts.done })}
      </Tag>
    </span>
  );
}
