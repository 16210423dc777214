/** Beside the chart: each tier's clusters and what they add up to, so the picture can be read in numbers. */
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatValue, type UnitLike } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { TierSummary } from './industry-data.ts';
import { industryNs } from './messages.ts';

export function TierSummaryList({ summaries, units }: { summaries: TierSummary[]; units: UnitLike[] }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <Flex vertical gap={12} data-testid="tier-summary">
      {summaries.map((s) => {
        const unit = unitOf(units, s.unit);
        return (
          <div key={s.tier.id}>
            <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
              {text(s.tier.name)}
              <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal', marginLeft: 6 }}>
                {t('tierSummary.clusters', { count: s.clusters.length })}
              </Typography.Text>
            </Typography.Title>
            <Typography.Text style={{ fontSize: 12 }}>{s.clusters.map((c) => text(c.name)).join(sep)}</Typography.Text>
            <div style={{ fontSize: 12, color: '#595959' }}>
              {s.target !== null ? `${t('col.target')} ${formatValue(s.target, unit, lang, 0)}` : t('value.qualitative')}
              {s.latest !== null ? ` · ${t('col.latest')} ${formatValue(s.latest, unit, lang, 0)}` : ''}
              {s.enterprises !== null ? ` · ${t('tooltip.enterprises', { count: s.enterprises, n: formatNumber(s.enterprises, lang) })}` : ''}
              {` · ${t('chain.projects', { count: s.projects })}`}
              {s.behind > 0 ? ` · ${t('tierSummary.behind', { n: s.behind })}` : ''}
            </div>
          </div>
        );
      })}
    </Flex>
  );
}
