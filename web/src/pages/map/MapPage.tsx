/**
 * 空间布局: the 19 regions at their coordinates, sized and coloured by the measure the reader
 * picks, the three poles' lines to the counties they radiate to, outlines when an
 * administrator has uploaded them — and the same values in a ranked table beside the map,
 * so it reads without the picture. Year and measure are kept in the address.
 */
import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndustryStructure, useYearEvaluation } from '../../api/industry-queries.ts';
import { usePlanClusters, usePlanParks, usePlanPoles, usePlanProjects, usePlanRegions, usePlanSummary } from '../../api/queries.ts';
import { can } from '../../app/abilities.ts';
import { usePageYear } from '../../app/page-year.ts';
import { useSession } from '../../app/session.tsx';
import { useSettings } from '../../app/settings.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { formatNumber, formatValue } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { mapLayout, measureOptions, poleLines, regionValues, shortRegionName, type RegionValue } from './map-data.ts';
import { chooseMeasure, useMeasureParam } from './map-measure.ts';
import { outlineCoordinates, outlineFeatures, type MapWords } from './map-option.ts';
import { useBoundaries } from './map-queries.ts';
import { MeasureSelect } from './MeasureSelect.tsx';
import { mapNs } from './messages.ts';
import { PolesCard } from './PolesCard.tsx';
import { RegionMap } from './RegionMap.tsx';
import { RegionValueTable } from './RegionValueTable.tsx';

export function MapPage() {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const { user } = useSession();
  const settings = useSettings();
  const { year, years, setYear } = usePageYear();
  const [askedMeasure, setMeasure] = useMeasureParam();
  const summary = usePlanSummary();
  const regions = usePlanRegions();
  const poles = usePlanPoles();
  const parks = usePlanParks();
  const clusters = usePlanClusters();
  const projects = usePlanProjects();
  const evaluation = useYearEvaluation(year);
  const structure = useIndustryStructure(year);
  const boundaries = useBoundaries(settings.data);

  const regional = evaluation.data?.regional;
  const options = useMemo(
    () => measureOptions(regional ?? [], { enterprises: { zh: t('measure.enterprises', { lng: 'zh' }), en: t('measure.enterprises', { lng: 'en' }) }, projects: { zh: t('measure.projects', { lng: 'zh' }), en: t('measure.projects', { lng: 'en' }) } }),
    [regional, t],
  );
  const measure = chooseMeasure(options, askedMeasure);
  const outlines = useMemo(() => (boundaries.data ? outlineFeatures(boundaries.data) : null), [boundaries.data]);
  const layout = useMemo(
    () => (regions.data ? mapLayout(regions.data, outlines ? outlineCoordinates(outlines) : [], new Set(outlines?.map((f) => f.properties.name) ?? [])) : undefined),
    [regions.data, outlines],
  );
  const values = useMemo(
    () =>
      measure && regions.data && poles.data && parks.data && regional
        ? regionValues(measure, { regions: regions.data, poles: poles.data, parks: parks.data, regional, structure: structure.data, projects: projects.data ?? [] })
        : [],
    [measure, regions.data, poles.data, parks.data, regional, structure.data, projects.data],
  );
  const lines = useMemo(() => (poles.data && regions.data ? poleLines(poles.data, regions.data) : []), [poles.data, regions.data]);

  const unit = measure?.unit ? unitOf(summary.data?.units, measure.unit) : undefined;
  const format = useMemo(() => (v: number) => (measure?.unit ? formatValue(v, unit, lang) : formatNumber(v, lang)), [measure, unit, lang]);
  const measureName = measure ? text(measure.name) : '';
  const words = useMemo((): MapWords => {
    const parkSep = lang === 'zh' ? '、' : ', ';
    return {
      regionName: (v: RegionValue) => text(shortRegionName(v.region.name)),
      poleName: (l) => t('poles.circle', { pole: text(l.pole.name) }),
      regionTooltip: (v: RegionValue) => [
        text(v.region.name),
        t('tooltip.value', {
          measure: measureName,
          value:
            v.value === null
              ? t('map.noData')
              : format(v.value) + (v.year !== null && measure?.group === 'indicator' ? t('inParens', { text: t(v.baseline ? 'value.baselineYear' : 'value.year', { year: v.year }) }) : ''),
        }),
        ...(v.rank !== null ? [t('tooltip.rank', { rank: v.rank, total: values.filter((x) => x.value !== null).length })] : []),
        ...(v.pole ? [t(v.pole.role === 'core' ? 'tooltip.core' : 'tooltip.radiated', { pole: text(v.pole.pole.name) })] : []),
        ...(v.parks.length > 0 ? [t('tooltip.parks', { names: v.parks.map((p) => text(p.name)).join(parkSep) })] : []),
      ],
      lineTooltip: (l) => t('tooltip.line', { pole: text(l.pole.name), from: text(l.from.name), to: text(l.to.name) }),
      format,
      noData: t('map.noData'),
      inset: t('map.inset'),
    };
  }, [lang, text, t, measureName, format, measure, values]);

  const ready = {
    data: summary.data && regions.data && poles.data && parks.data && clusters.data && regional && measure && layout && year !== undefined ? { plan: summary.data, regionList: regions.data, poleList: poles.data, parkList: parks.data, clusterList: clusters.data, measure, layout, year } : undefined,
    error: summary.error ?? regions.error ?? poles.error ?? parks.error ?? evaluation.error,
    isPending: !summary.data || !regions.data || !poles.data || !parks.data || !clusters.data || !evaluation.data,
    refetch: () => void evaluation.refetch(),
  };
  const stored = settings.data?.boundaries;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={summary.data ? t('subtitle', { regions: summary.data.counts.regions, poles: summary.data.counts.poles, parks: summary.data.counts.parks }) : undefined}
        extra={<YearSelect year={year} years={years} onChange={setYear} />}
      />
      <QueryState query={ready}>
        {({ regionList, poleList, parkList, clusterList, measure: m, layout: l, year: y }) => (
          <Flex vertical gap={16}>
            {structure.error && m.key === 'enterprises' ? <ErrorAlert error={structure.error} onRetry={() => void structure.refetch()} /> : null}
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card title={<SectionTitle>{t('map.title')}</SectionTitle>} data-testid="map-card">
                  <MeasureSelect options={options} value={m.key} onChange={setMeasure} />
                  <RegionMap
                    layout={l}
                    outlines={outlines}
                    outlinesKey={stored?.uploadedAt ?? 'none'}
                    values={values}
                    lines={lines}
                    poleIds={poleList.map((p) => p.id)}
                    words={words}
                    label={t('map.label', { regions: regionList.length, measure: measureName })}
                  />
                  <Flex vertical gap={4} style={{ fontSize: 12 }}>
                    <Typography.Text type="secondary">{t('map.pointsNote')}</Typography.Text>
                    {l.inset ? (
                      <Typography.Text type="secondary">
                        {t('map.insetNote', { names: l.inset.codes.map((code) => text(regionList.find((r) => r.code === code)?.name)).join(lang === 'zh' ? '、' : ', ') })}
                      </Typography.Text>
                    ) : null}
                    {stored && outlines ? (
                      <Typography.Text type="secondary" data-testid="outlines-note">
                        {t('map.outlinesShown', { name: stored.name, count: stored.matchedRegions.length })}
                      </Typography.Text>
                    ) : stored && boundaries.error ? (
                      <Alert type="warning" showIcon title={t('map.outlinesError')} />
                    ) : !stored ? (
                      <Typography.Text type="secondary" data-testid="outlines-note">
                        {t('map.outlinesNone')}{' '}
                        {can(user, 'administer') ? <Link to="/admin">{t('map.openAdmin')}</Link> : null}
                      </Typography.Text>
                    ) : null}
                    <Typography.Text type="secondary">{t('map.parksNote')}</Typography.Text>
                  </Flex>
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={<SectionTitle>{t('table.title')}</SectionTitle>}>
                  <RegionValueTable values={values} format={format} showStatus={m.group === 'indicator'} caption={t('table.caption', { measure: measureName, year: y })} year={y} />
                </Card>
              </Col>
            </Row>
            <PolesCard poles={poleList} regions={regionList} parks={parkList} clusters={clusterList} year={y} />
          </Flex>
        )}
      </QueryState>
    </>
  );
}
