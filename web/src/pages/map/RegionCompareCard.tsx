/** The region among all regions for one indicator the reader picks: a ranked bar chart. */
import { Card, Flex, Select, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRegion } from '../../api/types.ts';
import { EChart } from '../../components/EChart.tsx';
import { displayNumber, formatNumber, formatValue, type UnitLike } from '../../format/numbers.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { SectionTitle } from '../industry/SectionTitle.tsx';
import { unitOf } from '../industry/units.ts';
import { compareOption } from './compare-option.ts';
import { shortRegionName, type RegionalRow } from './map-data.ts';
import { mapNs } from './messages.ts';
import { compareValues, type RegionIndicatorRow } from './region-data.ts';

export function RegionCompareCard({ code, rows, regional, regions, units }: { code: string; rows: RegionIndicatorRow[]; regional: RegionalRow[]; regions: PlanRegion[]; units: UnitLike[] }) {
  const { t } = useTranslation([mapNs, 'common']);
  const { lang, text } = useLang();
  const id = useId();
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
      <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
        <Typography.Text id={id}>{t('compare.indicator')}</Typography.Text>
        <Select
          aria-labelledby={id}
          value={chosen.row.id}
          onChange={setAsked}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 280 }}
          options={rows.map((r) => ({ value: r.row.id, label: text(r.row.name) }))}
          data-testid="compare-select"
        />
      </Flex>
      <EChart label={t('compare.label', { measure: text(chosen.row.name), region: text(region?.name) })} option={option} height={480} testId="compare-chart" />
    </Card>
  );
}
