/**
 * Where the cluster stands against its 2030 target: the key figures, the statuses, the
 * evaluation's own explanation, and the chart of its revenue indicator with the required
 * path. A cluster with a qualitative goal only says so.
 */
import { Alert, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { latestObserved } from '../../api/evaluation-reading.ts';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { planYears } from '../../app/plan-years.ts';
import { EChart } from '../../components/EChart.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { displayNumber, displayUnit, formatNumber, formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { industryNs } from './messages.ts';
import { progressChartOption } from './progress-chart-option.ts';

interface Props {
  evaluated: EvaluatedIndicator | undefined;
  unit: UnitLike | undefined;
  baseYear: number;
  targetYear: number;
}

export function ClusterProgressCard({ evaluated, unit, baseYear, targetYear }: Props) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const option = useMemo(() => {
    if (!evaluated) return null;
    const target = evaluated.target.value === null ? null : { year: evaluated.target.year, value: evaluated.target.value };
    return progressChartOption(
      { years: planYears(baseYear, Math.max(targetYear, evaluated.target.year)), actual: evaluated.series, required: evaluated.path.required, target },
      {
        actual: t('progress.actual'),
        path: t('progress.path'),
        target: t('progress.targetLine', { year: evaluated.target.year }),
        unit: displayUnit(unit, lang),
        format: (v) => formatValue(v, unit, lang),
        tick: (v) => formatNumber(displayNumber(v, unit, lang), lang, 0),
      },
    );
  }, [evaluated, unit, baseYear, targetYear, t, lang]);

  if (!evaluated || !option) {
    return (
      <Card title={<SectionTitle>{t('progress.title')}</SectionTitle>}>
        <Alert type="info" showIcon title={t('progress.noIndicator')} data-testid="no-indicator" />
      </Card>
    );
  }
  const latest = latestObserved(evaluated);
  return (
    <Card
      title={<SectionTitle>{t('progress.title')}</SectionTitle>}
      extra={<Link to={`/indicators/${evaluated.id}`}>{t('progress.open')}</Link>}
      data-testid="cluster-progress"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('progress.indicator')}
        {t('colon')}
        {text(evaluated.name)}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Statistic title={t('progress.target', { year: evaluated.target.year })} value={formatValue(evaluated.target.value, unit, lang, 0)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic
            title={latest ? t(latest.baseline ? 'progress.baseline' : 'progress.latest', { year: latest.year }) : t('col.latest')}
            value={latest ? formatValue(latest.value, unit, lang) : '—'}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t('progress.completion')} value={formatPct(evaluated.completionPct, lang)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t('progress.required')} value={formatPct(evaluated.requiredGrowthPct, lang)} />
        </Col>
      </Row>
      <Flex gap={8} wrap style={{ margin: '12px 0' }}>
        <StatusTag status={evaluated.status} />
        <ScheduleTag schedule={evaluated.schedule} latestYear={evaluated.latest?.year ?? null} targetYear={evaluated.target.year} />
      </Flex>
      <Typography.Paragraph>{text(evaluated.explanation)}</Typography.Paragraph>
      <EChart testId="cluster-progress-chart" label={t('progress.chartLabel', { name: text(evaluated.name), year: evaluated.target.year })} option={option} height={300} />
    </Card>
  );
}
