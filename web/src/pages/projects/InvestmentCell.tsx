/** The latest year's investment of a project: completed of planned, and the share as a bar with its number. */
import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../api/types.ts';
import { formatPct } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { formatInvestmentPair } from './format-investment.ts';
import { projectsNs } from './messages.ts';
import { completionPct } from './project-shape.ts';

export function InvestmentCell({ latest, compact = false }: { latest: ProjectSummary['latest']; compact?: boolean }) {
  const { t } = useTranslation(projectsNs);
  const { lang } = useLang();
  if (!latest || (latest.plannedInvestment === null && latest.completedInvestment === null)) {
    return <Typography.Text type="secondary">{t('investment.none')}</Typography.Text>;
  }
  const pct = completionPct(latest.plannedInvestment, latest.completedInvestment);
  const behind = pct !== null && pct < 60;
  return (
    <Flex vertical gap={0} style={{ minWidth: compact ? 0 : 180 }}>
      <Typography.Text style={{ fontSize: compact ? 12 : 13 }}>
        {t('investment.of', { year: latest.year, pair: formatInvestmentPair(latest.completedInvestment, latest.plannedInvestment, lang) })}
      </Typography.Text>
      {pct !== null ? (
        <Progress
          percent={Math.min(100, pct)}
          size="small"
          status={behind ? 'exception' : 'normal'}
          format={() => formatPct(pct, lang)}
          aria-label={formatPct(pct, lang)}
        />
      ) : null}
    </Flex>
  );
}
