/**
 * 总览 — what a provincial analyst opens every morning: the headline targets and whether the
 * task keeps pace with the time, how many indicators stand at each status, what needs
 * attention, the 345X system and the three poles at a glance, and every indicator as a card.
 * Anonymous readers of the public portal see the published evaluation without the internal
 * alerts and without the report.
 */
import { DesktopOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { asFullEvaluation } from '../../api/evaluation-reading.ts';
import { useEvaluation, usePlanClusters, usePlanIndicators, usePlanSummary } from '../../api/queries.ts';
import { can } from '../../app/abilities.ts';
import { useEvaluationView, useViewQuery, type EvaluationView } from '../../app/evaluation-view.ts';
import { useSession } from '../../app/session.tsx';
import { EvaluationControls } from '../../components/EvaluationControls.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { AlertsPanel } from './AlertsPanel.tsx';
import '../../components/tags-wrap.css';
import { headlineRows, pendingCount } from './cockpit-model.ts';
import { HeadlineCard } from './HeadlineCard.tsx';
import { IndicatorCardGrid } from './IndicatorCardGrid.tsx';
import { IndustryStrip } from './IndustryStrip.tsx';
import { cockpitNs } from './messages.ts';
import { PolesMiniMap } from './PolesMiniMap.tsx';
import { ReportButton } from './ReportButton.tsx';
import { StatusDistributionCard } from './StatusDistribution.tsx';

function CockpitBody({ view, year }: { view: EvaluationView; year: number }) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { user } = useSession();
  const viewQuery = useViewQuery();
  const plan = usePlanSummary();
  const indicators = usePlanIndicators();
  const clusters = usePlanClusters();
  const evaluation = useEvaluation({ year, includePending: view.includePending, publicPortal: view.anonymous });
  const readsAll = can(user, 'see-all-data');

  return (
    <QueryState query={evaluation}>
      {(document) => {
        const full = asFullEvaluation(document);
        const summary = plan.data;
        if (!summary) return null;
        const heads = headlineRows(summary, indicators.data ?? [], full.indicators);
        const pending = view.includePending ? pendingCount(full.indicators) : 0;
        const tolerance = full.settings.scheduleTolerancePct;
        const total = heads[0];
        return (
          <>
            {view.includePending ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={pending === 0 ? t('pendingNone') : t('pendingBanner', { count: pending })} /> : null}
            <section aria-label={t('headline.section')}>
              <Row gutter={[16, 16]}>
                {heads.map((row) => (
                  <Col key={row.id} xs={24} xl={12}>
                    <HeadlineCard row={row} unit={unitOf(summary.units, row.unit)} tolerancePct={tolerance} viewQuery={viewQuery} />
                  </Col>
                ))}
              </Row>
            </section>
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={14}>
                <StatusDistributionCard
                  byStatus={full.summary.byStatus}
                  bySchedule={full.summary.bySchedule}
                  total={full.summary.indicators}
                  year={full.year}
                  targetYear={full.targetYear}
                  viewQuery={viewQuery}
                />
              </Col>
              <Col xs={24} xl={10}>
                <AlertsPanel evaluation={full} viewQuery={viewQuery} anonymous={view.anonymous} />
              </Col>
            </Row>
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={16}>
                <IndustryStrip plan={summary} clusters={clusters.data ?? []} rows={full.indicators} linkable={readsAll} />
              </Col>
              <Col xs={24} xl={8}>
                <PolesMiniMap
                  regional={total ? full.regional.filter((r) => r.id === total.id) : []}
                  unit={total ? unitOf(summary.units, total.unit) : undefined}
                  linkable={readsAll}
                />
              </Col>
            </Row>
            <div style={{ marginTop: 16 }}>
              <IndicatorCardGrid rows={full.indicators} plan={summary} viewQuery={viewQuery} />
            </div>
          </>
        );
      }}
    </QueryState>
  );
}

export function CockpitPage() {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { text } = useLang();
  const { user } = useSession();
  const view = useEvaluationView();
  const plan = usePlanSummary();
  const viewQuery = useViewQuery();
  const navigate = useNavigate();
  const year = view.year;
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={plan.data ? t('subtitle', { plan: text(plan.data.title), year: year ?? '' }) : undefined}
        extra={
          <>
            <EvaluationControls view={view} />
            {!view.anonymous && year !== undefined ? <ReportButton year={year} includePending={view.includePending} /> : null}
            {view.anonymous || can(user, 'see-all-data') ? (
              <Button icon={<DesktopOutlined />} onClick={() => void navigate(`/big-screen${viewQuery}`)} data-testid="open-big-screen">
                {t('common:nav.bigScreen')}
              </Button>
            ) : null}
          </>
        }
      />
      {year === undefined ? <QueryState query={{ data: undefined, error: null, isPending: true, refetch: () => undefined }}>{() => null}</QueryState> : <CockpitBody view={view} year={year} />}
    </>
  );
}
