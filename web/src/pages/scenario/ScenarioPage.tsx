/**
 * 情景模拟: growth assumptions per cluster (and GDP, the total, what drives each GDP share)
 * projected to the target year by the server (POST /api/scenario), re-run ~300 ms after the
 * last change. Left the assumptions, right what they lead to: the total against its target,
 * the GDP shares, each cluster against its target, the targets met and missed, the method.
 */
import { Card, Col, Flex, Row, Select, Space, Spin, Switch, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanClusters, usePlanIndicators, usePlanSummary } from '../../api/queries.ts';
import type { ScenarioLine } from '../../api/types.ts';
import { useSettings } from '../../app/settings.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorAlert, QueryState } from '../../components/QueryState.tsx';
import type { UnitLike } from '../../format/numbers.ts';
import { formatValue } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { AssumptionPanel } from './AssumptionPanel.tsx';
import { MethodNote } from './MethodNote.tsx';
import { scenarioNs } from './messages.ts';
import { ProjectionChart } from './ProjectionChart.tsx';
import { assumptionLabel, DEFAULT_INPUTS, defaultsBody, linesByIndicator, scenarioBody, type ScenarioInputs } from './scenario-model.ts';
import { SharesCard } from './SharesCard.tsx';
import { TargetsCard } from './TargetsCard.tsx';
import { TotalCard } from './TotalCard.tsx';
import { SCENARIO_DEBOUNCE_MS, useDebounced, useScenarioResult } from './use-scenario.ts';

const LATEST = 0;

export function ScenarioPage() {
  const { t } = useTranslation([scenarioNs, 'common']);
  const { lang, text } = useLang();
  const settings = useSettings();
  const summary = usePlanSummary();
  const planClusters = usePlanClusters();
  const planIndicators = usePlanIndicators();
  const [inputs, setInputs] = useState<ScenarioInputs>(DEFAULT_INPUTS);

  const defaultsRequest = useMemo(() => defaultsBody({ year: inputs.year, includePending: inputs.includePending }), [inputs.year, inputs.includePending]);
  const defaults = useScenarioResult(defaultsRequest);
  const body = useMemo(() => scenarioBody(inputs), [inputs]);
  const settled = useDebounced(body, SCENARIO_DEBOUNCE_MS);
  const current = useScenarioResult(settled, { keepPrevious: true });
  const running = settled !== body || current.isFetching;

  // Units and short names come from the plan; the scenario lines carry ids and long names.
  const units = summary.data?.units;
  const unitById = useCallback((id: string | undefined): UnitLike | undefined => (id ? units?.find((u) => u.id === id) : undefined), [units]);
  const clusterById = useMemo(() => new Map((planClusters.data ?? []).map((c) => [c.id, c])), [planClusters.data]);
  const indicatorById = useMemo(() => new Map((planIndicators.data ?? []).map((i) => [i.id, i])), [planIndicators.data]);
  const unitOf = useCallback(
    (line: ScenarioLine): UnitLike | undefined => {
      if (line.indicatorId) return unitById(indicatorById.get(line.indicatorId)?.unit ?? clusterById.get(line.id)?.target?.unit);
      return unitById(summary.data?.statistics.find((s) => s.id === line.id)?.unit);
    },
    [unitById, indicatorById, clusterById, summary.data],
  );
  const clusterName = useCallback((line: ScenarioLine) => text(clusterById.get(line.id)?.name ?? line.name), [clusterById, text]);

  const plan = settings.data?.plan;
  const years = plan ? Array.from({ length: plan.targetYear - plan.baseYear }, (_, i) => plan.baseYear + i) : [];
  const update = (next: ScenarioInputs) => setInputs(next);
  // A new start year or data rule gives new defaults: assumptions derived from the old ones no longer fit.
  const restart = (change: Pick<ScenarioInputs, 'year' | 'includePending'>) => setInputs({ ...DEFAULT_INPUTS, ...change });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={plan ? t('subtitle', { targetYear: plan.targetYear }) : undefined}
        extra={
          <Space wrap>
            <Select
              style={{ width: 180 }}
              value={inputs.year ?? LATEST}
              onChange={(year: number) => restart({ year: year === LATEST ? null : year, includePending: inputs.includePending })}
              options={[{ value: LATEST, label: t('startYearLatest') }, ...years.map((y) => ({ value: y, label: `${y}${t('common:year.suffix')}` }))]}
              aria-label={t('startYearLabel')}
              data-testid="scenario-year"
            />
            <Tooltip title={t('includePendingHint')}>
              <Space>
                <Switch
                  checked={inputs.includePending}
                  onChange={(on) => restart({ year: inputs.year, includePending: on })}
                  aria-label={t('includePending')}
                />
                <Typography.Text>{t('includePending')}</Typography.Text>
              </Space>
            </Tooltip>
          </Space>
        }
      />
      <QueryState query={defaults} empty={(d) => d.clusters.length === 0}>
        {(defaultResult) => {
          const result = current.data ?? defaultResult;
          const lines = linesByIndicator(result);
          const clusterUnit = result.clusters[0] ? unitOf(result.clusters[0]) : undefined;
          return (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={10}>
                <AssumptionPanel defaults={defaultResult} current={result} inputs={inputs} onChange={update} clusterName={clusterName} unitOf={unitOf} />
              </Col>
              <Col xs={24} xl={14}>
                <Flex vertical gap={16}>
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Typography.Text type="secondary" data-testid="scenario-start">
                      {t('startYear', { year: result.year })}
                      {result.values.pending > 0 ? ` · ${t('pendingCount', { count: result.values.pending })}` : ''}
                      {result.values.demo > 0 ? ` · ${t('demoValues', { count: result.values.demo })}` : ''}
                    </Typography.Text>
                    <Spin spinning={running} size="small" aria-live="polite" data-testid="scenario-running">
                      <Typography.Text type="secondary" style={{ visibility: running ? 'visible' : 'hidden', paddingInlineStart: 24 }}>
                        {t('running')}
                      </Typography.Text>
                    </Spin>
                  </Flex>
                  {current.error ? <ErrorAlert error={current.error} onRetry={() => void current.refetch()} /> : null}
                  <Row gutter={[16, 16]}>
                    {result.total ? (
                      <Col xs={24} xxl={12}>
                        <TotalCard line={result.total} unit={unitOf(result.total)} label={assumptionLabel(result.total, inputs)} targetYear={result.targetYear} />
                      </Col>
                    ) : null}
                    {result.shares.length > 0 ? (
                      <Col xs={24} xxl={12}>
                        <SharesCard
                          shares={result.shares}
                          unitOf={unitOf}
                          labelOf={(line) => assumptionLabel(line, inputs)}
                          drivers={inputs.shareDrivers}
                          clusters={result.clusters.map((c) => ({ id: c.id, name: clusterName(c) }))}
                          targetYear={result.targetYear}
                          onDriverChange={(id, driver) => {
                            const shareDrivers = { ...inputs.shareDrivers };
                            if (driver === null) delete shareDrivers[id];
                            else shareDrivers[id] = driver;
                            update({ ...inputs, shareDrivers });
                          }}
                        />
                      </Col>
                    ) : null}
                  </Row>
                  <Card title={t('chartTitle', { year: result.targetYear })}>
                    <ProjectionChart
                      lines={result.clusters}
                      names={new Map(result.clusters.map((c) => [c.id, clusterName(c)]))}
                      unit={clusterUnit}
                      startYear={result.year}
                      targetYear={result.targetYear}
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="scenario-clusters-sum">
                      {t('clustersSum', {
                        start: formatValue(result.clustersTotal.start, clusterUnit, lang),
                        projected: formatValue(result.clustersTotal.projected, clusterUnit, lang),
                        target: formatValue(result.clustersTotal.target, clusterUnit, lang),
                      })}
                    </Typography.Text>
                  </Card>
                  <TargetsCard met={result.targetsMet} missed={result.targetsMissed} lines={lines} />
                  <MethodNote targetYear={result.targetYear} />
                </Flex>
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </>
  );
}
