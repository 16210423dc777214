/** The chart's colours in words: one swatch, icon-free word per cluster status shown. */
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { progressLabels } from '../../../../src/evaluation/statuses.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { statusColor } from './industry-chart-option.ts';
import type { ClusterStatus } from './industry-data.ts';
import { industryNs } from './messages.ts';

export function StatusLegend({ statuses }: { statuses: readonly ClusterStatus[] }) {
  const { t } = useTranslation([industryNs, 'common']);
  const { text } = useLang();
  return (
    <div data-testid="status-legend">
      <Typography.Text strong style={{ fontSize: 12 }}>
        {t('legend.title')}
      </Typography.Text>
      <Flex component="ul" wrap gap="4px 14px" style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
        {statuses.map((s) => (
          <Flex component="li" key={s} align="center" gap={6} style={{ fontSize: 12 }}>
            <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: statusColor(s), display: 'inline-block' }} />
            {s === 'no_indicator' ? t('legend.no_indicator') : text(progressLabels[s])}
          </Flex>
        ))}
      </Flex>
    </div>
  );
}
