/** The region among all regions for one indicator the reader picks: a ranked bar chart. */
import { Card, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRegion } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { LabelledControl } from '../../components/LabelledControl.tsx';
import { SectionTitle } from '../../components/SectionTitle.tsx';
import { displayNumber, formatNumber, formatValue, type UnitLike } from '../../format/numbers.ts';
import { unitOf } from '../../format/units.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { compareOption } from './compare-option.ts';
import { shortRegionName, type RegionalRow } from './map-data.ts';
import { mapNs } from './messages.ts';
import { compareValues, type RegionIndicatorRow } from './region-data.ts';

export function RegionCompareCard({ code, rows, regional, regions, units }: { code: string; rows: RegionIndicatorRow[]; regional: RegionalRow[]; regions: PlanRegion[]; units: UnitLike[] }) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const [asked, setAsked] = useState<string | null>(null);
  const chosen = rows.find((r) => r.row.id === asked) ?? rows.find((r) => r.row.id === 'hitech-revenue') ?? rows[0];
  const region = regions.find((r) => r.code === code);
  const option = useMemo(() => {
    if (!chosen) return null;
    const unit = unitOf(units, chosen.row.unit);
    return compareOption(compareValues(regional, chosen.row.id), code, {
      name: (c) => text(shortRegionName(regions.find((r) => r.code === c)?.name ?? { zh: c, en: c })),
      format: (v) => formatValue(v, unit, lang),
      tick: (v) => formatNumber(displayNumber(v, unit, lang), lang, 1),
      thisRegion: t('compare.this'),
    });
  }, [chosen, regional, code, regions, units, text, lang, t]);
  if (!chosen || !option) return null;
  return (
    <Card title={<SectionTitle>{t('compare.title')}</SectionTitle>} data-testid="region-compare">
      <LabelledControl label={t('compare.indicator')} style={{ marginBottom: 8 }}>
        {(labelId) => (
          <Select
            aria-labelledby={labelId}
            value={chosen.row.id}
            onChange={setAsked}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 280 }}
            options={rows.map((r) => ({ value: r.row.id, label: text(r.row.name) }))}
            data-testid="compare-select"
          />
        )}
      </LabelledControl>
      <EChart label={t('compare.label', { measure: text(chosen.row.name), region: text(region?.name) })} option={option} height={480} testId="compare-chart" />
    </Card>
  );
}
