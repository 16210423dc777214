/** Every cluster in one table: tier, 2030 target, latest value, completion, statuses, enterprises and key projects. */
import { Card, Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { formatNumber, formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { statusColor } from './industry-chart-option.ts';
import { STATUS_ORDER, type ClusterRow } from './industry-data.ts';
import { industryNs } from './messages.ts';

export function ClusterTable({ rows, units, year, targetYear }: { rows: ClusterRow[]; units: UnitLike[]; year: number; targetYear: number }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const columns: ColumnsType<ClusterRow> = [
    {
      title: t('col.cluster'),
      key: 'name',
      fixed: 'left',
      width: 170,
      render: (_, r) => (
        <Link to={`/industry/clusters/${r.id}?year=${year}`} data-testid="cluster-link">
          <span aria-hidden style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: statusColor(r.status), marginRight: 6 }} />
          {text(r.name)}
        </Link>
      ),
    },
    { title: t('col.tier'), key: 'tier', width: 130, render: (_, r) => text(r.tierName), sorter: (a, b) => a.tierOrder - b.tierOrder || a.order - b.order },
    {
      title: t('col.target'),
      key: 'target',
      align: 'right',
      width: 100,
      sorter: (a, b) => (a.target?.value ?? -1) - (b.target?.value ?? -1),
      render: (_, r) =>
        r.target ? (
          formatValue(r.target.value, unitOf(units, r.unit), lang, 0)
        ) : (
          <Tooltip title={r.goal ? text(r.goal) : undefined}>
            <Typography.Text type="secondary">{t('value.qualitative')}</Typography.Text>
          </Tooltip>
        ),
    },
    {
      title: t('col.latest'),
      key: 'latest',
      align: 'right',
      width: 130,
      sorter: (a, b) => (a.latest?.value ?? -1) - (b.latest?.value ?? -1),
      render: (_, r) =>
        r.latest ? (
          <span>
            {formatValue(r.latest.value, unitOf(units, r.unit), lang)}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
              {t(r.latest.baseline ? 'value.baselineYear' : 'value.year', { year: r.latest.year })}
            </Typography.Text>
          </span>
        ) : (
          t('value.none')
        ),
    },
    {
      title: t('col.completion'),
      key: 'completion',
      align: 'right',
      width: 110,
      sorter: (a, b) => (a.completionPct ?? -Infinity) - (b.completionPct ?? -Infinity),
      render: (_, r) => formatPct(r.completionPct, lang),
    },
    {
      title: `${t('col.status')} / ${t('col.schedule')}`,
      key: 'status',
      width: 200,
      sorter: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
      render: (_, r) =>
        r.status === 'no_indicator' ? (
          <Typography.Text type="secondary">{t('legend.no_indicator')}</Typography.Text>
        ) : (
          <Flex vertical gap={4} align="flex-start">
            <StatusTag status={r.status} />
            {r.schedule ? <ScheduleTag schedule={r.schedule} latestYear={r.latest && !r.latest.baseline ? r.latest.year : null} targetYear={targetYear} /> : null}
          </Flex>
        ),
    },
    {
      title: t('col.enterprises'),
      key: 'enterprises',
      align: 'right',
      width: 115,
      sorter: (a, b) => (a.enterprises ?? -1) - (b.enterprises ?? -1),
      render: (_, r) => (r.enterprises === null ? t('value.none') : formatNumber(r.enterprises, lang)),
    },
    { title: t('col.projects'), key: 'projects', align: 'right', width: 115, sorter: (a, b) => a.projects - b.projects, render: (_, r) => formatNumber(r.projects, lang) },
  ];
  return (
    <Card title={<SectionTitle>{t('table.title')}</SectionTitle>}>
      <Table<ClusterRow>
        data-testid="cluster-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1060 }}
        title={() => <Typography.Text type="secondary">{t('table.caption', { year })}</Typography.Text>}
      />
    </Card>
  );
}
