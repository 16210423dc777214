/** One tier by city or county, or by cluster: each area's certified, candidates, near misses and missing data — a count opens its list. */
import { Flex, Segmented, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PipelineJson } from '../../api/types.ts';
import { visuallyHidden } from '../../components/visually-hidden.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { CountButton } from './CountButton.tsx';
import type { MemberCategory } from './enterprise-params.ts';
import { breakdownRows, type Breakdown, type BreakdownRow } from './funnel-data.ts';
import { enterprisesNs } from './messages.ts';

interface Props {
  pipeline: PipelineJson;
  tier: string;
  by: Breakdown;
  onTier: (tier: string) => void;
  onBy: (by: Breakdown) => void;
  onPick: (area: string, category: MemberCategory) => void;
}

export function PipelineBreakdown({ pipeline, tier, by, onTier, onBy, onPick }: Props) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
  const current = pipeline.tiers.find((x) => x.tier === tier) ?? pipeline.tiers[0];
  if (!current) return null;
  const rows = breakdownRows(current, by);
  const name = (r: BreakdownRow) => (r.name ? text(r.name) : t('funnel.noCluster'));
  const count = (r: BreakdownRow, key: keyof BreakdownRow['counts'], category: MemberCategory) => (
    <CountButton value={r.counts[key]} label={`${name(r)} · ${t(`category.${category}`)}: ${r.counts[key]}`} onClick={() => onPick(r.key, category)} />
  );
  const columns: ColumnsType<BreakdownRow> = [
    { key: 'name', title: by === 'region' ? t('common:filter.region') : t('common:filter.cluster'), render: (_, r) => name(r) },
    { key: 'certified', title: t('funnel.col.certified'), align: 'right', render: (_, r) => count(r, 'certified', 'certified') },
    { key: 'candidates', title: t('category.candidate'), align: 'right', render: (_, r) => count(r, 'candidates', 'candidate') },
    { key: 'near', title: t('funnel.col.nearMisses'), align: 'right', render: (_, r) => count(r, 'nearMisses', 'near-miss') },
    { key: 'incomplete', title: t('funnel.col.incomplete'), align: 'right', render: (_, r) => count(r, 'incomplete', 'incomplete') },
  ];
  return (
    <section aria-labelledby="breakdown-heading">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <h2 id="breakdown-heading" style={{ fontSize: 16, margin: 0 }}>
          {t('funnel.breakdown')}
        </h2>
        <Flex gap={8} wrap>
          <Select
            aria-label={t('funnel.tierSelect')}
            style={{ minWidth: 200 }}
            value={current.tier}
            onChange={onTier}
            options={pipeline.tiers.map((x) => ({ value: x.tier, label: text(x.name) }))}
            data-testid="breakdown-tier"
          />
          <Segmented<Breakdown>
            aria-label={t('funnel.breakdown')}
            value={by}
            onChange={onBy}
            options={[
              { value: 'region', label: t('funnel.byRegion') },
              { value: 'cluster', label: t('funnel.byCluster') },
            ]}
            data-testid="breakdown-by"
          />
        </Flex>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }}>
        {t('funnel.breakdownHint')}
      </Typography.Text>
      <Table<BreakdownRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        caption={<span style={visuallyHidden}>{`${text(current.name)} · ${by === 'region' ? t('funnel.byRegion') : t('funnel.byCluster')}`}</span>}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        data-testid="breakdown-table"
      />
    </section>
  );
}
