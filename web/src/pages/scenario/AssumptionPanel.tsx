/**
 * The assumptions: GDP growth, the total (with the clusters or set apart), then one slider
 * per cluster with where its value comes from and what it leads to; the preset buttons on top.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Flex, Switch, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScenarioLine, ScenarioResult } from '../../api/types.ts';
import { formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { AssumptionTag } from './AssumptionTag.tsx';
import { GrowthControl } from './GrowthControl.tsx';
import { MetTag } from './MetTag.tsx';
import { scenarioNs } from './messages.ts';
import {
  assumptionLabel, changedCount, clusterGrowth, DEFAULT_INPUTS, withAllActual, withAllRequired, type ScenarioInputs,
} from './scenario-model.ts';

export interface AssumptionPanelProps {
  defaults: ScenarioResult;
  current: ScenarioResult;
  inputs: ScenarioInputs;
  onChange: (inputs: ScenarioInputs) => void;
  clusterName: (line: ScenarioLine) => string;
  unitOf: (line: ScenarioLine) => UnitLike | undefined;
}

export function AssumptionPanel({ defaults, current, inputs, onChange, clusterName, unitOf }: AssumptionPanelProps) {
  const { t } = useTranslation(scenarioNs);
  const { lang, text } = useLang();
  const limits = defaults.growthLimits;
  const targetYear = defaults.targetYear;
  const changed = changedCount(inputs);
  const currentById = new Map(current.clusters.map((l) => [l.id, l]));

  const outcome = (line: ScenarioLine | null | undefined) =>
    line && line.projected !== null
      ? t('lineOutcome', { year: targetYear, projected: formatValue(line.projected, unitOf(line), lang), target: formatValue(line.target, unitOf(line), lang) })
      : null;

  const gdpValue = inputs.gdpGrowthPct ?? defaults.assumptions.gdpGrowthPct;
  const totalFollows = inputs.totalGrowthPct === null;
  const total = current.total;

  return (
    <Card
      title={t('assumptions')}
      data-testid="scenario-assumptions"
      extra={
        <Button size="small" icon={<ReloadOutlined />} disabled={changed === 0} onClick={() => onChange({ ...DEFAULT_INPUTS, year: inputs.year, includePending: inputs.includePending })} data-testid="scenario-reset">
          {changed > 0 ? t('resetChanged', { count: changed }) : t('reset')}
        </Button>
      }
    >
      <Flex gap={8} wrap>
        <Tooltip title={t('allRequiredHint', { targetYear })}>
          <Button onClick={() => onChange(withAllRequired(defaults, inputs))} data-testid="scenario-all-required">
            {t('allRequired')}
          </Button>
        </Tooltip>
        <Tooltip title={t('allActualHint')}>
          <Button onClick={() => onChange(withAllActual(inputs))} data-testid="scenario-all-actual">
            {t('allActual')}
          </Button>
        </Tooltip>
      </Flex>

      {current.gdp ? (
        <GrowthControl
          id="gdp"
          name={t('gdpGrowth')}
          value={gdpValue}
          limits={limits}
          onChange={(pct) => onChange({ ...inputs, gdpGrowthPct: pct })}
          tag={<AssumptionTag label={current.assumptions.gdpAssumption === 'given' ? 'manual' : current.assumptions.gdpAssumption} />}
          outcome={current.gdp.projected === null ? null : `${t('projectedShort', { year: targetYear })} ${formatValue(current.gdp.projected, unitOf(current.gdp), lang)}`}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('gdpNone')}
        </Typography.Paragraph>
      )}

      {total ? (
        <>
          <Flex align="center" gap={8} style={{ marginTop: 12 }}>
            <Switch
              size="small"
              checked={totalFollows}
              onChange={(follows) => onChange({ ...inputs, totalGrowthPct: follows ? null : (total.growthPct ?? current.clustersTotal.growthPct ?? 0) })}
              aria-label={t('totalFollows')}
              data-testid="scenario-total-follows"
            />
            <Tooltip title={t('totalFollowsHint')}>
              <Typography.Text>{t('totalFollows')}</Typography.Text>
            </Tooltip>
          </Flex>
          <GrowthControl
            id="total"
            name={`${t('totalGrowth')} · ${text(total.name)}`}
            value={inputs.totalGrowthPct ?? total.growthPct}
            limits={limits}
            disabled={totalFollows}
            onChange={(pct) => onChange({ ...inputs, totalGrowthPct: pct })}
            tag={<AssumptionTag label={assumptionLabel(total, inputs)} />}
            status={<MetTag met={total.met} />}
            outcome={outcome(total)}
          />
        </>
      ) : null}

      <Divider titlePlacement="start" style={{ margin: '16px 0 4px' }}>
        {t('clusters')}
      </Divider>
      {defaults.clusters.map((line) => {
        const now = currentById.get(line.id) ?? line;
        return (
          <GrowthControl
            key={line.id}
            id={line.id}
            name={clusterName(line)}
            value={clusterGrowth(line, inputs)}
            limits={limits}
            onChange={(pct) => onChange({ ...inputs, clusters: { ...inputs.clusters, [line.id]: { pct, source: 'manual' } } })}
            tag={<AssumptionTag label={assumptionLabel(now, inputs)} />}
            status={<MetTag met={now.met} />}
            outcome={outcome(now)}
          />
        );
      })}
    </Card>
  );
}
