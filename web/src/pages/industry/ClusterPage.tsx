/**
 * One industry cluster (/industry/clusters/:id): what the plan says of it, its target and
 * progress, its chain with the 补链 candidates, its key projects, its leading enterprises and
 * the products the plan names. The year is the page's (?year=), as on the industry page.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Result, Row, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useIndustryCluster, useProjectList, useYearEvaluation } from '../../api/industry-queries.ts';
import { usePlanClusters, usePlanParks, usePlanPoles, usePlanRegions, usePlanSummary } from '../../api/queries.ts';
import { usePageYear } from '../../app/page-year.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProjectProgressTable } from '../../components/ProjectProgressTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { formatNumber } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { chainLayout } from './chain.ts';
import { ChainView } from './ChainView.tsx';
import { ClusterProgressCard } from './ClusterProgressCard.tsx';
import { LeadingEnterprisesTable } from './LeadingEnterprisesTable.tsx';
import { industryNs } from './messages.ts';
import { PlanStatementCard } from './PlanStatementCard.tsx';
import { ProductsCard } from './ProductsCard.tsx';

export function ClusterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const { year, years, setYear } = usePageYear();
  const summary = usePlanSummary();
  const clusters = usePlanClusters();
  const regions = usePlanRegions();
  const poles = usePlanPoles();
  const parks = usePlanParks();
  const evaluation = useYearEvaluation(year);
  const cluster = clusters.data?.find((c) => c.id === id);
  const registry = useIndustryCluster(id, year, cluster !== undefined);
  const projects = useProjectList();

  const evaluated = evaluation.data?.indicators.find((i) => i.id === cluster?.indicatorId);
  const ownProjects = useMemo(() => (projects.data ?? []).filter((p) => p.clusterId === id), [projects.data, id]);
  const layout = useMemo(() => (cluster && registry.data && projects.data ? chainLayout(cluster, registry.data, projects.data) : undefined), [cluster, registry.data, projects.data]);

  const back = (
    <Link to={year ? `/industry?year=${year}` : '/industry'} style={{ fontSize: 13 }}>
      <ArrowLeftOutlined /> {t('cluster.back')}
    </Link>
  );
  if (clusters.data && !cluster) {
    return <Result status="404" title="404" subTitle={t('cluster.notFound', { id })} extra={back} />;
  }
  const tier = summary.data?.tiers.find((x) => x.id === cluster?.tier);
  const investmentUnit = unitOf(summary.data?.units, '100m-cny');
  const state = {
    data:
      cluster && summary.data && regions.data && poles.data && parks.data && evaluation.data && registry.data && projects.data && layout && year !== undefined
        ? { cluster, plan: summary.data, regionList: regions.data, poleList: poles.data, parkList: parks.data, registryData: registry.data, layoutData: layout, year }
        : undefined,
    error: clusters.error ?? summary.error ?? evaluation.error ?? registry.error ?? projects.error ?? regions.error,
    isPending: !cluster || !summary.data || !evaluation.data || !registry.data || !projects.data,
    refetch: () => {
      void registry.refetch();
      void evaluation.refetch();
      void projects.refetch();
    },
  };

  return (
    <>
      <PageHeader
        back={back}
        title={cluster ? text(cluster.name) : t('title')}
        subtitle={tier ? <Tag color="geekblue">{text(tier.name)}</Tag> : undefined}
        extra={<YearSelect year={year} years={years} onChange={setYear} />}
      />
      <QueryState query={state}>
        {({ cluster: c, plan, regionList, poleList, parkList, registryData, layoutData, year: y }) => (
          <Flex vertical gap={16}>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={9}>
                <PlanStatementCard cluster={c} poles={poleList} parks={parkList} />
              </Col>
              <Col xs={24} xl={15}>
                <ClusterProgressCard evaluated={evaluated} unit={unitOf(plan.units, evaluated?.unit)} baseYear={plan.baseYear} targetYear={plan.targetYear} />
              </Col>
            </Row>
            <ChainView layout={layoutData} />
            <Card title={<SectionTitle>{t('projects.title')}</SectionTitle>}>
              {ownProjects.length === 0 ? (
                t('projects.none')
              ) : (
                <ProjectProgressTable
                  testId="cluster-projects"
                  year={y}
                  projects={ownProjects}
                  regions={regionList}
                  parks={parkList}
                  clusters={[c]}
                  unit={investmentUnit}
                  groupBy="segment"
                  caption={t('projects.caption', { count: ownProjects.length })}
                />
              )}
            </Card>
            <Card title={<SectionTitle>{t('leading.title')}</SectionTitle>}>
              {registryData.leading.length === 0 ? (
                t('leading.none')
              ) : (
                <LeadingEnterprisesTable
                  items={registryData.leading}
                  cluster={c}
                  regions={regionList}
                  caption={t('leading.caption', { year: registryData.year ?? '—', n: formatNumber(registryData.enterprises, lang) })}
                />
              )}
            </Card>
            <ProductsCard cluster={c} />
          </Flex>
        )}
      </QueryState>
    </>
  );
}
