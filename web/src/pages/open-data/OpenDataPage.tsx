/**
 * 开放数据 — the files under /api/public/ (indicators, observations, evaluation; JSON and
 * CSV), each with its filters, download buttons, its address for programs and its columns
 * in both languages; a preview of the indicators; the notice on who publishes the data and,
 * on demo data, that it must not be cited. Open to visitors while the public portal is on,
 * and to every signed-in user.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Select, Tabs, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client.ts';
import { usePlanIndicators, usePlanRegions, usePlanSummary } from '../../api/queries.ts';
import type { Items, PublicIndicator } from '../../api/types.ts';
import { useSession } from '../../app/session.tsx';
import { useDefaultYear, useSettings } from '../../app/settings.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useLang } from '../../i18n/use-lang.ts';
import { EVALUATION_FIELDS, INDICATOR_COLUMNS, OBSERVATION_COLUMNS } from './dataset-columns.ts';
import { ColumnsTable } from './ColumnsTable.tsx';
import { DatasetCard } from './DatasetCard.tsx';
import { IndicatorPreview } from './IndicatorPreview.tsx';
import { openDataNs } from './messages.ts';

const ALL = '';

type DatasetId = 'indicators' | 'observations' | 'evaluation';

export function OpenDataPage() {
  const { t } = useTranslation([openDataNs, 'common']);
  const { text } = useLang();
  const { user } = useSession();
  const settings = useSettings();
  const summary = usePlanSummary();
  const planIndicators = usePlanIndicators();
  const regions = usePlanRegions();
  const defaultYear = useDefaultYear();
  const indicators = useQuery({
    queryKey: ['public', 'indicators'],
    queryFn: async () => (await apiGet<Items<PublicIndicator>>('/api/public/indicators.json')).items,
  });

  const [indicator, setIndicator] = useState(ALL);
  const [region, setRegion] = useState(ALL);
  const [year, setYear] = useState<number | typeof ALL>(ALL);
  const [evaluationYear, setEvaluationYear] = useState<number | null>(null);
  const [columnsOf, setColumnsOf] = useState<DatasetId>('indicators');
  const columnsCard = useRef<HTMLDivElement>(null);
  const showColumns = (id: DatasetId) => {
    setColumnsOf(id);
    columnsCard.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const plan = settings.data?.plan;
  const years = plan ? Array.from({ length: plan.targetYear - plan.baseYear + 1 }, (_, i) => plan.baseYear + i) : [];
  // The evaluation of the last year with approved values, unless the reader picks another.
  const latestDataYear = useMemo(() => {
    const found = (indicators.data ?? []).map((i) => i.latest?.year ?? 0);
    const max = Math.max(0, ...found);
    return max > 0 ? max : defaultYear;
  }, [indicators.data, defaultYear]);
  const chosenEvaluationYear = evaluationYear ?? latestDataYear ?? null;
  const planTitle = plan ? text(plan.title) : '';

  const indicatorOptions = [
    { value: ALL, label: t('allIndicators') },
    { label: t('indicatorsGroup'), title: t('indicatorsGroup'), options: (planIndicators.data ?? []).map((i) => ({ value: i.id, label: text(i.name) })) },
    { label: t('statistics'), title: t('statistics'), options: (summary.data?.statistics ?? []).map((s) => ({ value: s.id, label: text(s.name) })) },
  ];
  const regionOptions = [
    { value: ALL, label: t('allRegions') },
    ...(summary.data ? [{ value: summary.data.province.code, label: text(summary.data.province.name) }] : []),
    ...(regions.data ?? []).map((r) => ({ value: r.code, label: text(r.name) })),
  ];
  const observationQuery = { indicator: indicator || undefined, region: region || undefined, year: year === ALL ? undefined : year };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={planTitle ? t('subtitle', { plan: planTitle }) : undefined}
      />
      <Flex vertical gap={16}>
        <Alert type="info" showIcon title={t('notice', { plan: planTitle })} description={user ? undefined : t('anonymousNote')} data-testid="open-data-notice" />
        {settings.data?.demoData ? <Alert type="warning" showIcon title={t('demoNotice')} data-testid="open-data-demo" /> : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={8}>
            <DatasetCard
              id="indicators"
              title={t('indicators.title')}
              description={t('indicators.description')}
              files={[
                { name: 'indicators.csv', path: '/api/public/indicators.csv' },
                { name: 'indicators.json', path: '/api/public/indicators.json' },
              ]}
              onShowColumns={() => showColumns('indicators')}
            />
          </Col>
          <Col xs={24} xl={8}>
            <DatasetCard
              id="observations"
              title={t('observations.title')}
              description={t('observations.description')}
              filters={
                <Flex vertical gap={8}>
                  <Select
                    value={indicator}
                    onChange={setIndicator}
                    options={indicatorOptions}
                    showSearch={{ optionFilterProp: 'label' }}
                    aria-label={t('filterIndicator')}
                    data-testid="filter-indicator"
                  />
                  <Flex gap={8}>
                    <Select style={{ flex: 2 }} value={region} onChange={setRegion} options={regionOptions} showSearch={{ optionFilterProp: 'label' }} aria-label={t('filterRegion')} />
                    <Select
                      style={{ flex: 1 }}
                      value={year}
                      onChange={setYear}
                      options={[{ value: ALL, label: t('allYears') }, ...years.map((y) => ({ value: y, label: `${y}${t('common:year.suffix')}` }))]}
                      aria-label={t('filterYear')}
                    />
                  </Flex>
                </Flex>
              }
              files={[
                { name: 'observations.csv', path: '/api/public/observations.csv', query: observationQuery },
                { name: 'observations.json', path: '/api/public/observations.json', query: observationQuery },
              ]}
              onShowColumns={() => showColumns('observations')}
            />
          </Col>
          <Col xs={24} xl={8}>
            <DatasetCard
              id="evaluation"
              title={t('evaluation.title')}
              description={t('evaluation.description')}
              disabled={chosenEvaluationYear === null}
              filters={
                <Flex align="center" gap={8}>
                  <Typography.Text id="evaluation-year-label">{t('evaluationYear')}</Typography.Text>
                  <Select
                    style={{ flex: 1 }}
                    value={chosenEvaluationYear}
                    onChange={setEvaluationYear}
                    options={years.map((y) => ({ value: y, label: `${y}${t('common:year.suffix')}` }))}
                    aria-labelledby="evaluation-year-label"
                    data-testid="evaluation-year"
                  />
                </Flex>
              }
              files={[{ name: 'evaluation.json', path: '/api/public/evaluation.json', query: { year: chosenEvaluationYear ?? undefined } }]}
              onShowColumns={() => showColumns('evaluation')}
            />
          </Col>
        </Row>
        <Typography.Text type="secondary">{t('csvNote')}</Typography.Text>
        <div ref={columnsCard}>
          <Card title={t('columns')} data-testid="open-data-columns">
            <Tabs
              activeKey={columnsOf}
              onChange={(key) => setColumnsOf(key as DatasetId)}
              items={[
                { key: 'indicators', label: 'indicators.csv / .json', children: <ColumnsTable columns={INDICATOR_COLUMNS} file="indicators" /> },
                { key: 'observations', label: 'observations.csv / .json', children: <ColumnsTable columns={OBSERVATION_COLUMNS} file="observations" /> },
                { key: 'evaluation', label: 'evaluation.json', children: <ColumnsTable columns={EVALUATION_FIELDS} file="evaluation.json" /> },
              ]}
            />
          </Card>
        </div>
        <Card title={t('previewTitle')}>
          <QueryState query={indicators} empty={(items) => items.length === 0}>
            {(items) => <IndicatorPreview items={items} summary={summary.data} />}
          </QueryState>
        </Card>
      </Flex>
    </>
  );
}
