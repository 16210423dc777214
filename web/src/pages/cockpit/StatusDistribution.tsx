/**
 * How many indicators stand at each status: the UN SDG progress status and the schedule
 * (时序进度), as bars with their counts. Under each chart the same counts as tags (colour,
 * icon and word), so the chart is never the only carrier; a bar or a tag opens the
 * indicator list filtered to it.
 */
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EChart } from '../../components/EChart.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { SCHEDULE_COLOR, STATUS_COLOR } from '../../components/status-style.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { progressLabels, scheduleLabel, type ProgressStatus, type ScheduleStatus } from '../../../../src/evaluation/statuses.ts';
import { scheduleCounts, statusCounts } from './cockpit-model.ts';
import { cockpitNs } from './messages.ts';
import { statusBarOption, type StatusBar } from './status-bar-option.ts';

interface Props {
  byStatus: Record<ProgressStatus, number>;
  bySchedule: Record<ScheduleStatus, number>;
  total: number;
  year: number;
  targetYear: number;
  viewQuery: string;
  dark?: boolean;
  height?: number;
}

function withFilter(viewQuery: string, key: string, value: string): string {
  const params = new URLSearchParams(viewQuery);
  params.set(key, value);
  return `/indicators?${params.toString()}`;
}

/** One distribution: its bars, and (on the page, not the wall screen) the same counts as tags that open the filtered list. */
function DistributionColumn({ title, filterKey, testId, bars, viewQuery, dark, height }: {
  title: string;
  filterKey: 'status' | 'schedule';
  testId: string;
  bars: (StatusBar & { tag: ReactNode })[];
  viewQuery: string;
  dark: boolean;
  height: number;
}) {
  const navigate = useNavigate();
  const onBar = (params: unknown) => {
    const name = (params as { data?: { key?: string } }).data?.key;
    if (name && !dark) void navigate(withFilter(viewQuery, filterKey, name));
  };
  return (
    <Col xs={24} md={12}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
        {title}
      </Typography.Title>
      <EChart
        testId={testId}
        height={height}
        theme={dark ? 'dark' : undefined}
        option={statusBarOption(bars, dark, dark ? 15 : 12)}
        onEvents={{ click: onBar }}
        label={`${title}：${bars.map((b) => `${b.label} ${b.count}`).join('，')}`}
      />
      {dark ? null : (
        <Flex gap={4} wrap>
          {bars.map((b) => (
            <Link key={b.key} to={withFilter(viewQuery, filterKey, b.key)} aria-label={`${b.label} ${b.count}`}>
              {b.tag} <Typography.Text strong>{b.count}</Typography.Text>
            </Link>
          ))}
        </Flex>
      )}
    </Col>
  );
}

export function StatusCharts({ byStatus, bySchedule, year, targetYear, viewQuery, dark = false, height = 250 }: Omit<Props, 'total'>) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text } = useLang();
  const statuses = statusCounts(byStatus).map((s) => ({
    key: s.status,
    label: text(progressLabels[s.status]),
    count: s.count,
    color: STATUS_COLOR[s.status],
    tag: <StatusTag status={s.status} />,
  }));
  const schedules = scheduleCounts(bySchedule).map((s) => ({
    key: s.status,
    label: text(scheduleLabel(s.status, year, targetYear)),
    count: s.count,
    color: SCHEDULE_COLOR[s.status],
    tag: <ScheduleTag schedule={s.status} latestYear={year} targetYear={targetYear} />,
  }));
  const shared = { viewQuery, dark, height };
  return (
    <Row gutter={[16, 16]}>
      <DistributionColumn title={t('distribution.status')} filterKey="status" testId="status-chart" bars={statuses} {...shared} />
      <DistributionColumn title={t('distribution.schedule')} filterKey="schedule" testId="schedule-chart" bars={schedules} {...shared} />
    </Row>
  );
}

export function StatusDistributionCard(props: Props) {
  const { t } = useTranslation([cockpitNs, 'common']);
  return (
    <Card title={t('distribution.title', { count: props.total, year: props.year })} style={{ height: '100%' }}>
      <StatusCharts {...props} />
    </Card>
  );
}
