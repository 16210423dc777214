/**
 * One headline target (高新技术产业营收 toward 1万亿元, 增加值占GDP 20%): where it stands,
 * the target, and the two bars every mid-term review compares — the share of the way to
 * the target against the share of the period elapsed (时间过半、任务过半?).
 */
import { Card, Flex, Progress, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { STATUS_COLOR } from '../../components/status-style.ts';
import { barPercent, targetText } from '../../format/indicator-format.ts';
import { formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { pace } from './cockpit-model.ts';
import { cockpitNs } from './messages.ts';

export function HeadlineCard({ row, unit, tolerancePct, viewQuery }: { row: EvaluatedIndicator; unit: UnitLike | undefined; tolerancePct: number; viewQuery: string }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang, text } = useLang();
  const verdict = pace(row, tolerancePct);
  const color = STATUS_COLOR[row.status];
  const projection = row.projection;
  return (
    <Card
      data-testid="headline-card"
      title={
        <Link to={`/indicators/${row.id}${viewQuery}`} style={{ whiteSpace: 'normal' }}>
          {text(row.name)}
        </Link>
      }
      extra={
        <Space size={4} wrap>
          <StatusTag status={row.status} />
          <ScheduleTag schedule={row.schedule} latestYear={row.latest?.year ?? null} targetYear={row.target.year} />
        </Space>
      }
      style={{ height: '100%' }}
    >
      <Flex gap={32} wrap align="flex-end">
        <Statistic
          title={row.latest ? t('headline.latestIn', { year: row.latest.year }) : t('common:field.latest')}
          value={formatValue(row.latest?.value, unit, lang)}
          styles={{ content: { fontSize: 30, fontWeight: 600 } }}
          suffix={row.latest?.pending ? <Tag color="orange">{t('pending')}</Tag> : null}
        />
        <Statistic
          title={t('headline.targetIn', { year: row.target.year })}
          value={targetText(row.target.value, row.target.kind, unit, lang)}
          styles={{ content: { fontSize: 20 } }}
        />
      </Flex>

      <div style={{ marginTop: 16 }} role="group" aria-label={t('headline.paceLabel')}>
        <Flex justify="space-between">
          <Typography.Text>{t('headline.taskDone')}</Typography.Text>
          <Typography.Text strong>{formatPct(row.completionPct, lang)}</Typography.Text>
        </Flex>
        <Progress percent={barPercent(row.completionPct)} showInfo={false} strokeColor={color} aria-label={t('headline.taskDone')} />
        <Flex justify="space-between">
          <Typography.Text>{t('headline.timeElapsed')}</Typography.Text>
          <Typography.Text strong>{formatPct(row.timeElapsedPct, lang)}</Typography.Text>
        </Flex>
        <Progress percent={barPercent(row.timeElapsedPct)} showInfo={false} strokeColor="#8c8c8c" aria-label={t('headline.timeElapsed')} />
        <Typography.Paragraph style={{ margin: '8px 0 0' }} data-testid="headline-pace">
          <Typography.Text strong>{t(`pace.${verdict}`)}</Typography.Text>
        </Typography.Paragraph>
      </div>

      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {row.requiredGrowthPct !== null && row.latest
          ? t('headline.required', {
              from: row.latest.year + 1,
              to: row.target.year,
              required: formatPct(row.requiredGrowthPct, lang, 2),
              actual: formatPct(row.cagrActualPct, lang, 2),
            })
          : null}{' '}
        {projection
          ? t(projection.likelyMet ? 'headline.projectionMet' : 'headline.projectionMissed', {
              year: projection.year,
              value: formatValue(projection.value, unit, lang),
              range:
                projection.low !== null && projection.high !== null
                  ? t('headline.interval', { low: formatValue(projection.low, unit, lang), high: formatValue(projection.high, unit, lang) })
                  : '',
            })
          : null}
      </Typography.Paragraph>
    </Card>
  );
}
