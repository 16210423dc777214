/**
 * One indicator: its chart (observations, baseline, required path, projection with its 80 %
 * interval, target), the verdict in words with the method behind it, the numbers that make
 * it, the plan's own sentence, the breakdown by region and every value recorded. An
 * assigned target (完成下达目标) shows its years met or not met instead of a path.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiGet } from '../../api/client.ts';
import { asFullEvaluation } from '../../api/evaluation-reading.ts';
import { useEvaluation, usePlanSummary } from '../../api/queries.ts';
import type { PlanIndicator, PlanSummary } from '../../api/types.ts';
import { useEvaluationView, useViewQuery, type EvaluationView } from '../../app/evaluation-view.ts';
import { EvaluationControls } from '../../components/EvaluationControls.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ScheduleTag, StatusTag } from '../../components/StatusTag.tsx';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { AssignedYears } from './AssignedYears.tsx';
import { AssignedChart, IndicatorChart } from './IndicatorChart.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { indicatorsNs } from './messages.ts';
import '../../components/tags-wrap.css';
import { MethodDrawer } from './MethodDrawer.tsx';
import { PlanSource } from './PlanSource.tsx';
import { RegionalBreakdown } from './RegionalBreakdown.tsx';
import { ValueHistory } from './ValueHistory.tsx';

function IndicatorBody({ indicator, plan, view, year }: { indicator: PlanIndicator; plan: PlanSummary; view: EvaluationView; year: number }) {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { text } = useLang();
  const evaluation = useEvaluation({ year, includePending: view.includePending, publicPortal: view.anonymous });
  const unit = unitOf(plan.units, indicator.unit);
  const name = text(indicator.name);
  const seriesName = (id: string) => text(plan.statistics.find((s) => s.id === id)?.name) || id;

  return (
    <QueryState query={evaluation}>
      {(document) => {
        const full = asFullEvaluation(document);
        const row = full.indicators.find((r) => r.id === indicator.id);
        if (!row) return <Alert type="warning" showIcon title={t('page.notEvaluated')} />;
        const findings = full.findings.filter((f) => f.indicatorId === indicator.id);
        return (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={15}>
                <Card title={row.assigned ? t('page.assignedChart') : t('page.chart')} style={{ height: '100%' }}>
                  {row.assigned ? (
                    <AssignedChart row={row} unit={unit} name={name} />
                  ) : (
                    <IndicatorChart row={row} unit={unit} baseYear={full.baseYear} targetYear={full.targetYear} name={name} />
                  )}
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                    {row.assigned ? t('chart.assignedNote') : t('chart.note')}
                  </Typography.Paragraph>
                </Card>
              </Col>
              <Col xs={24} xl={9}>
                <Card title={t('page.verdict', { year: full.year })} extra={<MethodDrawer settings={full.settings} />} style={{ height: '100%' }} data-testid="verdict">
                  <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
                    <StatusTag status={row.status} />
                    <ScheduleTag schedule={row.schedule} latestYear={row.latest?.year ?? null} targetYear={row.target.year} />
                  </Space>
                  <Typography.Paragraph style={{ fontSize: 15 }} data-testid="explanation">
                    {text(row.explanation)}
                  </Typography.Paragraph>
                  {row.statusReason ? <Typography.Paragraph type="secondary">{t('page.reason', { reason: text(row.statusReason) })}</Typography.Paragraph> : null}
                  {findings.map((f) => (
                    <Alert key={`${f.code}-${f.region ?? ''}-${f.year ?? ''}`} type="info" showIcon style={{ marginBottom: 8 }} title={text(f.message)} />
                  ))}
                  <KeyFigures row={row} unit={unit} />
                </Card>
              </Col>
            </Row>
            {row.assigned ? (
              <Card>
                <AssignedYears row={row} unit={unit} />
              </Card>
            ) : null}
            <Card title={t('page.plan')}>
              <PlanSource indicator={indicator} plan={plan} seriesName={seriesName} />
            </Card>
            <Card title={t('page.regional', { year: full.year })} className="tags-wrap">
              <RegionalBreakdown evaluation={full} indicatorId={indicator.id} unit={unit} name={name} />
            </Card>
            <Card title={t('page.history')}>
              <ValueHistory indicator={indicator} plan={plan} />
            </Card>
          </Space>
        );
      }}
    </QueryState>
  );
}

export function IndicatorPage() {
  const { t } = useTranslation([indicatorsNs, 'common']);
  const { text } = useLang();
  const { id = '' } = useParams();
  const view = useEvaluationView();
  const viewQuery = useViewQuery();
  const plan = usePlanSummary();
  const indicator = useQuery({
    queryKey: ['plan', 'indicators', id],
    queryFn: () => apiGet<PlanIndicator>(`/api/plan/indicators/${encodeURIComponent(id)}`),
    staleTime: 60 * 60_000,
  });
  const data = indicator.data;
  const summary = plan.data;
  const category = data && summary ? text(summary.categories.find((c) => c.id === data.category)?.name) : '';
  return (
    <>
      <PageHeader
        title={data ? text(data.name) : t('page.title')}
        back={
          <Link to={`/indicators${viewQuery}`} style={{ display: 'inline-block', marginBottom: 4 }}>
            <ArrowLeftOutlined /> {t('page.back')}
          </Link>
        }
        subtitle={
          data ? (
            <Space size={6} wrap>
              <span>{category}</span>
              <Tag>{data.binding ? t('binding') : t('expected')}</Tag>
              {data.table ? <span>{t('source.tableRow', { ref: data.table.ref, row: data.table.row })}</span> : null}
            </Space>
          ) : undefined
        }
        extra={<EvaluationControls view={view} />}
      />
      <QueryState query={indicator}>
        {(found) => (
          <QueryState query={plan}>{(summaryData) => (view.year === undefined ? null : <IndicatorBody indicator={found} plan={summaryData} view={view} year={view.year} />)}</QueryState>
        )}
      </QueryState>
    </>
  );
}
