/** The indicator's chart (see indicator-chart-option.ts), in the reader's language and units. */
import { useTranslation } from 'react-i18next';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { displayNumber, displayUnit, formatNumber, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { assignedChartOption, indicatorChartOption, type ChartWords } from './indicator-chart-option.ts';
import { indicatorsNs } from './messages.ts';

function useChartWords(row: EvaluatedIndicator, unit: UnitLike | undefined): ChartWords {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang } = useLang();
  const axisUnit = displayUnit(unit, lang);
  return {
    observed: t('chart.observed'),
    baseline: t('chart.baseline'),
    required: t('chart.required'),
    stated: t('chart.stated'),
    projection: t('chart.projection'),
    interval: t('chart.interval'),
    target: t('chart.target'),
    assigned: t('chart.assigned'),
    display: (value) => displayNumber(value, unit, lang),
    format: (value) => formatValue(value, unit, lang),
    formatDisplayed: (value) => `${formatNumber(value, lang)}${axisUnit ? ` ${axisUnit}` : ''}`,
    axisUnit,
    color: STATUS_COLOR[row.status],
  };
}

export function IndicatorChart({ row, unit, baseYear, targetYear, name }: { row: EvaluatedIndicator; unit: UnitLike | undefined; baseYear: number; targetYear: number; name: string }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang } = useLang();
  const words = useChartWords(row, unit);
  const label = t('chart.label', {
    name,
    latest: row.latest ? `${row.latest.year} ${formatValue(row.latest.value, unit, lang)}` : t('noValue'),
    target: row.target.value === null ? '—' : `${row.target.year} ${formatValue(row.target.value, unit, lang)}`,
  });
  return <EChart testId="indicator-chart" label={label} option={indicatorChartOption(row, baseYear, targetYear, words)} height={440} />;
}

export function AssignedChart({ row, unit, name }: { row: EvaluatedIndicator; unit: UnitLike | undefined; name: string }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const words = useChartWords(row, unit);
  return <EChart testId="indicator-chart" label={t('chart.assignedLabel', { name })} option={assignedChartOption(row, words)} height={380} />;
}
