/**
 * What the plan itself says: the target's sentence and the table row it stands in, quoted
 * verbatim with their references (source.ref), the stated or derived baseline and how it was
 * obtained, how the value is measured, and the plan's note.
 */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanIndicator, PlanSummary } from '../../api/types.ts';
import { formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { isTierId, tierNames } from '../../../../src/cultivation/tiers.ts';
import { indicatorsNs } from './messages.ts';

function Quote({ quote, reference }: { quote: string; reference: string }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  return (
    <span>
      <Typography.Text lang="zh-CN" strong data-testid="plan-quote">
        「{quote}」
      </Typography.Text>{' '}
      <Typography.Text type="secondary">{t('source.ref', { ref: reference })}</Typography.Text>
    </span>
  );
}

export function PlanSource({ indicator, plan, seriesName }: { indicator: PlanIndicator; plan: PlanSummary; seriesName: (id: string) => string }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang, text } = useLang();
  const unit = unitOf(plan.units, indicator.unit);
  const measurement = indicator.measurement;
  const items = [
    ...(indicator.target.source
      ? [{ key: 'target', label: t('source.target'), children: <Quote quote={indicator.target.source.quote} reference={indicator.target.source.ref} /> }]
      : []),
    {
      key: 'table',
      label: indicator.table ? t('source.tableRow', { ref: indicator.table.ref, row: indicator.table.row }) : t('source.text'),
      children: <Quote quote={indicator.source.quote} reference={indicator.source.ref} />,
    },
    ...(indicator.baseline
      ? [
          {
            key: 'baseline',
            label: t('source.baseline'),
            children: (
              <span>
                {formatValue(indicator.baseline.value, unit, lang)} {t('inYear', { year: indicator.baseline.year })} · {text(indicator.baseline.method)}
                {indicator.baseline.source ? (
                  <>
                    {' '}
                    <Quote quote={indicator.baseline.source.quote} reference={indicator.baseline.source.ref} />
                  </>
                ) : null}
              </span>
            ),
          },
        ]
      : []),
    ...(indicator.annualGrowthPct !== null
      ? [{ key: 'growth', label: t('source.statedGrowth'), children: `${indicator.annualGrowthPct}%` }]
      : []),
    {
      key: 'measurement',
      label: t('source.measurement'),
      children:
        measurement.kind === 'ratio'
          ? t('source.ratio', { numerator: seriesName(measurement.numerator), denominator: seriesName(measurement.denominator), scale: measurement.scale })
          : measurement.kind === 'enterprise_count'
            ? t(measurement.cumulative ? 'source.countCumulative' : 'source.count', { certification: isTierId(measurement.certification) ? text(tierNames[measurement.certification]) : measurement.certification, aboveSize: measurement.aboveSizeOnly ? t('source.aboveSize') : '' })
            : t('source.direct'),
    },
    { key: 'nature', label: t('source.nature'), children: indicator.binding ? t('binding') : t('expected') },
    ...(indicator.note ? [{ key: 'note', label: t('source.note'), children: text(indicator.note) }] : []),
  ];
  return <Descriptions size="small" column={1} bordered items={items} styles={{ label: { width: 170 } }} data-testid="plan-source" />;
}
