/** The three poles (三极) as a small schematic map, linking to the spatial-layout page. */
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlanPoles, usePlanRegions } from '../../api/queries.ts';
import type { EvaluatedIndicator } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { progressLabels } from '../../../../src/evaluation/statuses.ts';
import { cockpitNs } from './messages.ts';
import { polePoints, polesMapOption, splitOutliers } from './poles-map.ts';

interface Props {
  /** The headline indicator's regional rows, shown in each region's tooltip. */
  regional: EvaluatedIndicator[];
  unit: UnitLike | undefined;
  linkable: boolean;
  dark?: boolean;
  height?: number;
  bare?: boolean;
}

export function PolesChart({ regional, unit, dark = false, height = 300 }: Omit<Props, 'linkable' | 'bare'>) {
  const { t } = useTranslation([cockpitNs, 'common']);
  const { lang, text } = useLang();
  const regions = usePlanRegions();
  const poles = usePlanPoles();
  if (!regions.data || !poles.data) return <div style={{ height }} aria-busy="true" />;
  const points = polePoints(regions.data, poles.data);
  const option = polesMapOption(points, poles.data, {
    pick: text,
    otherLabel: t('poles.other'),
    dark,
    fontSize: dark ? 15 : 12,
    detail: (code) => {
      const row = regional.find((r) => r.region === code);
      if (!row?.latest) return null;
      return `${text(row.name)} ${row.latest.year}：${formatValue(row.latest.value, unit, lang)}（${text(progressLabels[row.status])}）`;
    },
  });
  const label = t('poles.label', { poles: poles.data.map((p) => `${text(p.name)}（${p.core.concat(p.radiates).length}）`).join('、') });
  const outside = splitOutliers(points).outside;
  return (
    <>
      <EChart testId="poles-map" label={label} option={option} height={height} theme={dark ? 'dark' : undefined} />
      {outside.length > 0 ? (
        <div style={{ fontSize: dark ? 13 : 12, color: dark ? '#8fa3bf' : '#8c8c8c' }}>{t('poles.outside', { regions: outside.map((p) => text(p.name)).join('、') })}</div>
      ) : null}
    </>
  );
}

export function PolesMiniMap({ regional, unit, linkable }: Props) {
  const { t } = useTranslation([cockpitNs, 'common']);
  return (
    <Card title={t('poles.title')} extra={linkable ? <Link to="/map">{t('poles.open')}</Link> : null} style={{ height: '100%' }}>
      <PolesChart regional={regional} unit={unit} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('poles.note')}
      </Typography.Text>
    </Card>
  );
}
