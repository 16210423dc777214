/**
 * One city or county (/map/regions/:code): the pole it belongs to and its parks, key
 * figures with its rank in the province, every indicator the evaluation holds for it
 * (latest, implied target, status, rank), a comparison with the other regions, its
 * enterprises by certificate and its key projects. The year is the page's (?year=).
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Result, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useIndustryStructure, usePipelineOfYear, useProjectList, useYearEvaluation } from '../../api/industry-queries.ts';
import { projectRegions } from '../../api/places.ts';
import { usePlanClusters, usePlanParks, usePlanPoles, usePlanRegions, usePlanSummary } from '../../api/queries.ts';
import { usePageYear } from '../../app/page-year.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProjectProgressTable } from '../../components/ProjectProgressTable.tsx';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { formatNumber, formatWan } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { poleOf, projectCounts, ranks } from './map-data.ts';
import { mapNs } from './messages.ts';
import { regionIndicatorRows, tierRows } from './region-data.ts';
import { RegionCompareCard } from './RegionCompareCard.tsx';
import { RegionIndicatorTable } from './RegionIndicatorTable.tsx';
import { RegionPlaceCard } from './RegionPlaceCard.tsx';
import { RegionTiersTable } from './RegionTiersTable.tsx';

function rankOf(code: string, entries: readonly { code: string; value: number | null }[]): number | null {
  const r = ranks(entries.map((e) => e.value), 'increase');
  return r[entries.findIndex((e) => e.code === code)] ?? null;
}

export function RegionPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const { year, years, setYear } = usePageYear();
  const summary = usePlanSummary();
  const regions = usePlanRegions();
  const poles = usePlanPoles();
  const parks = usePlanParks();
  const clusters = usePlanClusters();
  const evaluation = useYearEvaluation(year);
  const structure = useIndustryStructure(year);
  const projects = useProjectList();
  const pipeline = usePipelineOfYear(year);

  const region = regions.data?.find((r) => r.code === code);
  const regional = evaluation.data?.regional;
  const indicatorRows = useMemo(() => (regional ? regionIndicatorRows(regional, code) : []), [regional, code]);
  const ownProjects = useMemo(() => (projects.data && parks.data ? projects.data.filter((p) => projectRegions(p, parks.data).includes(code)) : []), [projects.data, parks.data, code]);

  const back = (
    <Link to={year ? `/map?year=${year}` : '/map'} style={{ fontSize: 13 }}>
      <ArrowLeftOutlined /> {t('region.back')}
    </Link>
  );
  if (regions.data && !region) return <Result status="404" title="404" subTitle={t('region.notFound', { code })} extra={back} />;

  const state = {
    data:
      region && summary.data && regions.data && poles.data && parks.data && clusters.data && regional && structure.data && projects.data && year !== undefined
        ? { region, plan: summary.data, regionList: regions.data, poleList: poles.data, parkList: parks.data, clusterList: clusters.data, regionalRows: regional, registry: structure.data, projectList: projects.data, year }
        : undefined,
    error: summary.error ?? regions.error ?? evaluation.error ?? structure.error ?? projects.error,
    isPending: !region || !summary.data || !evaluation.data || !structure.data || !projects.data || !poles.data || !parks.data || !clusters.data,
    refetch: () => {
      void evaluation.refetch();
      void structure.refetch();
      void projects.refetch();
    },
  };

  return (
    <>
      <PageHeader
        back={back}
        title={region ? text(region.name) : t('title')}
        subtitle={region ? `${t(`region.kind.${region.kind}`)} · ${t('region.code', { code: region.code })}` : undefined}
        extra={<YearSelect year={year} years={years} onChange={setYear} />}
      />
      <QueryState query={state}>
        {({ region: r, plan, regionList, poleList, parkList, clusterList, regionalRows, registry, projectList, year: y }) => {
          const tally = registry.regions.find((x) => x.regionCode === r.code);
          const enterpriseRank = rankOf(r.code, registry.regions.map((x) => ({ code: x.regionCode, value: x.enterprises })));
          const counts = projectCounts(projectList, parkList);
          const projectRank = rankOf(r.code, regionList.map((x) => ({ code: x.code, value: counts.get(x.code) ?? 0 })));
          const onTrack = indicatorRows.filter((x) => x.row.status === 'on_track' || x.row.status === 'achieved').length;
          const behind = indicatorRows.filter((x) => x.row.schedule === 'behind').length;
          const stats: [string, string, string | null][] = [
            [t('stats.enterprises'), formatNumber(tally?.enterprises ?? 0, lang), enterpriseRank ? t('stats.rank', { rank: enterpriseRank }) : null],
            [t('stats.revenue', { year: registry.year ?? '—' }), formatWan(tally?.revenue ?? null, lang), null],
            [t('stats.projects'), formatNumber(ownProjects.length, lang), projectRank ? t('stats.rank', { rank: projectRank }) : null],
            [t('stats.onTrack'), `${onTrack} / ${indicatorRows.length}`, null],
            [t('stats.behind'), `${behind} / ${indicatorRows.length}`, null],
          ];
          return (
            <Flex vertical gap={16}>
              <Row gutter={[16, 16]}>
                {stats.map(([title, value, note]) => (
                  <Col key={title} flex="1 1 200px">
                    <Card size="small" style={{ height: '100%' }}>
                      <Statistic title={title} value={value} />
                      {note ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{note}</Typography.Text> : null}
                    </Card>
                  </Col>
                ))}
              </Row>
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={8}>
                  <RegionPlaceCard pole={poleOf(r.code, poleList)} parks={parkList.filter((p) => p.region === r.code || p.regions.includes(r.code))} clusters={clusterList} regionName={(c) => text(regionList.find((x) => x.code === c)?.name) || c} />
                </Col>
                <Col xs={24} xl={16}>
                  <Card title={<SectionTitle>{t('tiers.title')}</SectionTitle>} style={{ height: '100%' }}>
                    <RegionTiersTable
                      rows={tierRows(r.code, registry, pipeline.data)}
                      pipelinePending={pipeline.isPending}
                      pipelineError={pipeline.error}
                      caption={t('tiers.caption', { date: registry.at, year: y })}
                    />
                  </Card>
                </Col>
              </Row>
              <Card title={<SectionTitle>{t('eval.title')}</SectionTitle>}>
                {indicatorRows.length === 0 ? (
                  t('eval.none')
                ) : (
                  <RegionIndicatorTable rows={indicatorRows} units={plan.units} caption={t('eval.caption', { year: y, total: regionList.length })} />
                )}
              </Card>
              {indicatorRows.length > 0 ? <RegionCompareCard code={r.code} rows={indicatorRows} regional={regionalRows} regions={regionList} units={plan.units} /> : null}
              <Card title={<SectionTitle>{t('projects.title')}</SectionTitle>}>
                {ownProjects.length === 0 ? (
                  t('projects.none')
                ) : (
                  <ProjectProgressTable
                    testId="region-projects"
                    year={y}
                    projects={ownProjects}
                    regions={regionList}
                    parks={parkList}
                    clusters={clusterList}
                    unit={unitOf(plan.units, '100m-cny')}
                    groupBy="cluster"
                    caption={t('projects.caption', { count: ownProjects.length })}
                  />
                )}
              </Card>
              {structure.error ? <ErrorAlert error={structure.error} /> : null}
            </Flex>
          );
        }}
      </QueryState>
    </>
  );
}
