/**
 * Every indicator the evaluation holds for the region: latest value, the implied regional
 * target (the plan sets none for regions), completion, statuses and the rank among regions.
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Flex, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { mapNs } from './messages.ts';
import type { RegionIndicatorRow } from './region-data.ts';

export function RegionIndicatorTable({ rows, units, caption }: { rows: RegionIndicatorRow[]; units: UnitLike[]; caption: string }) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const columns: ColumnsType<RegionIndicatorRow> = [
    {
      title: t('col.indicator'),
      key: 'indicator',
      width: 220,
      render: (_, r) => <Link to={`/indicators/${r.row.id}`}>{text(r.row.name)}</Link>,
    },
    {
      title: t('col.latest'),
      key: 'latest',
      align: 'right',
      render: (_, r) =>
        r.observed ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {formatValue(r.observed.value, unitOf(units, r.row.unit), lang)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 11 }}>
              {t(r.observed.baseline ? 'value.baselineYear' : 'value.year', { year: r.observed.year })}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: (
        <Tooltip title={t('eval.impliedHelp')}>
          <span>
            {t('col.target')} <QuestionCircleOutlined aria-label={t('eval.impliedHelp')} />
          </span>
        </Tooltip>
      ),
      key: 'target',
      align: 'right',
      render: (_, r) => (r.row.target.value === null ? '—' : <span style={{ whiteSpace: 'nowrap' }}>{formatValue(r.row.target.value, unitOf(units, r.row.unit), lang)}</span>),
    },
    { title: t('col.completion'), key: 'completion', align: 'right', render: (_, r) => formatPct(r.row.completionPct, lang) },
    {
      title: `${t('col.status')} / ${t('col.schedule')}`,
      key: 'status',
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <StatusTag status={r.row.status} />
          <ScheduleTag schedule={r.row.schedule} latestYear={r.row.latest?.year ?? null} targetYear={r.row.target.year} />
        </Flex>
      ),
    },
    {
      title: t('col.regionRank'),
      key: 'rank',
      align: 'right',
      sorter: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
      render: (_, r) => (r.rank === null ? '—' : t('eval.rankOf', { rank: r.rank, total: r.ranked })),
    },
  ];
  return (
    <Table<RegionIndicatorRow>
      data-testid="region-indicators"
      rowKey={(r) => r.row.id}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text type="secondary">{caption}</Typography.Text>}
    />
  );
}
