/**
 * The numbers behind the status, each named as the methodology names it: baseline (and
 * where it comes from), latest value, target, completion against time elapsed, growth
 * achieved against growth required (and their ratio R), the required path's value this year
 * and the gap to it, the growth the remaining years need, and the projection.
 */
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { signedPct, targetText } from '../../format/indicator-format.ts';
import { formatNumber, formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { indicatorsNs } from './messages.ts';

export function KeyFigures({ row, unit }: { row: EvaluatedIndicator; unit: UnitLike | undefined }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { lang } = useLang();
  const value = (v: number | null | undefined) => formatValue(v, unit, lang);
  const projection = row.projection;
  const items = [
    {
      key: 'baseline',
      label: t('common:field.baseline'),
      children: row.baseline ? (
        <>
          {t('withYear', { value: value(row.baseline.value), year: row.baseline.year })} <Tag>{t(`baselineSource.${row.baseline.source}`)}</Tag>
        </>
      ) : (
        '—'
      ),
    },
    {
      key: 'latest',
      label: t('common:field.latest'),
      children: row.latest ? (
        <>
          {t('withYear', { value: value(row.latest.value), year: row.latest.year })}
          {row.latest.origin === 'computed' ? <Tag style={{ marginLeft: 4 }}>{t('computed')}</Tag> : null}
          {row.latest.pending ? <Tag color="orange">{t('pending')}</Tag> : null}
        </>
      ) : (
        t('noValue')
      ),
    },
    {
      key: 'target',
      label: t('common:field.target'),
      children:
        row.target.kind === 'assigned'
          ? targetText(row.target.value, row.target.kind, unit, lang)
          : t('withYear', { value: targetText(row.target.value, row.target.kind, unit, lang), year: row.target.year }),
    },
    {
      key: 'completion',
      label: t('figures.completion'),
      children: t('figures.completionValue', { completion: formatPct(row.completionPct, lang), time: formatPct(row.timeElapsedPct, lang) }),
    },
    {
      key: 'growth',
      label: t('figures.growth'),
      children:
        row.cagrActualPct === null && row.cagrRequiredPct === null
          ? '—'
          : t('figures.growthValue', { actual: formatPct(row.cagrActualPct, lang, 2), required: formatPct(row.cagrRequiredPct, lang, 2), ratio: formatNumber(row.ratio, lang, 3) }),
    },
    {
      key: 'path',
      label: t('figures.path'),
      children: row.expectedValue === null ? '—' : t('figures.pathValue', { expected: value(row.expectedValue), gap: signedPct(row.scheduleGapPct, lang, 2) }),
    },
    {
      key: 'remaining',
      label: t('figures.remaining'),
      children: row.requiredGrowthPct === null || !row.latest ? '—' : t('figures.remainingValue', { pct: formatPct(row.requiredGrowthPct, lang, 2), from: row.latest.year + 1, to: row.target.year }),
    },
    {
      key: 'projection',
      label: t('figures.projection', { year: projection?.year ?? row.target.year }),
      children: projection ? (
        <>
          {value(projection.value)}
          {projection.low !== null && projection.high !== null ? ` ${t('figures.interval', { low: value(projection.low), high: value(projection.high) })}` : ''}{' '}
          <Tag color={projection.likelyMet ? 'success' : 'error'}>{t(projection.likelyMet ? 'list.likelyMet' : 'list.likelyMissed')}</Tag>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`figures.method.${projection.method}`, { points: projection.points })}
            {projection.shortfall !== null ? ` · ${t('figures.shortfall', { value: value(projection.shortfall), pct: formatPct(projection.shortfallPct, lang) })}` : ''}
          </Typography.Text>
        </>
      ) : (
        '—'
      ),
    },
  ];
  // An assigned target has no baseline, path or projection: only what it has is listed.
  const assignedKeys = ['latest', 'target', 'assigned'];
  const assigned = row.assigned;
  const shown = assigned
    ? [
        ...items.filter((item) => assignedKeys.includes(item.key)),
        {
          key: 'assigned',
          label: t('figures.assigned'),
          children: t('figures.assignedValue', { met: assigned.met, notMet: assigned.notMet, years: assigned.met + assigned.notMet }),
        },
      ]
    : items;
  return <Descriptions size="small" column={1} bordered items={shown} styles={{ label: { width: 150 } }} data-testid="key-figures" />;
}
