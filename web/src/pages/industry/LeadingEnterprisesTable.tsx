/** The cluster's largest enterprises by the year's revenue, each linking to its page. */
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanCluster, PlanRegion, RankedEnterprise } from '../../api/types.ts';
import { certificationName } from '../../format/certificate-names.ts';
import { formatWan } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { industryNs } from './messages.ts';

export function LeadingEnterprisesTable({ items, cluster, regions, caption }: { items: RankedEnterprise[]; cluster: PlanCluster; regions: PlanRegion[]; caption: string }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const sep = lang === 'zh' ? '、' : ', ';
  const columns: ColumnsType<RankedEnterprise> = [
    { title: t('col.rank'), key: 'rank', width: 64, align: 'right', render: (_, __, i) => i + 1 },
    {
      title: t('col.enterprise'),
      key: 'name',
      render: (_, e) => (
        <span>
          <Link to={`/enterprises/${e.creditCode}`}>{e.name}</Link>
          {e.isDemo ? (
            <Tag color="orange" style={{ marginInlineStart: 6 }}>
              {t('demo')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { title: t('col.region'), key: 'region', render: (_, e) => text(regions.find((r) => r.code === e.regionCode)?.name) || e.regionCode },
    {
      title: t('col.segment'),
      key: 'segments',
      render: (_, e) =>
        cluster.segments
          .filter((s) => e.segments.includes(s.id))
          .map((s) => text(s.name))
          .join(sep) || '—',
    },
    { title: t('col.revenue'), key: 'revenue', align: 'right', render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatWan(e.revenue, lang)}</span> },
    {
      title: t('col.tiers'),
      key: 'tiers',
      render: (_, e) => (
        <span>
          {e.tiers.map((k) => (
            <Tag key={k} style={{ marginBottom: 2 }}>
              {text(certificationName(k))}
            </Tag>
          ))}
        </span>
      ),
    },
  ];
  return (
    <Table<RankedEnterprise>
      data-testid="leading-enterprises"
      rowKey="creditCode"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 800 }}
      title={() => <Typography.Text type="secondary">{caption}</Typography.Text>}
    />
  );
}
