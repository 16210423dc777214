/**
 * How many indicators stand at each status: the UN SDG progress status and the schedule
 * (时序进度), as bars with their counts. Under each chart the same counts as tags (colour,
 * icon and word), so the chart is never the only carrier; a bar or a tag opens the
 * indicator list filtered to it.
 */
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EChart } from '../../components/EChart.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { SCHEDULE_COLOR, STATUS_COLOR } from '../../components/status-style.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { progressLabels, scheduleLabel, type ProgressStatus, type ScheduleStatus } from '../../../../src/evaluation/statuses.ts';
import { scheduleCounts, statusCounts } from './cockpit-model.ts';
import { cockpitNs } from './messages.ts';
import { statusBarOption } from './status-bar-option.ts';

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

export function StatusCharts({ byStatus, bySchedule, year, targetYear, viewQuery, dark = false, height = 250 }: Omit<Props, 'total'>) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text } = useLang();
  const navigate = useNavigate();
  const statuses = statusCounts(byStatus);
  const schedules = scheduleCounts(bySchedule);
  const statusOption = statusBarOption(
    statuses.map((s) => ({ key: s.status, label: text(progressLabels[s.status]), count: s.count, color: STATUS_COLOR[s.status] })),
    dark,
    dark ? 15 : 12,
  );
  const scheduleOption = statusBarOption(
    schedules.map((s) => ({ key: s.status, label: text(scheduleLabel(s.status, year, targetYear)), count: s.count, color: SCHEDULE_COLOR[s.status] })),
    dark,
    dark ? 15 : 12,
  );
  const describe = (entries: { label: string; count: number }[]) => entries.map((e) => `${e.label} ${e.count}`).join('，');
  const onBar = (key: 'status' | 'schedule') => (params: unknown) => {
    const name = (params as { data?: { key?: string } }).data?.key;
    if (name && !dark) void navigate(withFilter(viewQuery, key, name));
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12}>
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {t('distribution.status')}
        </Typography.Title>
        <EChart
          testId="status-chart"
          height={height}
          theme={dark ? 'dark' : undefined}
          option={statusOption}
          onEvents={{ click: onBar('status') }}
          label={`${t('distribution.status')}：${describe(statuses.map((s) => ({ label: text(progressLabels[s.status]), count: s.count })))}`}
        />
        {dark ? null : (
          <Flex gap={4} wrap>
            {statuses.map((s) => (
              <Link key={s.status} to={withFilter(viewQuery, 'status', s.status)} aria-label={`${text(progressLabels[s.status])} ${s.count}`}>
                <StatusTag status={s.status} /> <Typography.Text strong>{s.count}</Typography.Text>
              </Link>
            ))}
          </Flex>
        )}
      </Col>
      <Col xs={24} md={12}>
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          {t('distribution.schedule')}
        </Typography.Title>
        <EChart
          testId="schedule-chart"
          height={height}
          theme={dark ? 'dark' : undefined}
          option={scheduleOption}
          onEvents={{ click: onBar('schedule') }}
          label={`${t('distribution.schedule')}：${describe(schedules.map((s) => ({ label: text(scheduleLabel(s.status, year, targetYear)), count: s.count })))}`}
        />
        {dark ? null : (
          <Flex gap={4} wrap>
            {schedules.map((s) => (
              <Link key={s.status} to={withFilter(viewQuery, 'schedule', s.status)} aria-label={`${text(scheduleLabel(s.status, year, targetYear))} ${s.count}`}>
                <ScheduleTag schedule={s.status} latestYear={year} targetYear={targetYear} /> <Typography.Text strong>{s.count}</Typography.Text>
              </Link>
            ))}
          </Flex>
        )}
      </Col>
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
