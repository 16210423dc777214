/** The list view: one row per project — column, cluster, place, stage, the year's investment and the delay in words. */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../../api/types.ts';
import type { PlanNames } from '../../app/plan-names.ts';
import { StageTag } from '../../components/StageTag.tsx';
import { visuallyHidden } from '../../components/visually-hidden.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { projectStages } from '../../../../src/records/project-progress.ts';
import { DelayTag } from './DelayTag.tsx';
import { InvestmentCell } from './InvestmentCell.tsx';
import { projectsNs } from './messages.ts';
import { PlaceCell } from './PlaceCell.tsx';
import { completionPct } from './project-shape.ts';
import type { useColumnNames } from './use-column-names.ts';

interface Props {
  projects: ProjectSummary[];
  names: PlanNames;
  columns: ReturnType<typeof useColumnNames>;
}

export function ProjectsTable({ projects, names, columns }: Props) {
  const { t } = useTranslation(projectsNs);
  const { text } = useLang();
  const tableColumns: ColumnsType<ProjectSummary> = [
    {
      key: 'name',
      title: t('col.name'),
      width: 260,
      sorter: (a, b) => text(a.name).localeCompare(text(b.name), 'zh-CN'),
      render: (_, p) => (
        <span>
          <Link to={`/projects/${p.id}`} data-testid="project-link">
            {text(p.name)}
          </Link>
          {p.collective ? (
            <Tooltip title={t('collectiveHint')}>
              <Tag style={{ marginLeft: 6 }}>{t('collective')}</Tag>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    {
      key: 'column',
      title: t('col.column'),
      width: 150,
      sorter: (a, b) => a.column - b.column,
      render: (_, p) => (
        <span>
          <Tooltip title={columns.name(p.column)}>{columns.short(p.column)}</Tooltip>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {p.segmentId ? names.segment(p.segmentId) : p.heading}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'cluster',
      title: t('col.cluster'),
      width: 140,
      render: (_, p) => (p.clusterId ? <Link to={`/industry/clusters/${p.clusterId}`}>{names.cluster(p.clusterId)}</Link> : '—'),
    },
    { key: 'place', title: t('col.place'), width: 150, render: (_, p) => <PlaceCell project={p} names={names} /> },
    {
      key: 'stage',
      title: t('col.stage'),
      width: 110,
      sorter: (a, b) => projectStages.indexOf(a.stage) - projectStages.indexOf(b.stage),
      render: (_, p) => <StageTag stage={p.stage} />,
    },
    {
      key: 'investment',
      title: t('col.investment'),
      width: 230,
      sorter: (a, b) =>
        (completionPct(a.latest?.plannedInvestment ?? null, a.latest?.completedInvestment ?? null) ?? -1) -
        (completionPct(b.latest?.plannedInvestment ?? null, b.latest?.completedInvestment ?? null) ?? -1),
      render: (_, p) => <InvestmentCell latest={p.latest} />,
    },
    {
      key: 'delay',
      title: t('col.delay'),
      width: 190,
      sorter: (a, b) => Number(a.delayed) - Number(b.delayed) || a.delay.overdueMilestones - b.delay.overdueMilestones,
      render: (_, p) => <DelayTag project={p} />,
    },
  ];
  return (
    <Table<ProjectSummary>
      rowKey="id"
      size="middle"
      columns={tableColumns}
      dataSource={projects}
      caption={<span style={visuallyHidden}>{t('table.caption')}</span>}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], hideOnSinglePage: false }}
      scroll={{ x: 1100 }}
      data-testid="projects-table"
    />
  );
}
