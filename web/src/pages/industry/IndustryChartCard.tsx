/**
 * The industry system as a picture: tiers → clusters → segments, sized by the measure the
 * reader picks and coloured by each cluster's progress status, as a sunburst or a treemap.
 * A click on a cluster (or one of its segments) opens the cluster's page.
 */
import { Alert, Card, Col, Flex, Radio, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { progressLabels } from '../../../../src/evaluation/statuses.ts';
import type { IndustryStructure, PlanCluster } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { registerHierarchyCharts } from '../../components/echarts-extras.ts';
import { LabelledControl } from '../../components/LabelledControl.tsx';
import { formatNumber, formatValue, type UnitLike } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { CHART_KINDS, clickedNode, industryChartOption, type ChartKind } from './industry-chart-option.ts';
import { industryTree, MEASURES, shortTierName, statusesPresent, tierSummaries, type ClusterRow, type Measure, type TierLike, type TreeNode } from './industry-data.ts';
import { industryNs } from './messages.ts';
import { StatusLegend } from './StatusLegend.tsx';
import { TierSummaryList } from './TierSummaryList.tsx';

registerHierarchyCharts(); // the sunburst and treemap of the industry system

interface Props {
  rows: ClusterRow[];
  clusters: PlanCluster[];
  tiers: TierLike[];
  structure: IndustryStructure | undefined;
  units: UnitLike[];
  measure: Measure;
  onMeasure: (m: Measure) => void;
  kind: ChartKind;
  onKind: (k: ChartKind) => void;
  year: number;
}

/** One of a few choices as a labelled row of small buttons. */
function ChoiceButtons<T extends string>({ label, value, onChange, options, testId }: { label: string; value: T; onChange: (value: T) => void; options: { value: T; label: string }[]; testId: string }) {
  return (
    <LabelledControl label={label}>
      {(labelId) => (
        <Radio.Group
          aria-labelledby={labelId}
          optionType="button"
          size="small"
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
          options={options}
          data-testid={testId}
        />
      )}
    </LabelledControl>
  );
}

export function IndustryChartCard({ rows, clusters, tiers, structure, units, measure, onMeasure, kind, onKind, year }: Props) {
  const { t } = useTranslation([industryNs, 'common']);
  const { lang, text } = useLang();
  const navigate = useNavigate();
  const tree = useMemo(() => industryTree(rows, clusters, tiers, structure, measure), [rows, clusters, tiers, structure, measure]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  const option = useMemo(() => {
    const lines = (node: TreeNode): string[] => {
      const row = node.clusterId ? byId.get(node.clusterId) : undefined;
      if (node.kind === 'tier') {
        const count = node.children?.length ?? 0;
        return [text(node.name), `${t('tooltip.tier')} · ${count} ${t('stats.clusters')}`];
      }
      if (node.kind === 'segment') {
        return [
          text(node.name),
          `${t('tooltip.segment')} · ${row ? text(row.name) : ''}`,
          ...(node.enterprises === null ? [] : [t('tooltip.enterprises', { count: node.enterprises, n: formatNumber(node.enterprises, lang) })]),
          t('inParens', { text: t('tooltip.share') }).trim(),
        ];
      }
      if (!row) return [text(node.name)];
      const unit = unitOf(units, row.unit);
      return [
        text(row.name),
        `${t('tooltip.cluster')} · ${text(row.tierName)}`,
        `${t('col.target')}${t('colon')}${row.target ? formatValue(row.target.value, unit, lang) : t('value.qualitative')}`,
        ...(row.latest ? [`${t('col.latest')}${t('colon')}${formatValue(row.latest.value, unit, lang)}${t('inParens', { text: t(row.latest.baseline ? 'value.baselineYear' : 'value.year', { year: row.latest.year }) })}`] : []),
        t('tooltip.status', { status: row.status === 'no_indicator' ? t('legend.no_indicator') : text(progressLabels[row.status]) }),
        ...(row.enterprises === null ? [] : [t('tooltip.enterprises', { count: row.enterprises, n: formatNumber(row.enterprises, lang) })]),
      ];
    };
    return industryChartOption(kind, tree.nodes, { name: (n) => text(n.kind === 'tier' ? shortTierName(n.name) : n.name), tooltip: lines });
  }, [kind, tree, byId, text, t, units, lang]);

  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const node = clickedNode(params);
        if (node?.clusterId) void navigate(`/industry/clusters/${node.clusterId}?year=${year}`);
      },
    }),
    [navigate, year],
  );

  const measureName = t(`measure.${measure}`);
  const shown = rows.length - tree.omitted.length;
  return (
    <Card title={t('chart.title')} data-testid="industry-chart-card">
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <ChoiceButtons label={t('controls.measure')} value={measure} onChange={onMeasure} options={MEASURES.map((m) => ({ value: m, label: t(`measure.${m}`) }))} testId="measure-switch" />
        <ChoiceButtons label={t('controls.chart')} value={kind} onChange={onKind} options={CHART_KINDS.map((k) => ({ value: k, label: t(`chart.${k}`) }))} testId="chart-switch" />
      </Flex>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={15}>
          {tree.nodes.length === 0 ? (
            <Alert type="info" showIcon title={t('chart.empty')} />
          ) : (
            <EChart
              testId="industry-chart"
              label={t('chart.label', { count: formatNumber(shown, lang), measure: measureName })}
              option={option}
              height={kind === 'sunburst' ? 560 : 520}
              onEvents={onEvents}
            />
          )}
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={14}>
            <StatusLegend statuses={statusesPresent(rows)} />
            <TierSummaryList summaries={tierSummaries(rows, tiers)} units={units} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('chart.click')} {t('chart.segmentsNote')}
            </Typography.Text>
            {tree.omitted.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="chart-omitted">
                {t('chart.omitted', { measure: measureName, names: tree.omitted.map((r) => text(r.name)).join(lang === 'zh' ? '、' : ', ') })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
