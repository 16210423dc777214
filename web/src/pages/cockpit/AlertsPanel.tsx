/**
 * What needs attention this morning, in tabs: indicators deteriorating or behind schedule
 * (from the evaluation), submissions past their due date (the reporting calendar), key
 * projects delayed, and the evaluation's own findings. Calendar and projects are internal:
 * they are asked for only when the account may read them.
 */
import { Badge, Card, Empty, List, Space, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiGet } from '../../api/client.ts';
import { usePlanRegions } from '../../api/queries.ts';
import type { Calendar, FullEvaluation, Items, ProjectSummary } from '../../api/types.ts';
import { can } from '../../app/abilities.ts';
import { useSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/QueryState.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { signedPct } from '../../format/indicator-format.ts';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { delayedProjects, indicatorAlerts, overdueByRegion, type IndicatorAlert } from './cockpit-model.ts';
import { cockpitNs } from './messages.ts';

/** Calendar and projects: every role that reads all regions, and a park officer for its park. */
export function useInternalAlerts(refetchIntervalMs?: number) {
  const { user } = useSession();
  const allowed = user !== null && (can(user, 'see-all-data') || user.role === 'park-officer');
  const calendar = useQuery({
    queryKey: ['calendar', 'cockpit'],
    queryFn: () => apiGet<Calendar>('/api/calendar'),
    enabled: allowed,
    refetchInterval: refetchIntervalMs,
  });
  const projects = useQuery({
    queryKey: ['projects', 'cockpit-delayed'],
    queryFn: async () => (await apiGet<Items<ProjectSummary>>('/api/projects', { delayed: 'true' })).items,
    enabled: allowed,
    refetchInterval: refetchIntervalMs,
  });
  return { allowed, calendar, projects };
}

function tabLabel(label: string, count: number | undefined, tone: 'error' | 'warning' | 'default'): ReactNode {
  return (
    <Space size={6}>
      {label}
      {count === undefined ? null : <Badge count={count} showZero color={count === 0 ? '#8c8c8c' : tone === 'error' ? '#cf1322' : '#d48806'} />}
    </Space>
  );
}

function IndicatorAlertList({ alerts, viewQuery, targetYear }: { alerts: IndicatorAlert[]; viewQuery: string; targetYear: number }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text, lang } = useLang();
  if (alerts.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.noIndicators')} />;
  return (
    <List
      size="small"
      dataSource={alerts}
      renderItem={({ kind, row }) => (
        <List.Item data-testid="alert-indicator">
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space size={4} wrap>
              <Link to={`/indicators/${row.id}${viewQuery}`}>{text(row.name)}</Link>
              {kind === 'deterioration' ? <StatusTag status={row.status} /> : null}
              {kind !== 'assigned_not_met' ? <ScheduleTag schedule={row.schedule} latestYear={row.latest?.year ?? null} targetYear={targetYear} /> : null}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {kind === 'assigned_not_met' && row.assigned?.latest
                ? t('alerts.assignedMissed', { year: row.assigned.latest.year })
                : t('alerts.gap', { gap: signedPct(row.scheduleGapPct, lang), completion: formatPct(row.completionPct, lang), time: formatPct(row.timeElapsedPct, lang) })}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

export function AlertsPanel({ evaluation, viewQuery, anonymous }: { evaluation: FullEvaluation; viewQuery: string; anonymous: boolean }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text, lang } = useLang();
  const regions = usePlanRegions();
  const internal = useInternalAlerts();
  const regionName = (code: string) => text(regions.data?.find((r) => r.code === code)?.name) || code;
  const indicatorName = (id: string) => text(evaluation.indicators.find((r) => r.id === id)?.name) || id;
  const alerts = indicatorAlerts(evaluation.indicators);
  const overdue = internal.calendar.data ? overdueByRegion(internal.calendar.data.items) : undefined;
  const delayed = internal.projects.data ? delayedProjects(internal.projects.data) : undefined;
  const height = 300;

  const items = [
    {
      key: 'indicators',
      label: tabLabel(t('alerts.indicators'), alerts.length, 'error'),
      children: (
        <div style={{ maxHeight: height, overflowY: 'auto' }}>
          <IndicatorAlertList alerts={alerts} viewQuery={viewQuery} targetYear={evaluation.targetYear} />
        </div>
      ),
    },
  ];
  if (!anonymous && internal.allowed) {
    items.push({
      key: 'overdue',
      label: tabLabel(t('alerts.overdue'), overdue?.reduce((n, r) => n + r.count, 0), 'warning'),
      children: internal.calendar.error ? (
        <ErrorAlert error={internal.calendar.error} onRetry={() => void internal.calendar.refetch()} />
      ) : (
        <div style={{ maxHeight: height, overflowY: 'auto' }}>
          {overdue && overdue.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('alerts.noOverdue', { done: internal.calendar.data?.totals.done ?? 0, due: internal.calendar.data?.totals.due ?? 0 })}
            />
          ) : (
            <List
              size="small"
              loading={internal.calendar.isPending}
              dataSource={overdue ?? []}
              renderItem={(entry) => (
                <List.Item data-testid="alert-overdue">
                  <Space orientation="vertical" size={2}>
                    <Typography.Text strong>
                      {regionName(entry.regionCode)} · {t('alerts.overdueCount', { count: entry.count })}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('alerts.oldestDue', { date: entry.oldestDue })}：{entry.indicatorIds.slice(0, 3).map(indicatorName).join('、')}
                      {entry.indicatorIds.length > 3 ? t('alerts.andMore', { count: entry.indicatorIds.length - 3 }) : ''}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
          <Link to="/data">{t('alerts.toData')}</Link>
        </div>
      ),
    });
    items.push({
      key: 'projects',
      label: tabLabel(t('alerts.projects'), delayed?.length, 'warning'),
      children: internal.projects.error ? (
        <ErrorAlert error={internal.projects.error} onRetry={() => void internal.projects.refetch()} />
      ) : (
        <div style={{ maxHeight: height, overflowY: 'auto' }}>
          <List
            size="small"
            loading={internal.projects.isPending}
            dataSource={delayed ?? []}
            locale={{ emptyText: t('alerts.noProjects') }}
            renderItem={(project) => (
              <List.Item data-testid="alert-project">
                <Space orientation="vertical" size={2}>
                  <Link to={`/projects/${project.id}`}>{text(project.name)}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[
                      project.delay.investmentBehind ? t('alerts.investment', { pct: formatPct(project.delay.completionPct, lang, 0) }) : null,
                      project.delay.overdueMilestones > 0 ? t('alerts.milestones', { count: project.delay.overdueMilestones }) : null,
                      project.regions.length > 0 ? project.regions.map(regionName).join('、') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          <Link to="/projects">{t('alerts.toProjects')}</Link>
        </div>
      ),
    });
  }
  items.push({
    key: 'findings',
    label: tabLabel(t('alerts.findings'), evaluation.findings.length, 'warning'),
    children: (
      <div style={{ maxHeight: height, overflowY: 'auto' }}>
        <List
          size="small"
          dataSource={evaluation.findings}
          locale={{ emptyText: t('alerts.noFindings') }}
          renderItem={(finding) => (
            <List.Item>
              <Link to={`/indicators/${finding.indicatorId}${viewQuery}`} style={{ fontSize: 13 }}>
                {text(finding.message)}
              </Link>
            </List.Item>
          )}
        />
      </div>
    ),
  });

  return (
    <Card title={t('alerts.title')} style={{ height: '100%' }} styles={{ body: { paddingTop: 0 } }} data-testid="alerts-panel">
      <Tabs items={items} size="small" tabBarGutter={14} />
    </Card>
  );
}
