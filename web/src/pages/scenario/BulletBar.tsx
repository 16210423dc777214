/**
 * A bullet bar: where a line starts (pale), where it is projected to end (green when it
 * reaches the target, red when not) and the target (a dark mark), on one axis.
 */
import type { ScenarioLine } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { TONE_COLOR } from '../../components/status-style.ts';
import { displayNumber, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';

export function BulletBar({ line, unit, label, testId }: { line: ScenarioLine; unit: UnitLike | undefined; label: string; testId?: string }) {
  const { lang } = useLang();
  const values = [line.start?.value ?? 0, line.projected ?? 0, line.target ?? 0].map((v) => displayNumber(v, unit, lang));
  const max = Math.max(...values) * 1.15 || 1;
  const color = line.met === null ? TONE_COLOR.default : line.met ? TONE_COLOR.success : TONE_COLOR.error;
  return (
    <EChart
      label={label}
      height={56}
      {...(testId ? { testId } : {})}
      option={{
        animationDuration: 300,
        grid: { left: 4, right: 12, top: 6, bottom: 20 },
        tooltip: { show: false },
        xAxis: {
          type: 'value',
          min: 0,
          max,
          splitNumber: 4,
          axisLabel: { fontSize: 10, showMaxLabel: false, formatter: (v: number) => formatValue(v, undefined, lang, 1) },
          splitLine: { show: false },
        },
        yAxis: { type: 'category', data: [''], show: false },
        series: [
          { type: 'bar', data: [values[0]], barWidth: 22, barGap: '-100%', itemStyle: { color: '#e8e8e8' }, silent: true },
          {
            type: 'bar',
            data: [values[1]],
            barWidth: 10,
            itemStyle: { color },
            silent: true,
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#262626', width: 3, type: 'solid' },
              label: { show: false },
              data: [{ xAxis: values[2] }],
            },
          },
        ],
      }}
    />
  );
}
