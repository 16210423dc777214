/**
 * Each cluster's projected value in the target year against its target: the projected bar
 * green when it reaches the target and red when not, with ✓ / ✗ and the value written
 * beside it (so the colour is never the only sign); the target as a dark mark, the start
 * value as a pale bar underneath.
 */
import { useTranslation } from 'react-i18next';
import type { ScenarioLine } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { TONE_COLOR } from '../../components/status-style.ts';
import { displayNumber, displayUnit, formatValue, type UnitLike } from '../../format/numbers.ts';
import { tooltipHtml } from '../../format/tooltip-html.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { scenarioNs } from './messages.ts';

export interface ProjectionChartProps {
  lines: ScenarioLine[];
  /** Short names (the cluster's own) by line id. */
  names: Map<string, string>;
  unit: UnitLike | undefined;
  startYear: number;
  targetYear: number;
}

const ROW_HEIGHT = 34;

export function ProjectionChart({ lines, names, unit, startYear, targetYear }: ProjectionChartProps) {
  const { t } = useTranslation(scenarioNs);
  const { lang } = useLang();
  const shown = (v: number | null) => (v === null ? null : displayNumber(v, unit, lang));
  const categories = lines.map((l) => names.get(l.id) ?? l.id);
  const colorOf = (l: ScenarioLine) => (l.met === null ? TONE_COLOR.default : l.met ? TONE_COLOR.success : TONE_COLOR.error);

  return (
    <EChart
      testId="scenario-chart"
      label={t('chartLabel', { year: targetYear })}
      height={lines.length * ROW_HEIGHT + 90}
      option={{
        animationDuration: 300,
        grid: { left: 8, right: 96, top: 36, bottom: 28, containLabel: true },
        legend: { top: 0, data: [t('seriesStart', { year: startYear }), t('seriesProjected', { year: targetYear }), t('seriesTarget', { year: targetYear })] },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          formatter: (params: unknown) => {
            const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
            const line = lines[index];
            if (!line) return '';
            const verdict = line.met === null ? t('unknown') : line.met ? `✓ ${t('met')}` : `✗ ${t('missed')}`;
            // Cluster names come from the plan file: escaped, as ECharts renders this as HTML.
            return tooltipHtml([
              categories[index] ?? '',
              `${t('seriesStart', { year: line.start?.year ?? startYear })}: ${formatValue(line.start?.value, unit, lang)}`,
              `${t('seriesProjected', { year: targetYear })}: ${formatValue(line.projected, unit, lang)}`,
              `${t('seriesTarget', { year: targetYear })}: ${formatValue(line.target, unit, lang)}`,
              verdict,
            ]);
          },
        },
        xAxis: { type: 'value', name: t('axisUnit', { unit: displayUnit(unit, lang) }), nameLocation: 'end', nameGap: 8, nameTextStyle: { align: 'right', verticalAlign: 'top', padding: [24, 0, 0, 0] } },
        yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: lang === 'zh' ? 110 : 170, overflow: 'truncate' } },
        series: [
          {
            // Invisible, as long as the longest of start, projected and target: its label
            // (✓/✗ and the projected value) sits right of all three, never under the target mark.
            name: 'label',
            type: 'bar',
            barGap: '-100%',
            barWidth: 18,
            silent: true,
            itemStyle: { color: 'transparent' },
            tooltip: { show: false },
            data: lines.map((l) => shown(Math.max(l.start?.value ?? 0, l.projected ?? 0, l.target ?? 0))),
            label: {
              show: true,
              position: 'right',
              formatter: (p: unknown) => {
                const line = lines[(p as { dataIndex: number }).dataIndex];
                if (!line || line.projected === null) return '';
                return `${line.met === null ? '' : line.met ? '✓ ' : '✗ '}${formatValue(line.projected, unit, lang, 0)}`;
              },
              color: '#262626',
              fontSize: 11,
            },
            z: 0,
          },
          {
            name: t('seriesStart', { year: startYear }),
            type: 'bar',
            barGap: '-100%',
            barWidth: 18,
            itemStyle: { color: '#d9d9d9' },
            data: lines.map((l) => shown(l.start?.value ?? null)),
            z: 1,
          },
          {
            name: t('seriesProjected', { year: targetYear }),
            type: 'bar',
            barWidth: 10,
            data: lines.map((l) => ({ value: shown(l.projected), itemStyle: { color: colorOf(l) } })),
            itemStyle: { color: TONE_COLOR.info },
            z: 2,
          },
          {
            name: t('seriesTarget', { year: targetYear }),
            type: 'scatter',
            symbol: 'rect',
            symbolSize: [4, 24],
            itemStyle: { color: '#262626' },
            data: lines.map((l) => shown(l.target)),
            z: 3,
          },
        ],
      }}
    />
  );
}
