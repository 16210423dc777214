/**
 * Key projects in a table: name (to the project's page), segment, current stage, where, the
 * latest year's planned and completed investment, and whether it is delayed. Used by the
 * cluster page and the region page.
 */
import { ClockCircleOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectRegions } from '../api/places.ts';
import type { PlanCluster, PlanPark, PlanRegion, ProjectSummary } from '../api/types.ts';
import { formatValue, type UnitLike } from '../format/numbers.ts';
import { useLang } from '../i18n/use-lang.ts';
import { projectStages } from '../../../src/records/project-progress.ts';
import { StageTag } from './StageTag.tsx';

interface Props {
  projects: ProjectSummary[];
  regions: PlanRegion[];
  parks: PlanPark[];
  clusters: PlanCluster[];
  /** The unit investments are in (亿元). */
  unit: UnitLike | undefined;
  /** Which column says what the project belongs to: its segment (cluster page) or its cluster (region page). */
  groupBy: 'segment' | 'cluster';
  caption: string;
  testId: string;
  /** The page's year, kept in links to cluster pages. */
  year: number;
}

export function ProjectProgressTable({ projects, regions, parks, clusters, unit, groupBy, caption, testId, year }: Props) {
  const { t } = useTranslation();
  const { lang, text } = useLang();
  const sep = lang === 'zh' ? '、' : ', ';
  const segmentName = (p: ProjectSummary) => {
    for (const c of clusters) {
      const s = c.segments.find((x) => x.id === p.segmentId);
      if (s) return text(s.name);
    }
    return '—';
  };
  const clusterName = (p: ProjectSummary) => {
    const c = clusters.find((x) => x.id === p.clusterId);
    return c ? <Link to={`/industry/clusters/${c.id}?year=${year}`}>{text(c.name)}</Link> : '—';
  };
  const place = (p: ProjectSummary) => {
    const codes = projectRegions(p, parks);
    const names = codes.map((code) => text(regions.find((r) => r.code === code)?.name) || code);
    const parkNames = p.parks.map((id) => text(parks.find((x) => x.id === id)?.name) || id);
    if (names.length === 0 && parkNames.length === 0) return <Typography.Text type="secondary">{t('projectTable.noRegion')}</Typography.Text>;
    return (
      <span>
        {names.join(sep)}
        {parkNames.length > 0 ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {parkNames.join(sep)}
          </Typography.Text>
        ) : null}
      </span>
    );
  };
  const columns: ColumnsType<ProjectSummary> = [
    {
      title: t('field.project'),
      key: 'name',
      render: (_, p) => (
        <span>
          <Link to={`/projects/${p.id}`}>{text(p.name)}</Link>
          {p.collective ? (
            <Tag style={{ marginInlineStart: 6 }} color="default">
              {t('projectTable.collective')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    groupBy === 'segment' ? { title: t('field.segment'), key: 'segment', render: (_, p) => segmentName(p) } : { title: t('field.cluster'), key: 'cluster', render: (_, p) => clusterName(p) },
    {
      title: t('field.stage'),
      key: 'stage',
      render: (_, p) => <StageTag stage={p.stage} />,
      sorter: (a, b) => projectStages.indexOf(a.stage) - projectStages.indexOf(b.stage),
      filters: projectStages.map((s) => ({ text: t(`stage.${s}`), value: s })),
      onFilter: (value, p) => p.stage === value,
    },
    { title: t('field.region'), key: 'region', render: (_, p) => place(p) },
    {
      title: t('field.plannedInvestment'),
      key: 'planned',
      align: 'right',
      sorter: (a, b) => (a.latest?.plannedInvestment ?? -1) - (b.latest?.plannedInvestment ?? -1),
      render: (_, p) =>
        p.latest?.plannedInvestment != null ? (
          <span>
            {formatValue(p.latest.plannedInvestment, unit, lang)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('projectTable.reportYear', { year: p.latest.year })}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('field.completedInvestment'),
      key: 'completed',
      align: 'right',
      render: (_, p) => (p.latest?.completedInvestment != null ? formatValue(p.latest.completedInvestment, unit, lang) : '—'),
    },
    {
      title: t('projectTable.progress'),
      key: 'delayed',
      filters: [
        { text: t('projectTable.delayed'), value: true },
        { text: t('projectTable.onTime'), value: false },
      ],
      onFilter: (value, p) => p.delayed === value,
      render: (_, p) =>
        p.delayed ? (
          <Tag color="error" icon={<ClockCircleOutlined />}>
            {t('projectTable.delayed')}
          </Tag>
        ) : (
          <Tag color="success" icon={<CheckCircleOutlined />}>
            {t('projectTable.onTime')}
          </Tag>
        ),
    },
  ];
  return (
    <Table<ProjectSummary>
      data-testid={testId}
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={projects}
      pagination={projects.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      title={() => <Typography.Text type="secondary">{caption}</Typography.Text>}
    />
  );
}
