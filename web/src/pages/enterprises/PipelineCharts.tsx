/**
 * Two pictures of the pipeline: the ladder as a funnel (each rung's certified enterprises inside
 * those within reach — certified plus candidates), and every tier as a stacked bar of
 * certified, candidates, near misses and missing data. Colours match the table's words.
 */
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PipelineJson } from '../../api/types.ts';
import { EChart, type EChartsOption } from '../../components/EChart.tsx';
import { TONE_COLOR } from '../../components/status-style.ts';
import { registerFunnelAndGaugeCharts } from '../../components/echarts-extras.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { ladderTiers, reach } from './funnel-data.ts';
import { enterprisesNs } from './messages.ts';

registerFunnelAndGaugeCharts(); // the tier funnel

export const CATEGORY_COLOR = {
  certified: TONE_COLOR.success,
  candidates: TONE_COLOR.info,
  nearMisses: '#d46b08',
  incomplete: TONE_COLOR.default,
} as const;

export function PipelineCharts({ pipeline }: { pipeline: PipelineJson }) {
  const { t } = useTranslation(enterprisesNs);
  const { text } = useLang();
  const ladder = ladderTiers(pipeline);
  const max = Math.max(1, ...ladder.map((tier) => reach(tier.total)));
  const labelOf = (id: string) => {
    const tier = ladder.find((x) => x.tier === id);
    return tier ? `${t('funnel.col.certified')} ${tier.total.certified} · ${t('category.candidate')} ${tier.total.candidates}` : '';
  };
  // The two funnels lie one over the other: the same frame and scale.
  const frame = { sort: 'none', min: 0, max, left: '4%', width: '56%', top: 8, bottom: 36, gap: 4 } as const;
  const funnel: EChartsOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: [t('funnel.col.certified'), `${t('funnel.col.certified')} + ${t('category.candidate')}`] },
    series: [
      {
        type: 'funnel',
        ...frame,
        name: `${t('funnel.col.certified')} + ${t('category.candidate')}`,
        itemStyle: { color: 'rgba(22, 119, 255, 0.28)', borderWidth: 0 },
        label: { position: 'right', color: '#262626', formatter: (p) => `${p.name}\n${labelOf(String((p.data as { id: string }).id))}` },
        labelLine: { show: true },
        data: ladder.map((tier) => ({ id: tier.tier, name: text(tier.name), value: reach(tier.total) })),
      },
      {
        type: 'funnel',
        ...frame,
        name: t('funnel.col.certified'),
        z: 3,
        itemStyle: { color: CATEGORY_COLOR.certified, opacity: 0.85, borderWidth: 0 },
        label: { position: 'inside', color: '#fff', formatter: (p) => (Number(p.value) > 0 ? String(p.value) : '') },
        data: ladder.map((tier) => ({ id: tier.tier, name: text(tier.name), value: tier.total.certified })),
      },
    ],
  };
  const tiers = [...pipeline.tiers];
  const series = (['certified', 'candidates', 'nearMisses', 'incomplete'] as const).map((key) => ({
    type: 'bar' as const,
    stack: 'all',
    name: t(key === 'certified' ? 'funnel.col.certified' : key === 'candidates' ? 'category.candidate' : key === 'nearMisses' ? 'category.near-miss' : 'category.incomplete'),
    itemStyle: { color: CATEGORY_COLOR[key] },
    label: { show: true, formatter: (p: { value: unknown }) => (Number(p.value) >= 20 ? String(p.value) : '') },
    data: tiers.map((tier) => tier.total[key]),
  }));
  const bars: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 150, right: 16, top: 8, bottom: 40 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: tiers.map((tier) => text(tier.name)), axisLabel: { width: 140, overflow: 'truncate' } },
    series,
  };
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={12}>
        <Typography.Text strong>{t('funnel.chartTitle')}</Typography.Text>
        <EChart option={funnel} label={t('funnel.chart')} height={320} testId="pipeline-funnel" />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('funnel.hteNote')}
        </Typography.Text>
      </Col>
      <Col xs={24} xl={12}>
        <Typography.Text strong>{t('funnel.table')}</Typography.Text>
        <EChart option={bars} label={t('funnel.barsChart')} height={320} testId="pipeline-bars" />
      </Col>
    </Row>
  );
}
