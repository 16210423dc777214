/**
 * The industry system's total in the target year against its target (1 万亿元 in the
 * Hainan plan): the projected amount as a headline, the share of the target reached as a
 * gauge with the 100 % line marked, and the assumption behind it.
 */
import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScenarioLine } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { TONE_COLOR } from '../../components/status-style.ts';
import { formatNumber, formatPct, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { AssumptionTag } from './AssumptionTag.tsx';
import { formatBigValue } from './big-number.ts';
import { MetTag } from './MetTag.tsx';
import { scenarioNs } from './messages.ts';
import type { AssumptionLabel } from './scenario-model.ts';
import { registerFunnelAndGaugeCharts } from '../../components/echarts-extras.ts';

registerFunnelAndGaugeCharts(); // the gauge of the total against its target

const GAUGE_MAX = 150;

export function TotalCard({ line, unit, label, targetYear }: { line: ScenarioLine; unit: UnitLike | undefined; label: AssumptionLabel; targetYear: number }) {
  const { t } = useTranslation(scenarioNs);
  const { lang, text } = useLang();
  const reached = line.projected !== null && line.target ? (line.projected / line.target) * 100 : null;
  const color = line.met === null ? TONE_COLOR.default : line.met ? TONE_COLOR.success : TONE_COLOR.error;
  return (
    <Card
      title={`${text(line.name)} · ${t('projectedShort', { year: targetYear })}`}
      extra={<MetTag met={line.met} />}
      data-testid="scenario-total"
      style={{ height: '100%' }}
    >
      <Flex gap={16} align="center" wrap>
        <div style={{ flex: '1 1 200px' }}>
          <Statistic
            value={formatValue(line.projected, unit, lang)}
            styles={{ content: { fontSize: 32, color } }}
            aria-label={`${text(line.name)} ${t('projectedShort', { year: targetYear })}`}
          />
          <Typography.Paragraph style={{ margin: '4px 0' }} data-testid="scenario-total-target">
            {t('totalTarget', { target: formatBigValue(line.target, unit, lang) })}
            {line.gapPct === null ? null : ` · ${t(line.gapPct >= 0 ? 'gapAhead' : 'gap', { gap: formatPct(Math.abs(line.gapPct), lang, 2) })}`}
          </Typography.Paragraph>
          <Flex gap={6} align="center" wrap>
            <AssumptionTag label={label} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {line.start ? t('startValue', { year: line.start.year, value: formatValue(line.start.value, unit, lang) }) : null}
              {line.growthPct === null ? null : ` · ${t('growthUsed', { pct: formatPct(line.growthPct, lang, 2) })}`}
            </Typography.Text>
          </Flex>
        </div>
        <div style={{ flex: '0 0 200px' }}>
          <EChart
            label={`${text(line.name)}: ${formatNumber(reached, lang, 1)}% / 100%`}
            height={170}
            option={{
              animationDuration: 300,
              series: [
                {
                  type: 'gauge',
                  min: 0,
                  max: GAUGE_MAX,
                  startAngle: 200,
                  endAngle: -20,
                  radius: '95%',
                  center: ['50%', '62%'],
                  splitNumber: 3,
                  axisLine: { lineStyle: { width: 14, color: [[100 / GAUGE_MAX, '#ffccc7'], [1, '#d9f7be']] } },
                  progress: { show: true, width: 14, itemStyle: { color } },
                  pointer: { show: false },
                  axisTick: { show: false },
                  splitLine: { length: 14, distance: -14, lineStyle: { color: '#fff', width: 2 } },
                  axisLabel: { distance: 18, fontSize: 10, formatter: (v: number) => `${v}%` },
                  anchor: { show: false },
                  title: { show: false },
                  detail: { valueAnimation: false, offsetCenter: [0, '10%'], fontSize: 20, fontWeight: 600, color, formatter: (v: number) => `${formatNumber(v, lang, 1)}%` },
                  data: [{ value: reached === null ? 0 : Math.min(GAUGE_MAX, Math.round(reached * 10) / 10) }],
                },
              ],
            }}
          />
        </div>
      </Flex>
    </Card>
  );
}
