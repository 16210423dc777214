/** Every tier in a row: the rules applied (and whether they are still to verify), certified, candidates, near misses, missing data. */
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../api/text.ts';
import type { PipelineJson } from '../../api/types.ts';
import { visuallyHidden } from '../../components/visually-hidden.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { CountButton } from './CountButton.tsx';
import type { MemberCategory } from './enterprise-params.ts';
import { enterprisesNs } from './messages.ts';

type Tier = PipelineJson['tiers'][number];

export function PipelineTierTable({ pipeline, onPick }: { pipeline: PipelineJson; onPick: (tier: string, category: MemberCategory) => void }) {
  const { t } = useTranslation(enterprisesNs);
  const { text, lang } = useLang();
  const count = (tier: Tier, key: keyof Tier['total'], category: MemberCategory) => (
    <CountButton
      value={tier.total[key]}
      label={`${text(tier.name)} · ${t(`category.${category}`)}: ${tier.total[key]}`}
      onClick={() => onPick(tier.tier, category)}
      testId={`count-${tier.tier}-${category}`}
    />
  );
  const columns: ColumnsType<Tier> = [
    { key: 'tier', title: t('funnel.col.tier'), render: (_, tier) => <Typography.Text strong>{text(tier.name)}</Typography.Text> },
    {
      key: 'rules',
      title: t('funnel.col.ruleSet'),
      render: (_, tier) => {
        const rules = tier.ruleSet as null | { name: Text; document: string };
        if (!rules) return <Typography.Text type="secondary">{t('funnel.noRuleSet')}</Typography.Text>;
        return (
          <span>
            {text(rules.name)} <Typography.Text type="secondary">{rules.document}</Typography.Text>
            {tier.unverified ? (
              <Tooltip title={t('funnel.unverifiedHint')}>
                <Tag color="warning" style={{ marginLeft: 4 }}>
                  {t('funnel.unverified')}
                </Tag>
              </Tooltip>
            ) : null}
          </span>
        );
      },
    },
    { key: 'certified', title: t('funnel.col.certified'), align: 'right', width: 90, render: (_, tier) => count(tier, 'certified', 'certified') },
    {
      key: 'candidates',
      title: t('funnel.col.candidates'),
      align: 'right',
      width: 150,
      render: (_, tier) => (
        <span>
          {count(tier, 'candidates', 'candidate')}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('funnel.col.confirmed')}
            {lang === 'zh' ? '：' : ': '}
            {tier.total.confirmed}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'near', title: t('funnel.col.nearMisses'), align: 'right', width: 110, render: (_, tier) => count(tier, 'nearMisses', 'near-miss') },
    { key: 'incomplete', title: t('funnel.col.incomplete'), align: 'right', width: 120, render: (_, tier) => count(tier, 'incomplete', 'incomplete') },
  ];
  return (
    <>
      <Table<Tier>
        rowKey="tier"
        size="small"
        columns={columns}
        dataSource={pipeline.tiers}
        pagination={false}
        caption={<span style={visuallyHidden}>{t('funnel.table')}</span>}
        data-testid="pipeline-tiers"
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 16px' }}>
        {t('funnel.legend')}
      </Typography.Paragraph>
    </>
  );
}
