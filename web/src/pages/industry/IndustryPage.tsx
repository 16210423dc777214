/**
 * 产业体系: the plan's tiers → clusters → segments as a sunburst or treemap sized by the
 * chosen measure and coloured by progress, key figures, and every cluster in a table. The
 * year, the measure and the chart kind are kept in the address.
 */
import { Card, Col, Flex, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustryStructure, useYearEvaluation } from '../../api/industry-queries.ts';
import { usePlanClusters, usePlanProjects, usePlanSummary } from '../../api/queries.ts';
import { usePageYear } from '../../app/page-year.ts';
import { useSearchChoice } from '../../app/search-choice.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { formatNumber } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { ClusterTable } from './ClusterTable.tsx';
import { IndustryChartCard } from './IndustryChartCard.tsx';
import { CHART_KINDS } from './industry-chart-option.ts';
import { clusterRows, MEASURES, sortByPlan } from './industry-data.ts';
import { industryNs } from './messages.ts';

export function IndustryPage() {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const { year, years, setYear } = usePageYear();
  const [measure, setMeasure] = useSearchChoice('measure', MEASURES, 'target');
  const [kind, setKind] = useSearchChoice('chart', CHART_KINDS, 'sunburst');
  const summary = usePlanSummary();
  const clusters = usePlanClusters();
  const projects = usePlanProjects();
  const evaluation = useYearEvaluation(year);
  const structure = useIndustryStructure(year);

  const evaluated = evaluation.data?.indicators;
  const rows = useMemo(
    () => (summary.data && clusters.data && evaluated ? sortByPlan(clusterRows(clusters.data, summary.data.tiers, evaluated, structure.data, projects.data ?? [])) : []),
    [summary.data, clusters.data, evaluated, structure.data, projects.data],
  );

  const plan = summary.data;
  const subtitle = plan
    ? t('subtitle', {
        name: plan.industrySystem ? text(plan.industrySystem.name) : t('title'),
        tiers: plan.tiers.length,
        clusters: plan.counts.clusters,
        segments: plan.counts.segments,
      })
    : undefined;
  const behind = rows.filter((r) => r.schedule === 'behind').length;
  // One state for what the page cannot show without: the plan and the evaluation (the registry may follow).
  const ready = {
    data: plan && clusters.data && evaluated && year !== undefined ? { plan, clusterList: clusters.data, year } : undefined,
    error: summary.error ?? clusters.error ?? evaluation.error,
    isPending: summary.isPending || clusters.isPending || evaluation.isPending,
    refetch: () => void evaluation.refetch(),
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={subtitle} extra={<YearSelect year={year} years={years} onChange={setYear} />} />
      <QueryState query={ready}>
        {({ plan, clusterList, year }) => (
          <Flex vertical gap={16}>
            <Row gutter={[16, 16]}>
              {[
                ['stats.tiers', plan.tiers.length],
                ['stats.clusters', plan.counts.clusters],
                ['stats.segments', plan.counts.segments],
                ['stats.projects', plan.counts.projects],
                ['stats.enterprises', structure.data?.enterprises ?? null],
                ['stats.behind', behind],
              ].map(([key, value]) => (
                <Col key={key as string} xs={12} md={8} xl={4}>
                  <Card size="small">
                    <Statistic title={t(key as string)} value={value === null ? '—' : formatNumber(value as number, lang)} />
                  </Card>
                </Col>
              ))}
            </Row>
            {structure.error ? <ErrorAlert error={structure.error} onRetry={() => void structure.refetch()} /> : null}
            <IndustryChartCard
              rows={rows}
              clusters={clusterList}
              tiers={plan.tiers}
              structure={structure.data}
              units={plan.units}
              measure={measure}
              onMeasure={setMeasure}
              kind={kind}
              onKind={setKind}
              year={year}
            />
            <ClusterTable rows={rows} units={plan.units} year={year} targetYear={plan.targetYear} />
            {structure.data ? (
              <Card size="small" style={{ fontSize: 12, color: '#595959' }}>
                {t('registry.note', { enterprises: formatNumber(structure.data.enterprises, lang), year: structure.data.year ?? '—' })}{' '}
                {structure.data.demoEnterprises > 0 ? t('registry.demo', { count: formatNumber(structure.data.demoEnterprises, lang) }) : null}
              </Card>
            ) : null}
          </Flex>
        )}
      </QueryState>
    </>
  );
}
