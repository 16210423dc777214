/** Every change to a project's progress and milestones: when, who, what, and each field old → new. */
import { ArrowRightOutlined } from '@ant-design/icons';
import { Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ProjectHistory } from '../../api/types.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { formatTime } from '../../format/date-time.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { ProjectStageId } from '../../../../src/records/project-progress.ts';
import { FIELD_LABEL_KEYS } from './field-labels.ts';
import { formatInvestment } from './format-investment.ts';
import { historyRows, type HistoryRow } from './history-rows.ts';
import { projectsNs } from './messages.ts';
import { useProjectHistory } from './use-project.ts';

function useValueText() {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('history.empty');
    if (field === 'stage') return t(`common:stage.${value as ProjectStageId}`);
    if ((field === 'plannedInvestment' || field === 'completedInvestment') && typeof value === 'number') return formatInvestment(value, lang);
    return String(value);
  };
}

export function HistorySection({ projectId }: { projectId: string }) {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  const history = useProjectHistory(projectId);
  const valueText = useValueText();
  const columns: ColumnsType<HistoryRow> = [
    { key: 'when', title: t('history.when'), width: 150, render: (_, r) => formatTime(r.at) },
    { key: 'who', title: t('history.who'), width: 140, dataIndex: 'actor' },
    {
      key: 'what',
      title: t('history.what'),
      width: 200,
      render: (_, r) => (
        <span>
          <Tag>{t(`history.action.${r.action}`, { defaultValue: r.action })}</Tag>
          {r.target.kind === 'progress' ? t('history.progressOf', { year: r.target.year }) : t('history.milestoneOf', { name: r.target.name })}
        </span>
      ),
    },
    {
      key: 'change',
      title: t('history.change'),
      render: (_, r) => (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {r.changes.map((c) => (
            <li key={c.field}>
              <Typography.Text type="secondary">{t(FIELD_LABEL_KEYS[c.field] ?? c.field)}{lang === 'zh' ? '：' : ': '}</Typography.Text>
              {valueText(c.field, c.from)} <ArrowRightOutlined aria-label="→" style={{ fontSize: 11 }} /> <Typography.Text strong>{valueText(c.field, c.to)}</Typography.Text>
            </li>
          ))}
          {r.reason ? <li>{r.reason}</li> : null}
        </ul>
      ),
    },
  ];
  return (
    <QueryState query={history}>
      {(data: ProjectHistory) =>
        data.items.length === 0 ? (
          <Empty description={t('history.none')} />
        ) : (
          <Table<HistoryRow> rowKey="id" size="small" columns={columns} dataSource={historyRows(data.items)} pagination={{ pageSize: 10, hideOnSinglePage: true }} data-testid="history-table" />
        )
      }
    </QueryState>
  );
}
