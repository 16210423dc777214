/** The indicators file as a table: what a download of indicators.csv holds, readable on the page. */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanSummary, PublicIndicator } from '../../api/types.ts';
import { formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { openDataNs } from './messages.ts';

export function IndicatorPreview({ items, summary }: { items: PublicIndicator[]; summary: PlanSummary | undefined }) {
  const { t } = useTranslation(openDataNs);
  const { lang, text } = useLang();
  const categoryOf = (id: string) => summary?.categories.find((c) => c.id === id)?.name;
  const inYear = (y: number) => (lang === 'zh' ? `（${y}）` : ` (${y})`);

  return (
    <Table<PublicIndicator>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={false}
      data-testid="indicator-preview"
      caption={<Typography.Text type="secondary">{t('previewCaption', { count: items.length })}</Typography.Text>}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('preview.name'),
          key: 'name',
          render: (_, i) => <Link to={`/indicators/${encodeURIComponent(i.id)}`}>{text(i.name)}</Link>,
        },
        { title: t('preview.category'), dataIndex: 'category', width: 120, render: (c: string) => text(categoryOf(c)) || c },
        {
          title: t('preview.binding'),
          dataIndex: 'binding',
          width: 90,
          render: (binding: boolean) => (binding ? <Tag color="red">{t('binding')}</Tag> : <Tag>{t('indicative')}</Tag>),
        },
        {
          title: t('preview.baseline'),
          key: 'baseline',
          align: 'right',
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_, i) => (i.baseline ? `${formatValue(i.baseline.value, unitOf(summary?.units, i.unit), lang)}${inYear(i.baseline.year)}` : '—'),
        },
        {
          title: t('preview.target'),
          key: 'target',
          align: 'right',
          render: (_, i) =>
            i.target.value === null
              ? `${t(`kind.${i.target.kind}`)}${inYear(i.target.year)}`
              : `${t(`kind.${i.target.kind}`, { value: formatValue(i.target.value, unitOf(summary?.units, i.unit), lang) })}${inYear(i.target.year)}`,
        },
        {
          title: t('preview.latest'),
          key: 'latest',
          align: 'right',
          onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
          render: (_, i) =>
            i.latest ? (
              <span>
                {formatValue(i.latest.value, unitOf(summary?.units, i.unit), lang)}{inYear(i.latest.year)}{i.latest.isDemo ? <Tag color="orange" style={{ marginInlineStart: 4 }}>{t('demoTag')}</Tag> : null}
              </span>
            ) : (
              <Typography.Text type="secondary">{t('noLatest')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
