/** A status as a tag: colour, icon and word (the API's own labels, in the page's language). */
import {
  CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, FallOutlined, MinusCircleOutlined,
  QuestionCircleOutlined, RiseOutlined, SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import {
  progressLabels, scheduleLabel, type ProgressStatus, type ScheduleStatus,
} from '../../../src/evaluation/statuses.ts';
import { useLang } from '../i18n/use-lang.ts';
import { SCHEDULE_TONE, STATUS_TONE, type Tone } from './status-style.ts';

const STATUS_ICON: Record<ProgressStatus, ReactNode> = {
  achieved: <CheckCircleOutlined />,
  on_track: <RiseOutlined />,
  fair: <ExclamationCircleOutlined />,
  limited: <MinusCircleOutlined />,
  deterioration: <FallOutlined />,
  no_data: <QuestionCircleOutlined />,
  no_baseline: <QuestionCircleOutlined />,
  not_assessable: <QuestionCircleOutlined />,
};

const SCHEDULE_ICON: Record<ScheduleStatus, ReactNode> = {
  achieved: <CheckCircleOutlined />,
  ahead: <RiseOutlined />,
  on_schedule: <SyncOutlined />,
  behind: <ClockCircleOutlined />,
  no_data: <QuestionCircleOutlined />,
  no_baseline: <QuestionCircleOutlined />,
  not_assessable: <CloseCircleOutlined />,
};

const TAG_COLOR: Record<Tone, string> = { success: 'success', info: 'processing', warning: 'warning', error: 'error', default: 'default' };

export function StatusTag({ status }: { status: ProgressStatus }) {
  const { text } = useLang();
  return (
    <Tag color={TAG_COLOR[STATUS_TONE[status]]} icon={STATUS_ICON[status]} data-status={status}>
      {text(progressLabels[status])}
    </Tag>
  );
}

export function ScheduleTag({ schedule, latestYear, targetYear }: { schedule: ScheduleStatus; latestYear: number | null; targetYear: number }) {
  const { text } = useLang();
  return (
    <Tag color={TAG_COLOR[SCHEDULE_TONE[schedule]]} icon={SCHEDULE_ICON[schedule]} data-schedule={schedule}>
      {text(scheduleLabel(schedule, latestYear, targetYear))}
    </Tag>
  );
}
