/** A project's milestones: due and done dates, and the state in words — done on time, done late, overdue, not yet due. */
import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../api/types.ts';
import { projectsNs } from './messages.ts';
import { milestoneState, type MilestoneState } from './project-shape.ts';

type Milestone = ProjectDetail['milestones'][number];

const STATE_TAG: Record<MilestoneState, string> = { 'done-on-time': 'success', 'done-late': 'warning', overdue: 'error', open: 'processing' };

export function MilestonesSection({ project, onEdit }: { project: ProjectDetail; onEdit: ((m: Milestone) => void) | null }) {
  const { t } = useTranslation(projectsNs);
  if (project.milestones.length === 0) return <Empty description={t('milestone.none')} />;
  const today = dayjs().format('YYYY-MM-DD');
  const rows = [...project.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const columns: ColumnsType<Milestone> = [
    { key: 'name', title: t('milestone.name'), dataIndex: 'name' },
    { key: 'due', title: t('milestone.dueOn'), dataIndex: 'dueOn', width: 130 },
    { key: 'done', title: t('milestone.doneOn'), width: 130, render: (_, m) => m.doneOn ?? t('milestone.notDone') },
    {
      key: 'state',
      title: t('milestone.state'),
      width: 200,
      render: (_, m) => {
        // The API's own verdict decides "overdue" (China time); the days are counted here.
        const s = milestoneState(m, today);
        const state: MilestoneState = m.overdue ? 'overdue' : s.state === 'overdue' ? 'open' : s.state;
        return (
          <Tag color={STATE_TAG[state]} data-state={state}>
            {t(`milestone.state.${state}`, { days: Math.max(0, s.days) })}
          </Tag>
        );
      },
    },
    ...(onEdit
      ? [
          {
            key: 'edit',
            title: '',
            width: 60,
            render: (_: unknown, m: Milestone) => (
              <Button size="small" icon={<EditOutlined />} aria-label={`${t('update.milestoneOf')}: ${m.name}`} title={t('update.milestoneOf')} onClick={() => onEdit(m)} />
            ),
          },
        ]
      : []),
  ];
  return <Table<Milestone> rowKey="name" size="small" columns={columns} dataSource={rows} pagination={false} data-testid="milestones-table" />;
}
