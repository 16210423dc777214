/** The map in numbers: every region's value under the measure, ranked, with its pole and parks. */
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { shortPoleName, shortRegionName, type RegionValue } from './map-data.ts';
import { mapNs } from './messages.ts';

interface Props {
  values: RegionValue[];
  format: (value: number) => string;
  showStatus: boolean;
  caption: string;
  year: number;
}

export function RegionValueTable({ values, format, showStatus, caption, year }: Props) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const rows = [...values].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.region.code.localeCompare(b.region.code));
  const columns: ColumnsType<RegionValue> = [
    { title: t('col.rank'), key: 'rank', width: 56, align: 'right', render: (_, v) => v.rank ?? '—' },
    {
      title: t('col.region'),
      key: 'region',
      render: (_, v) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={`/map/regions/${v.region.code}?year=${year}`} data-testid="region-link" title={text(v.region.name)}>
            {/* English names of autonomous counties are long: the short form here, the full one in the title and on the region's page. */}
            {text(lang === 'en' ? shortRegionName(v.region.name) : v.region.name)}
          </Link>
          {v.pole ? (
            <Tag color={v.pole.role === 'core' ? 'volcano' : 'default'} style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px' }}>
              {v.pole.role === 'core' ? t('pole.coreOf', { pole: text(shortPoleName(v.pole.pole.name)) }) : t('pole.radiatedBy', { pole: text(shortPoleName(v.pole.pole.name)) })}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: showStatus ? `${t('col.value')} / ${t('col.status')}` : t('col.value'),
      key: 'value',
      align: 'right',
      render: (_, v) => (
        <Flex vertical gap={2} align="flex-end">
          {v.value === null ? (
            <Typography.Text type="secondary">{t('map.noData')}</Typography.Text>
          ) : (
            <span style={{ whiteSpace: 'nowrap' }}>
              {format(v.value)}
              {v.baseline && v.year !== null ? (
                <Typography.Text type="secondary" style={{ fontSize: 11, marginInlineStart: 4 }}>
                  {t('value.baselineYear', { year: v.year })}
                </Typography.Text>
              ) : null}
            </span>
          )}
          {/* The status under the value: one column less, so the table fits beside the map in either language. */}
          {showStatus && v.status ? <StatusTag status={v.status} /> : null}
        </Flex>
      ),
    },
  ];
  return (
    <Table<RegionValue>
      data-testid="region-values"
      rowKey={(v) => v.region.code}
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      title={() => <Typography.Text type="secondary">{caption}</Typography.Text>}
    />
  );
}
